/** The ledger's texts, apart from index.ts: only the ledger loads them (and the Chinese dates they use). */
import type { Lang } from "./index.js";
import { enLedger } from "./ledger.en.js";
import { type LedgerText, zhLedger } from "./ledger.zh.js";

const ledgers: Record<Lang, LedgerText> = { zh: zhLedger, en: enLedger };

/** The ledger workbook's sheet name, title and heading lines in a language. */
export function ledgerText(lang: Lang): LedgerText {
  return ledgers[lang];
}
