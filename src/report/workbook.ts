/** What every in-memory workbook shares: how one starts (document properties) and how it becomes xlsx bytes. */
import ExcelJS from "exceljs";
import { makeWorkbookXmlSafe } from "../util/xml-safe.js";
import { excelDate } from "./sheet-style.js";

/** An empty workbook titled `title`, its document dates the as-of date (the same inputs give the same content). */
export function newWorkbook(title: string, asOf: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "wenping";
  workbook.lastModifiedBy = "wenping";
  workbook.created = excelDate(asOf);
  workbook.modified = excelDate(asOf);
  workbook.title = title;
  return workbook;
}

/** The workbook as xlsx bytes, every text in it made XML-safe first. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  makeWorkbookXmlSafe(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
