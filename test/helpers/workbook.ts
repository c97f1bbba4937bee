/** Reading a produced workbook back (never comparing bytes). */
import ExcelJS from "exceljs";

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell value of every sheet, as plain data, for comparing two workbooks' content. */
export function contentOf(workbook: ExcelJS.Workbook): unknown {
  return workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet
      .getSheetValues()
      .map((row) => (Array.isArray(row) ? row.map((v) => (v instanceof Date ? v.toISOString() : v)) : row)),
    merges: Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges).sort(),
  }));
}

/** Row `r` of a sheet as an array of values, columns 1..n. */
export function rowValues(sheet: ExcelJS.Worksheet, r: number, n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => sheet.getCell(r, i + 1).value ?? null);
}
