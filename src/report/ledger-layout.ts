/** The ledger sheet's title block and column widths, apart from how its rows are written (kept small on purpose). */
import type { Worksheet } from "exceljs";
import { ledgerText } from "../i18n/ledger.js";
import { LEDGER_COLUMNS, type LedgerKey, type LedgerLang } from "./ledger.js";
import { headerRow, titleRows } from "./sheet-style.js";

/** Columns wider than their label needs: ids like BXMZ-2026-001 on one line, titles and unit names. */
const WIDTHS: Partial<Record<LedgerKey, number>> = { id: 18, title: 36, unit: 16 };

/** The row holding the column labels; the data starts below it. */
export const LEDGER_HEADER_ROW = 3;

/** Writes the title, 填报单位 and the as-of date, and the column labels with widths that keep every label whole. */
export function ledgerHeading(sheet: Worksheet, lang: LedgerLang, organization: string, asOf: string): void {
  const keys = Object.keys(LEDGER_COLUMNS) as LedgerKey[];
  const columns = keys.map((k) => ({ label: LEDGER_COLUMNS[k][lang], width: WIDTHS[k] ?? 12 }));
  const text = ledgerText(lang);
  titleRows(sheet, keys.length, text.title, text.parts(organization, asOf));
  headerRow(sheet, LEDGER_HEADER_ROW, columns);
}
