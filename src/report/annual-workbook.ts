/** The year's statistics workbook: by unit, by month (with the charts) and the inspection list; built in memory. */
import type ExcelJS from "exceljs";
import { dayLabel } from "../i18n/date-labels.js";
import type { WorkspaceConfig } from "../model/types.js";
import { periodLabel } from "./annual-facts.js";
import type { Supervision } from "./annual-findings.js";
import type { AnnualStats } from "./annual-stats.js";
import type { ChartPicture } from "./charts-render.js";
import { type Column, STATS_COLUMNS, TOTAL_ROW, UNREGISTERED_UNIT } from "./labels.js";
import { headerRow, printSetup, tableCell } from "./sheet-style.js";
import { dataRow, HEADER_BOTTOM, header, statsFooter, statsSheet } from "./stats-sheet.js";
import { newWorkbook } from "./workbook.js";

/** Sheet names of the year's workbook, in order. */
export const ANNUAL_SHEETS = { units: "年度统计", months: "分月统计", supervision: "督导清单" } as const;
/** Title row of 年度统计 and 分月统计. */
export const ANNUAL_TITLE = "重大决策社会稳定风险评估情况年度统计表";

/** STATS_COLUMNS with the second and third labels changed for the period a sheet's rows stand for. */
function relabel(name: string, count: string): Column[] {
  return STATS_COLUMNS.map((c, i) => (i === 1 ? { ...c, label: name } : i === 2 ? { ...c, label: count } : c));
}

const SUPERVISION_COLUMNS: readonly Column[] = [
  { label: "序号", width: 6 },
  { label: "单位", width: 16 },
  { label: "事项编号", width: 16 },
  { label: "事项名称", width: 30 },
  { label: "问题类别", width: 10 },
  { label: "代码", width: 8 },
  { label: "问题", width: 60 },
];

function titled(workbook: ExcelJS.Workbook, name: string, config: WorkspaceConfig, stats: AnnualStats) {
  return statsSheet(
    workbook,
    name,
    ANNUAL_TITLE,
    STATS_COLUMNS.map((c) => c.width),
    [
      [1, `填报单位:${config.organization}`],
      [10, `统计期间:${periodLabel(stats)}`],
      [20, `报出日期:${dayLabel(stats.asOf)}`],
    ],
  );
}

/** 填表人 … and the notes below a table, without the monthly deadline's line; returns the first row after them. */
const footer = (sheet: ExcelJS.Worksheet, config: WorkspaceConfig, from: number) => statsFooter(sheet, config, from, 6);

function unitsSheet(workbook: ExcelJS.Workbook, config: WorkspaceConfig, stats: AnnualStats): void {
  const sheet = titled(workbook, ANNUAL_SHEETS.units, config, stats);
  header(sheet, relabel("单位", "本年评估事项数"));
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
  const sheet = titled(workbook, ANNUAL_SHEETS.months, config, stats);
  header(sheet, relabel("月份", "本月评估事项数"));
  let row = HEADER_BOTTOM + 1;
  for (let m = 1; m <= 12; m++) {
    const month = stats.months[m - 1];
    if (month) {
      dataRow(sheet, row, m, `${m}月`, month.total, false);
    } else {
      // A month not yet reached: its row is there, its cells empty rather than a misleading 0.
      sheet.getCell(row, 1).value = m;
      sheet.getCell(row, 2).value = `${m}月`;
      for (let c = 1; c <= STATS_COLUMNS.length; c++) tableCell(sheet.getCell(row, c));
    }
    row++;
  }
  dataRow(sheet, row++, undefined, TOTAL_ROW, stats.total, true);
  // The charts below the notes, side by side, each half the table's width, so the sheet prints on one page.
  const top = footer(sheet, config, row) + 1;
  const columnPx = (c: number) => (STATS_COLUMNS[c]?.width ?? 8) * 7 + 5;
  let col = 0;
  for (const chart of charts) {
    const width = 680;
    const id = workbook.addImage({ buffer: chart.png as unknown as ExcelJS.Buffer, extension: "png" });
    sheet.addImage(id, {
      tl: { col, row: top },
      ext: { width, height: Math.round((width * chart.height) / chart.width) },
    });
    for (let px = 0; px < width + 20 && col < STATS_COLUMNS.length; col++) px += columnPx(col);
  }
}

function supervisionSheet(workbook: ExcelJS.Workbook, config: WorkspaceConfig, list: readonly Supervision[]): void {
  const sheet = workbook.addWorksheet(ANNUAL_SHEETS.supervision, { views: [{ state: "frozen", ySplit: 1 }] });
  headerRow(sheet, 1, SUPERVISION_COLUMNS);
  const unitName = (code: string) => config.units.find((u) => u.code === code)?.name ?? code;
  list.forEach((s, i) => {
    [i + 1, unitName(s.unit), s.id, s.title, s.kind, s.code, s.message].forEach((value, c) => {
      const cell = sheet.getCell(i + 2, c + 1);
      cell.value = value;
      tableCell(cell, { align: (SUPERVISION_COLUMNS[c]?.width ?? 0) >= 28 ? "left" : "center" });
    });
  });
  if (list.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SUPERVISION_COLUMNS.length } };
  }
  printSetup(sheet, "1:1");
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
  supervisionSheet(workbook, config, supervision);
  return workbook;
}
