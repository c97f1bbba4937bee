/** Builds the monthly workbook in memory (docs/reference/workbook.md); writing it is the command's job. */
import type ExcelJS from "exceljs";
import type { WorkspaceConfig } from "../model/types.js";
import type { Alert } from "./alerts.js";
import { TITLE } from "./labels.js";
import { addAlertSheet, addDetailSheet } from "./list-sheets.js";
import type { MonthlyStats } from "./monthly-stats.js";
import { addStatsSheet } from "./stats-sheet.js";
import { newWorkbook } from "./workbook.js";

/** 统计表, 明细, 预警 — in that order. Document dates are the as-of date, so the same inputs give the same content. */
export function monthlyWorkbook(
  config: WorkspaceConfig,
  stats: MonthlyStats,
  alerts: readonly Alert[],
): ExcelJS.Workbook {
  const workbook = newWorkbook(`${TITLE} ${stats.month}`, stats.asOf);
  addStatsSheet(workbook, config, stats);
  addDetailSheet(workbook, config, stats);
  addAlertSheet(workbook, config, stats, alerts);
  return workbook;
}
