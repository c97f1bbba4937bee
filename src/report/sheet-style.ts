/** The look of an official table: Chinese font, thin borders, A4 landscape one page wide, header rows repeated. */
import type { Borders, Cell, PageSetup, Worksheet } from "exceljs";
import stringWidth from "fast-string-width";

export const FONT = "宋体";
const THIN = { style: "thin" as const };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A4 landscape, one page wide (as many pages down as it takes), the given rows repeated at the top of each page. */
export function pageSetup(repeatRows: string): Partial<PageSetup> {
  return {
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

/** Gives an in-memory sheet pageSetup(repeatRows). */
export function printSetup(sheet: Worksheet, repeatRows: string): void {
  sheet.pageSetup = { ...sheet.pageSetup, ...pageSetup(repeatRows) };
}

/**
 * The column width (Excel's unit, about one Latin digit of the default font) that holds `label` on one line
 * in the bold 10-point header. Excel, WPS and LibreOffice break Chinese anywhere, and at different places
 * (their fonts differ), so a label is never left to wrap: 重大政/策 cannot happen whatever the reader.
 */
export function labelWidth(label: string): number {
  // Display columns: a Chinese character counts two, about 13.3 px at 10 points; a width unit is about 7 px.
  return Math.ceil(stringWidth(label) * 0.95 + 1.5);
}

/** Row 1: the sheet's title, bold and centred across `columns` columns, in `size` points on a row `height` high. */
export function titleRow(sheet: Worksheet, columns: number, title: string, size = 16, height = 32): void {
  sheet.mergeCells(1, 1, 1, columns);
  const cell = sheet.getCell(1, 1);
  cell.value = title;
  cell.font = { name: FONT, size, bold: true };
  cell.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = height;
}

/** Row 1: the sheet's title across `columns` columns; row 2: 填报单位 and dates, one part per quarter. */
export function titleRows(sheet: Worksheet, columns: number, title: string, parts: readonly string[]): void {
  titleRow(sheet, columns, title);
  const span = Math.max(1, Math.floor(columns / parts.length));
  parts.forEach((part, i) => {
    const from = i * span + 1;
    const to = i === parts.length - 1 ? columns : from + span - 1;
    if (to > from) sheet.mergeCells(2, from, 2, to);
    const info = sheet.getCell(2, from);
    info.value = part;
    info.font = { name: FONT, size: 10 };
    info.alignment = { horizontal: "left", vertical: "middle" };
  });
  sheet.getRow(2).height = 20;
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

/** Writes a header row of labels at `row`, bold and bordered, each column at least as wide as its label. */
export function headerRow(sheet: Worksheet, row: number, columns: readonly { label: string; width: number }[]): void {
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = Math.max(column.width, labelWidth(column.label));
    const cell = sheet.getCell(row, i + 1);
    cell.value = column.label;
    tableCell(cell, { bold: true });
  });
  sheet.getRow(row).height = 30;
}
