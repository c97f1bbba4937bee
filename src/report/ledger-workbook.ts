/** The ledger as a workbook: one bordered list, header repeated on each printed page. */
import ExcelJS from "exceljs";
import { LEDGER_COLUMNS, type LedgerKey, type LedgerLang, type LedgerRow } from "./ledger.js";
import { excelDate, headerRow, printSetup, tableCell } from "./sheet-style.js";

const WIDE = new Set<LedgerKey>(["title"]);
const DATES = new Set<LedgerKey>(["listed_on", "completed_on", "decided_on", "last_tracked"]);

export function ledgerWorkbook(rows: readonly LedgerRow[], lang: LedgerLang, asOf: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "wenping";
  workbook.created = excelDate(asOf);
  workbook.modified = excelDate(asOf);
  const sheet = workbook.addWorksheet(lang === "zh" ? "台账" : "ledger", { views: [{ state: "frozen", ySplit: 1 }] });
  const keys = Object.keys(LEDGER_COLUMNS) as LedgerKey[];
  headerRow(
    sheet,
    1,
    keys.map((k) => ({ label: LEDGER_COLUMNS[k][lang], width: WIDE.has(k) ? 36 : k === "unit" ? 16 : 12 })),
  );
  rows.forEach((row, r) => {
    keys.forEach((key, c) => {
      const cell = sheet.getCell(r + 2, c + 1);
      const value = row[key];
      if (value !== "") cell.value = DATES.has(key) ? excelDate(value) : value;
      if (DATES.has(key)) cell.numFmt = "yyyy-mm-dd";
      tableCell(cell, { align: WIDE.has(key) ? "left" : "center" });
    });
  });
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: keys.length } };
  printSetup(sheet, "1:1");
  return workbook;
}
