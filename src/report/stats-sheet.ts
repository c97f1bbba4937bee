/** Sheet 统计表: title block, two-level header, a row per unit, 合计, footer and notes. */
import type { Workbook, Worksheet } from "exceljs";
import { dayLabel, monthLabel } from "../i18n/date-labels.js";
import type { WorkspaceConfig } from "../model/types.js";
import { nextMonth } from "../util/dates.js";
import { type Column, notes, SHEETS, STATS_COLUMNS, TITLE, TOTAL_ROW, UNREGISTERED_UNIT } from "./labels.js";
import { type Counts, growth, type MonthlyStats, share } from "./monthly-stats.js";
import { FONT, labelWidth, printSetup, tableCell, titleRow } from "./sheet-style.js";

/** Rows of the two-level header (the title block is above it). */
export const HEADER_TOP = 3;
export const HEADER_BOTTOM = 4;
const PERCENT = "0.0%";
/** The widest percentage a figure cell must show whole (not as ###): a growth of −1000 % cannot happen, 1000 % can. */
const WIDEST_PERCENT = "-1000.0%";

/** Whether a column of the statistics tables holds percentages (the shares and the growth). */
function isPercent(label: string): boolean {
  return label.endsWith("占比") || label === "同比增长";
}

/**
 * The width of a statistics table's column, one rule for 统计表, 年度统计 and 分月统计: its least width, widened to hold
 * its label on one line and, for percentages, the widest percentage.
 */
export function columnWidth(column: Column): number {
  return Math.max(column.width, labelWidth(column.label), isPercent(column.label) ? labelWidth(WIDEST_PERCENT) : 0);
}

/** The 26 figures of a row, in column order after 序号 and 单位 (undefined: an empty cell). */
function figures(c: Counts): (number | undefined)[] {
  return [
    c.total,
    c.category.policy,
    c.category.project,
    c.category.activity,
    c.category.other,
    c.procedure.simple,
    c.procedure.ordinary,
    c.procedure.special,
    c.assessor.self,
    c.assessor.third_party,
    c.risk.low,
    c.risk.medium,
    c.risk.high,
    c.outcome.implement,
    c.outcome.implement_after_mitigation,
    c.outcome.not_implement,
    c.outcome.postpone,
    c.outcome.adjust_and_redecide,
    c.outcome.pending,
    c.ytd,
    share(c.ytdPolicy, c.ytd),
    share(c.ytdThirdParty, c.ytd),
    c.lastYtd,
    growth(c),
  ];
}

/** A merged run of cells holding one line of text (title block, footer, notes). */
export function mergedText(sheet: Worksheet, row: number, from: number, to: number, text: string, bold = false): void {
  sheet.mergeCells(row, from, row, to);
  const cell = sheet.getCell(row, from);
  cell.value = text;
  cell.font = { name: FONT, size: 11, bold };
  cell.alignment = { vertical: "middle", horizontal: "left", wrapText: true };
}

/** The two-level header of a statistics table; `columns` relabels STATS_COLUMNS for other periods. */
export function header(sheet: Worksheet, columns: readonly Column[] = STATS_COLUMNS): void {
  let i = 0;
  while (i < columns.length) {
    const column = columns[i] as Column;
    const col = i + 1;
    if (!column.group) {
      sheet.mergeCells(HEADER_TOP, col, HEADER_BOTTOM, col);
      sheet.getCell(HEADER_TOP, col).value = column.label;
      i++;
      continue;
    }
    let end = i;
    while (columns[end + 1]?.group === column.group) end++;
    sheet.mergeCells(HEADER_TOP, col, HEADER_TOP, end + 1);
    sheet.getCell(HEADER_TOP, col).value = column.group;
    for (let k = i; k <= end; k++) sheet.getCell(HEADER_BOTTOM, k + 1).value = columns[k]?.label ?? "";
    i = end + 1;
  }
  for (let r = HEADER_TOP; r <= HEADER_BOTTOM; r++) {
    for (let c = 1; c <= columns.length; c++) tableCell(sheet.getCell(r, c), { bold: true });
  }
  sheet.getRow(HEADER_TOP).height = 22;
  sheet.getRow(HEADER_BOTTOM).height = 24; // one line: every column holds its whole label
}

