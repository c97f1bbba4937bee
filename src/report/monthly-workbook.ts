/** Builds the monthly workbook in memory (docs/reference/workbook.md); writing it is the command's job. */
import ExcelJS from "exceljs";
import type { WorkspaceConfig } from "../model/types.js";
import { makeWorkbookXmlSafe } from "../util/xml-safe.js";
import type { Alert } from "./alerts.js";
import { addAlertSheet, addDetailSheet } from "./list-sheets.js";
import type { MonthlyStats } from "./monthly-stats.js";
import { excelDate } from "./sheet-style.js";
import { addStatsSheet } from "./stats-sheet.js";

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

/** 统计表, 明细, 预警 — in that order. Document dates are the as-of date, so the same inputs give the same content. */
export function monthlyWorkbook(
  config: WorkspaceConfig,
  stats: MonthlyStats,
  alerts: readonly Alert[],
): ExcelJS.Workbook {
  const workbook = newWorkbook(`重大决策社会稳定风险评估情况统计表 ${stats.month}`, stats.asOf);
  addStatsSheet(workbook, config, stats);
  addDetailSheet(workbook, config, stats);
  addAlertSheet(workbook, config, stats, alerts);
  return workbook;
}

/** The workbook as xlsx bytes, every text in it made XML-safe first. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  makeWorkbookXmlSafe(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
