/** The ledger workbook's texts in English: sheet name, title and the lines above the column labels. */
import type { LedgerText } from "./ledger.zh.js";

export const enLedger: LedgerText = {
  sheet: "ledger",
  title: "Risk assessment ledger",
  parts: (organization, asOf) => [`Organisation: ${organization}`, `As of: ${asOf}`],
};
