/** Sheets 明细 (the month's items) and 预警 (what needs attention), as plain bordered lists. */
import type { Workbook } from "exceljs";
import { dayLabel, monthLabel } from "../i18n/date-labels.js";
import type { WorkspaceConfig } from "../model/types.js";
import { assessors, categories, outcomes, procedures, riskLevels } from "../model/vocabulary.js";
import type { Alert } from "./alerts.js";
import {
  ALERT_COLUMNS,
  ALERT_TITLE,
  DETAIL_COLUMNS,
  DETAIL_TITLE,
  PENDING_LABEL,
  SEVERITY,
  SHEETS,
  UNASSESSED_LABEL,
} from "./labels.js";
import type { MonthlyStats } from "./monthly-stats.js";
import { excelDate, headerRow, printSetup, tableCell, titleRows } from "./sheet-style.js";

type Value = string | number | Date | undefined;

/** The header row; the title and the line with 填报单位 and dates stand above it. */
const HEADER = 3;

function list(
  workbook: Workbook,
  name: string,
  heading: { title: string; parts: readonly string[] },
  columns: typeof DETAIL_COLUMNS,
  rows: Value[][],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: HEADER }] });
  titleRows(sheet, columns.length, heading.title, heading.parts);
  headerRow(sheet, HEADER, columns);
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      const cell = sheet.getCell(r + HEADER + 1, c + 1);
      if (value !== undefined) cell.value = value;
      // Long free-text columns read better left-aligned; codes, labels and dates centred.
      tableCell(cell, { align: (columns[c]?.width ?? 0) >= 28 ? "left" : "center" });
      if (value instanceof Date) cell.numFmt = "yyyy-mm-dd";
    });
  });
  if (rows.length > 0) {
    sheet.autoFilter = { from: { row: HEADER, column: 1 }, to: { row: HEADER, column: columns.length } };
  }
  printSetup(sheet, `${HEADER}:${HEADER}`);
}

/** Adds 明细: one row per item counted in the month. */
export function addDetailSheet(workbook: Workbook, config: WorkspaceConfig, stats: MonthlyStats): void {
  const unitName = (code: string) => config.units.find((u) => u.code === code)?.name ?? code;
  const agencyName = (no?: string) =>
    no ? (config.agencies?.find((a) => a.registration_no === no)?.name ?? no) : undefined;
  const rows = stats.items.map((item): Value[] => {
    const done = item.completed_on;
    const decided = item.decision && item.decision.decided_on <= stats.asOf ? item.decision : undefined;
    return [
      item.id,
      item.title,
      unitName(item.unit),
      categories[item.category].zh,
      item.procedure ? procedures[item.procedure].zh : undefined,
      item.assessor ? assessors[item.assessor].zh : undefined,
      agencyName(item.agency),
      item.risk_level ? riskLevels[item.risk_level].zh : undefined,
      done ? excelDate(done) : undefined,
      decided ? outcomes[decided.outcome].zh : PENDING_LABEL,
      decided ? excelDate(decided.decided_on) : undefined,
    ];
  });
  const heading = {
    title: DETAIL_TITLE,
    parts: [
      `填报单位:${config.organization}`,
      `统计月份:${monthLabel(stats.month)}`,
      `报出日期:${dayLabel(stats.asOf)}`,
    ],
  };
  list(workbook, SHEETS.detail, heading, DETAIL_COLUMNS, rows);
}

/** Adds 预警: every alert at the as-of date. */
export function addAlertSheet(
  workbook: Workbook,
  config: WorkspaceConfig,
  stats: MonthlyStats,
  alerts: readonly Alert[],
): void {
  const unitName = (code: string) => config.units.find((u) => u.code === code)?.name ?? code;
  const rows = alerts.map((a, i): Value[] => [
    i + 1,
    a.id,
    a.title,
    a.unit ? unitName(a.unit) : undefined,
    a.code === "PENDING" ? UNASSESSED_LABEL : a.code,
    SEVERITY[a.severity],
    a.message,
    a.file,
  ]);
  const heading = {
    title: ALERT_TITLE,
    parts: [`填报单位:${config.organization}`, `统计月份:${monthLabel(stats.month)}`, `截至:${dayLabel(stats.asOf)}`],
  };
  list(workbook, SHEETS.alerts, heading, ALERT_COLUMNS, rows);
}
