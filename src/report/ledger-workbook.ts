/**
 * The ledger as a workbook: one bordered list, header repeated on each printed page. Written as a stream
 * (exceljs' WorkbookWriter): each row leaves memory once written, so 100,000 items fit in a 1 GiB heap
 * (issue 12; the in-memory workbook took 2 GB).
 */
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { ledgerText } from "../i18n/ledger.js";
import { xmlSafe } from "../util/xml-safe.js";
import { LEDGER_COLUMNS, type LedgerKey, type LedgerLang, type LedgerRow } from "./ledger.js";
import { LEDGER_HEADER_ROW, ledgerHeading } from "./ledger-layout.js";
import { excelDate, pageSetup, tableCell } from "./sheet-style.js";
import { stamped } from "./workbook.js";

const WIDE = new Set<LedgerKey>(["title"]);
const DATES = new Set<LedgerKey>(["listed_on", "completed_on", "decided_on", "last_tracked"]);

/** Where the workbook goes: a file (created, must not exist) or a stream. */
export type WorkbookTarget = { filename: string } | { stream: Writable };

/** Writes the ledger workbook of `rows` to `target`; resolves once the last byte is handed over. */
export async function writeLedgerWorkbook(
  target: WorkbookTarget,
  rows: readonly LedgerRow[],
  lang: LedgerLang,
  asOf: string,
  organization: string,
): Promise<void> {
  const workbook = stamped(
    new ExcelJS.stream.xlsx.WorkbookWriter({ ...target, useStyles: true, useSharedStrings: false }),
    asOf,
  );
  const top = LEDGER_HEADER_ROW;
  // The page setup goes in with the sheet: a streamed sheet writes its <sheetPr> (where fitToPage lives) at once, so
  // set afterwards it printed at 100 % on two pages wide, the title cut in half.
  const sheet = workbook.addWorksheet(ledgerText(lang).sheet, {
    views: [{ state: "frozen", ySplit: top }],
    pageSetup: pageSetup(`${top}:${top}`),
  });
  const keys = Object.keys(LEDGER_COLUMNS) as LedgerKey[];
  if (rows.length > 0) sheet.autoFilter = { from: { row: top, column: 1 }, to: { row: top, column: keys.length } };
  ledgerHeading(sheet, lang, organization, asOf);
  for (let r = 1; r <= top; r++) sheet.getRow(r).commit();
  rows.forEach((row, r) => {
    const line = sheet.getRow(r + top + 1);
    keys.forEach((key, c) => {
      const cell = line.getCell(c + 1);
      const value = row[key];
      // Streamed rows bypass workbookBytes, so each text is made XML-safe here (src/util/xml-safe.ts).
      if (value !== "") cell.value = DATES.has(key) ? excelDate(value) : xmlSafe(value);
      if (DATES.has(key)) cell.numFmt = "yyyy-mm-dd";
      tableCell(cell, { align: WIDE.has(key) ? "left" : "center" });
    });
    line.commit();
  });
  sheet.commit();
  await workbook.commit();
}
