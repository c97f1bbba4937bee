/** Sheet 督导清单 of the year's workbook: the items with a problem the year-end inspection (督导) looks for. */
import type ExcelJS from "exceljs";
import { dayLabel } from "../i18n/date-labels.js";
import type { WorkspaceConfig } from "../model/types.js";
import { periodLabel } from "./annual-facts.js";
import type { Supervision } from "./annual-findings.js";
import type { AnnualStats } from "./annual-stats.js";
import type { Column } from "./labels.js";
import { headerRow, printSetup, tableCell, titleRow } from "./sheet-style.js";
import { mergedText } from "./stats-sheet.js";

/** Title row of 督导清单, worded as the sheets beside it. */
export const SUPERVISION_TITLE = "重大决策社会稳定风险评估督导清单";
/** The one row of an empty list: a printed list with no rows would look like a failed print. */
export const NONE = "无";

const COLUMNS: readonly Column[] = [
  { label: "序号", width: 6 },
  { label: "单位", width: 16 },
  { label: "事项编号", width: 16 },
  { label: "事项名称", width: 30 },
  { label: "问题类别", width: 10 },
  { label: "代码", width: 8 },
  { label: "问题", width: 60 },
];
/** The row holding the column labels, below the title and the 填报单位 line; the list starts below it. */
const HEADER = 3;

/** Adds 督导清单 named `name`: title, 填报单位 and period, the labels, then a row per finding (or one row 无). */
export function addSupervisionSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  config: WorkspaceConfig,
  stats: AnnualStats,
  list: readonly Supervision[],
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: HEADER }] });
  const last = COLUMNS.length;
  titleRow(sheet, last, SUPERVISION_TITLE, 18, 36);
  mergedText(sheet, 2, 1, 3, `填报单位:${config.organization}`);
  mergedText(sheet, 2, 4, 6, `统计期间:${periodLabel(stats)}`);
  mergedText(sheet, 2, 7, 7, `报出日期:${dayLabel(stats.asOf)}`);
  headerRow(sheet, HEADER, COLUMNS);
  const unitName = (code: string) => config.units.find((u) => u.code === code)?.name ?? code;
  list.forEach((s, i) => {
    [i + 1, unitName(s.unit), s.id, s.title, s.kind, s.code, s.message].forEach((value, c) => {
      const cell = sheet.getCell(HEADER + 1 + i, c + 1);
      cell.value = value;
      tableCell(cell, { align: (COLUMNS[c]?.width ?? 0) >= 28 ? "left" : "center" });
    });
  });
  if (list.length === 0) {
    for (let c = 1; c <= last; c++) tableCell(sheet.getCell(HEADER + 1, c));
    sheet.mergeCells(HEADER + 1, 1, HEADER + 1, last);
    sheet.getCell(HEADER + 1, 1).value = NONE;
    sheet.getRow(HEADER + 1).height = 24;
  } else {
    sheet.autoFilter = { from: { row: HEADER, column: 1 }, to: { row: HEADER, column: last } };
  }
  printSetup(sheet, `${HEADER}:${HEADER}`);
}
