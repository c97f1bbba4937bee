/** The look of an official table: Chinese font, thin borders, A4 landscape one page wide, header rows repeated. */
import type { Borders, Cell, Worksheet } from "exceljs";

export const FONT = "宋体";
const THIN = { style: "thin" as const };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A4 landscape, one page wide, the given rows repeated at the top of every printed page. */
export function printSetup(sheet: Worksheet, repeatRows: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: repeatRows,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/** A bordered table cell, centred, wrapping, in the body font. */
export function tableCell(cell: Cell, options: { bold?: boolean; align?: "left" | "center" } = {}): void {
  cell.font = { name: FONT, size: 10, bold: options.bold ?? false };
  cell.border = BORDER;
  cell.alignment = { vertical: "middle", horizontal: options.align ?? "center", wrapText: true };
}

/** A UTC midnight Date for a `YYYY-MM-DD` string: Excel serials computed from it never shift by a time zone. */
export function excelDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** Writes a header row of labels at `row`, with column widths, bold and bordered. */
export function headerRow(sheet: Worksheet, row: number, columns: readonly { label: string; width: number }[]): void {
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
    const cell = sheet.getCell(row, i + 1);
    cell.value = column.label;
    tableCell(cell, { bold: true });
  });
  sheet.getRow(row).height = 30;
}
