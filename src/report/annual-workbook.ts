/** The year's statistics workbook: by unit, by month (with the charts) and the inspection list; built in memory. */
import type ExcelJS from "exceljs";
import { dayLabel } from "../i18n/date-labels.js";
import type { WorkspaceConfig } from "../model/types.js";
import { periodLabel } from "./annual-facts.js";
import type { Supervision } from "./annual-findings.js";
import type { AnnualStats } from "./annual-stats.js";
import type { ChartPicture } from "./charts-render.js";
import { type Column, STATS_COLUMNS, TOTAL_ROW, UNREGISTERED_UNIT } from "./labels.js";
import { dataRow, HEADER_BOTTOM, statsFooter, statsSheet } from "./stats-sheet.js";
import { addSupervisionSheet } from "./supervision-sheet.js";
import { newWorkbook } from "./workbook.js";

/** Sheet names of the year's workbook, in order. */
export const ANNUAL_SHEETS = { units: "年度统计", months: "分月统计", supervision: "督导清单" } as const;
/** Title row of 年度统计 and 分月统计. */
export const ANNUAL_TITLE = "重大决策社会稳定风险评估情况年度统计表";

/** STATS_COLUMNS with the second and third labels changed for the period a sheet's rows stand for. */
function relabel(name: string, count: string): Column[] {
  return STATS_COLUMNS.map((c, i) => (i === 1 ? { ...c, label: name } : i === 2 ? { ...c, label: count } : c));
}

/** A sheet's title block and header, its rows standing for `columns`' second label (单位 or 月份). */
function titled(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  config: WorkspaceConfig,
  stats: AnnualStats,
) {
  return statsSheet(workbook, name, ANNUAL_TITLE, columns, [
    [1, `填报单位:${config.organization}`],
    [10, `统计期间:${periodLabel(stats)}`],
    [20, `报出日期:${dayLabel(stats.asOf)}`],
  ]);
}

/** 填表人 … and the notes below a table, without the monthly deadline's line; returns the first row after them. */
const footer = (sheet: ExcelJS.Worksheet, config: WorkspaceConfig, from: number) => statsFooter(sheet, config, from, 6);

function unitsSheet(workbook: ExcelJS.Workbook, config: WorkspaceConfig, stats: AnnualStats): void {
  const sheet = titled(workbook, ANNUAL_SHEETS.units, relabel("单位", "本年评估事项数"), config, stats);
  let row = HEADER_BOTTOM + 1;
  stats.rows.forEach((r, i) => {
    dataRow(sheet, row++, i + 1, r.unit?.name ?? UNREGISTERED_UNIT, r.counts, false);
  });
  dataRow(sheet, row++, undefined, TOTAL_ROW, stats.total, true);
  footer(sheet, config, row);
}

function monthsSheet(
  workbook: ExcelJS.Workbook,
  config: WorkspaceConfig,
  stats: AnnualStats,
  charts: readonly ChartPicture[],
): void {
  const sheet = titled(workbook, ANNUAL_SHEETS.months, relabel("月份", "本月评估事项数"), config, stats);
  let row = HEADER_BOTTOM + 1;
  for (let m = 1; m <= 12; m++) {
    // A month not yet reached keeps its row, empty rather than a misleading 0 (see dataRow).
    dataRow(sheet, row++, m, `${m}月`, stats.months[m - 1]?.total, false);
  }
  dataRow(sheet, row++, undefined, TOTAL_ROW, stats.total, true);
  chartsBelow(workbook, sheet, footer(sheet, config, row) + 1, charts);
}

/** Pixels of a column `width` wide (Excel: 7 px a unit of the default font, and 5 px of padding). */
const columnPx = (width: number) => Math.round(width * 7 + 5);

/**
 * The charts below the notes at row `top`, side by side within the table's width, so the sheet still prints one page
 * wide: the second starts at the first column edge past the middle, and both are as wide as the narrower half.
 */
function chartsBelow(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  top: number,
  charts: readonly ChartPicture[],
) {
  const edges = [0];
  for (let c = 1; c <= STATS_COLUMNS.length; c++) {
    edges.push((edges[c - 1] ?? 0) + columnPx(sheet.getColumn(c).width ?? 9));
  }
  const table = edges[STATS_COLUMNS.length] ?? 0;
  const gap = 20;
  const second = edges.findIndex((px) => px >= table / 2 + gap / 2);
  const width = Math.min((edges[second] ?? 0) - gap, table - (edges[second] ?? 0));
  charts.slice(0, 2).forEach((chart, i) => {
    const id = workbook.addImage({ buffer: chart.png as unknown as ExcelJS.Buffer, extension: "png" });
    sheet.addImage(id, {
      tl: { col: i === 0 ? 0 : second, row: top },
      ext: { width, height: Math.round((width * chart.height) / chart.width) },
    });
  });
}

/** 年度统计, 分月统计 (with the charts), 督导清单 — in that order. */
export function annualWorkbook(
  config: WorkspaceConfig,
  stats: AnnualStats,
  supervision: readonly Supervision[],
  charts: readonly ChartPicture[],
): ExcelJS.Workbook {
  const workbook = newWorkbook(`${ANNUAL_TITLE} ${stats.year}`, stats.asOf);
  unitsSheet(workbook, config, stats);
  monthsSheet(workbook, config, stats, charts);
  addSupervisionSheet(workbook, ANNUAL_SHEETS.supervision, config, stats, supervision);
  return workbook;
}
