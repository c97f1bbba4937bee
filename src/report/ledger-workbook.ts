/** The ledger as a workbook: one bordered list, header repeated on each printed page. */
import ExcelJS from "exceljs";
import { LEDGER_COLUMNS, type LedgerKey, type LedgerLang, type LedgerRow } from "./ledger.js";
import { LEDGER_HEADER_ROW, ledgerHeading } from "./ledger-layout.js";
import { excelDate, printSetup, tableCell } from "./sheet-style.js";

const WIDE = new Set<LedgerKey>(["title"]);
const DATES = new Set<LedgerKey>(["listed_on", "completed_on", "decided_on", "last_tracked"]);

export function ledgerWorkbook(
  rows: readonly LedgerRow[],
  lang: LedgerLang,
  asOf: string,
  organization: string,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "wenping";
  workbook.created = excelDate(asOf);
  workbook.modified = excelDate(asOf);
  const top = LEDGER_HEADER_ROW;
  const sheet = workbook.addWorksheet(lang === "zh" ? "台账" : "ledger", { views: [{ state: "frozen", ySplit: top }] });
  const keys = Object.keys(LEDGER_COLUMNS) as LedgerKey[];
  ledgerHeading(sheet, lang, organization, asOf);
  rows.forEach((row, r) => {
    keys.forEach((key, c) => {
      const cell = sheet.getCell(r + top + 1, c + 1);
      const value = row[key];
      if (value !== "") cell.value = DATES.has(key) ? excelDate(value) : value;
      if (DATES.has(key)) cell.numFmt = "yyyy-mm-dd";
      tableCell(cell, { align: WIDE.has(key) ? "left" : "center" });
    });
  });
  if (rows.length > 0) sheet.autoFilter = { from: { row: top, column: 1 }, to: { row: top, column: keys.length } };
  printSetup(sheet, `${top}:${top}`);
  return workbook;
}
