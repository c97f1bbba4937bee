/** What every in-memory workbook shares: how one starts (document properties) and how it becomes xlsx bytes. */
import ExcelJS from "exceljs";
import { makeWorkbookXmlSafe } from "../util/xml-safe.js";
import { excelDate } from "./sheet-style.js";

/** An empty workbook titled `title`, its document dates the as-of date (the same inputs give the same content). */
export function newWorkbook(title: string, asOf: string): ExcelJS.Workbook {
  const workbook = stamped(new ExcelJS.Workbook(), asOf);
  workbook.lastModifiedBy = "wenping";
  workbook.title = title;
  return workbook;
}

/** Marks a workbook (in memory or streamed) as made by wenping on the as-of date, so the same inputs give the same bytes. */
export function stamped<W extends { creator: string; created: Date; modified: Date }>(workbook: W, asOf: string): W {
  workbook.creator = "wenping";
  workbook.created = excelDate(asOf);
  workbook.modified = excelDate(asOf);
  return workbook;
}

/** The workbook as xlsx bytes, every text in it made XML-safe first. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  makeWorkbookXmlSafe(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