/**
 * One row of figures: serial, name (unit or month), then the 24 figures of `counts`. Without counts (a month not yet
 * reached) the figure cells are empty, as a share or growth that has no figure is, and styled as any other row.
 */
export function dataRow(
  sheet: Worksheet,
  row: number,
  serial: number | undefined,
  unit: string,
  counts: Counts | undefined,
  bold: boolean,
): void {
  const values = [serial, unit, ...(counts ? figures(counts) : [])];
  STATS_COLUMNS.forEach((column, i) => {
    const cell = sheet.getCell(row, i + 1);
    const value = values[i];
    if (value !== undefined) cell.value = value;
    tableCell(cell, { bold, align: i === 1 && !bold ? "left" : "center" });
    if (isPercent(column.label)) cell.numFmt = PERCENT;
  });
  sheet.getRow(row).height = 20;
}

/**
 * A statistics sheet (统计表, 年度统计, 分月统计) down to its header: frozen below the header, each column
 * columnWidth wide, the title in row 1 and row 2's parts, each `[first column, text]` running to the next part.
 */
export function statsSheet(
  workbook: Workbook,
  name: string,
  title: string,
  columns: readonly Column[],
  parts: readonly (readonly [from: number, text: string])[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 2, ySplit: HEADER_BOTTOM }] });
  const last = STATS_COLUMNS.length;
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = columnWidth(column);
  });
  titleRow(sheet, last, title, 18, 36);
  parts.forEach(([from, text], i) => {
    mergedText(sheet, 2, from, (parts[i + 1]?.[0] ?? last + 1) - 1, text);
  });
  header(sheet, columns);
  return sheet;
}

/**
 * 填表人, 单位负责人 and 联系电话 a row below `from`, then the first `noteCount` lines of the notes, and the print
 * setup (the header repeated on each page); returns the row after the notes.
 */
export function statsFooter(sheet: Worksheet, config: WorkspaceConfig, from: number, noteCount?: number): number {
  const last = STATS_COLUMNS.length;
  let row = from + 1;
  const people = config.report ?? {};
  mergedText(sheet, row, 1, 7, `填表人:${people.preparer ?? ""}`);
  mergedText(sheet, row, 8, 15, `单位负责人:${people.head ?? ""}`);
  mergedText(sheet, row, 16, last, `联系电话:${people.phone ?? ""}`);
  row += 2;
  const lines = notes(config.targets?.policy_share ?? 0.3, config.targets?.third_party_share ?? 0.5);
  for (const line of lines.slice(0, noteCount ?? lines.length)) {
    mergedText(sheet, row, 1, last, line);
    sheet.getRow(row).height = line.length > 90 ? 30 : 18;
    row++;
  }
  printSetup(sheet, `${HEADER_TOP}:${HEADER_BOTTOM}`);
  return row;
}

/** Adds 统计表 to the workbook. */
export function addStatsSheet(workbook: Workbook, config: WorkspaceConfig, stats: MonthlyStats): void {
  const sheet = statsSheet(workbook, SHEETS.stats, TITLE, STATS_COLUMNS, [
    [1, `填报单位:${config.organization}`],
    [8, `统计月份:${monthLabel(stats.month)}`],
    [14, `报出日期:${dayLabel(stats.asOf)}`],
    [20, `报送截止:${dayLabel(`${nextMonth(stats.month)}-07`)}`],
  ]);
  let row = HEADER_BOTTOM + 1;
  stats.rows.forEach((r, i) => {
    dataRow(sheet, row++, i + 1, r.unit?.name ?? UNREGISTERED_UNIT, r.counts, false);
  });
  dataRow(sheet, row++, undefined, TOTAL_ROW, stats.total, true);
  statsFooter(sheet, config, row);
}
