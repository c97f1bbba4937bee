/** The simple-procedure filing form (简易程序报备表) of one item, as a workbook (docs/reference/commands.md); built in memory. */
import ExcelJS from "exceljs";
import { dayLabel } from "../i18n/date-labels.js";
import type { DecisionItem, WorkspaceConfig } from "../model/types.js";
import { assessors, outcomes, procedures, type RiskLevel, riskLevels } from "../model/vocabulary.js";
import { printSetup, tableCell, titleRow } from "./sheet-style.js";
import { stamped } from "./workbook.js";

const FORM_TITLE = "重大决策社会稳定风险评估简易程序报备表";

/** What the conclusion says for each risk level (评用结合). */
const CONCLUSION: Record<RiskLevel, string> = {
  low: "低风险:可以实施,同时对潜在风险做好防范。",
  medium: "中风险:采取措施降低风险后方可实施。",
  high: "高风险:不予实施,或调整方案后重新决策。",
};

const numbered = (lines: string[]) =>
  lines.length <= 1 ? (lines[0] ?? "") : lines.map((l, i) => `${i + 1}. ${l}`).join("\n");

/** The label/value rows of the form, in order. */
function formRows(config: WorkspaceConfig, item: DecisionItem): [string, string][] {
  const a = item.assessment;
  const agency = config.agencies?.find((x) => x.registration_no === a?.third_party?.agency)?.name;
  const measures = [
    ...(item.risks ?? []).flatMap((r) => (r.measure ? [r.measure] : [])),
    ...(item.mitigation ?? []).map((m) => m.measure),
  ];
  const meeting = a?.meeting ? `${dayLabel(a.meeting.date)}${a.meeting.summary ? ` ${a.meeting.summary}` : ""}` : "";
  const decision = item.decision
    ? `\n决策情况:${dayLabel(item.decision.decided_on)}${item.decision.decided_by ?? ""}决定${outcomes[item.decision.outcome].zh}。`
    : "";
  return [
    ["填报单位", config.organization],
    ["事项名称", item.title],
    ["责任单位", config.units.find((u) => u.code === item.unit)?.name ?? item.unit],
    ["事项概况", item.overview ?? ""],
    ["主要风险", numbered((item.risks ?? []).map((r) => r.description))],
    ["化解措施", numbered([...new Set(measures)])],
    ["评估方式", a ? `${procedures[a.procedure].zh},${assessors[a.assessor].zh}${agency ? `(${agency})` : ""}` : ""],
    ["专题会议", meeting],
    ["风险等级", a?.risk_level ? riskLevels[a.risk_level].zh : ""],
    ["评估结论", `${a?.risk_level ? CONCLUSION[a.risk_level] : ""}${decision}`],
    ["报备日期", a?.filed_on ? dayLabel(a.filed_on) : ""],
  ];
}

/** The form on one A4 portrait page: a bordered label/value table and blank signature and seal boxes. */
export function filingFormWorkbook(config: WorkspaceConfig, item: DecisionItem, asOf: string): ExcelJS.Workbook {
  const workbook = stamped(new ExcelJS.Workbook(), asOf);
  const sheet = workbook.addWorksheet("报备表");
  sheet.getColumn(1).width = 14;
  for (let c = 2; c <= 4; c++) sheet.getColumn(c).width = 23;
  titleRow(sheet, 4, FORM_TITLE, 16, 40);
  let row = 2;
  for (const [label, value] of formRows(config, item)) {
    sheet.mergeCells(row, 2, row, 4);
    sheet.getCell(row, 1).value = label;
    sheet.getCell(row, 2).value = value;
    tableCell(sheet.getCell(row, 1), { bold: true });
    for (let c = 2; c <= 4; c++) tableCell(sheet.getCell(row, c), { align: "left" });
    const lines = value.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 34)), 0);
    sheet.getRow(row).height = Math.max(28, lines * 16 + 8);
    row++;
  }
  // Signature and seal boxes, left blank for ink.
  const boxes: [string, string][] = [
    ["责任单位意见", "（盖章）"],
    ["单位负责人", "（签字）"],
    ["稳评工作机构审查意见", "（盖章）"],
  ];
  for (const [label, mark] of boxes) {
    sheet.mergeCells(row, 2, row, 4);
    sheet.getCell(row, 1).value = label;
    sheet.getCell(row, 2).value = `\n\n\n${mark}        年    月    日`;
    tableCell(sheet.getCell(row, 1), { bold: true });
    for (let c = 2; c <= 4; c++) tableCell(sheet.getCell(row, c), { align: "left" });
    sheet.getCell(row, 2).alignment = { horizontal: "right", vertical: "bottom", wrapText: true };
    sheet.getRow(row).height = 80;
    row++;
  }
  printSetup(sheet, "1:1");
  sheet.pageSetup.orientation = "portrait";
  sheet.pageSetup.fitToHeight = 1;
  return workbook;
}
