/** The ledger (台账): every item with its derived state, procedure, assessor, risk, outcome and dates; pure. */

import type { ItemSummary } from "../model/summary.js";
import type { WorkspaceConfig } from "../model/types.js";
import * as v from "../model/vocabulary.js";
import { xmlSafe } from "../util/xml-safe.js";

export type LedgerLang = "zh" | "en";
/** `raw` keeps the record's own values (policy, simple, …): what scripts want from JSON. */
export type LedgerLabels = LedgerLang | "raw";

/** Column keys (JSON field names) with their headings. */
export const LEDGER_COLUMNS = {
  id: { zh: "事项编号", en: "id" },
  title: { zh: "事项名称", en: "title" },
  unit: { zh: "单位", en: "unit" },
  category: { zh: "类别", en: "category" },
  state: { zh: "状态", en: "state" },
  listed_on: { zh: "纳入计划清单日期", en: "listed on" },
  procedure: { zh: "评估程序", en: "procedure" },
  assessor: { zh: "评估方式", en: "assessor" },
  steps: { zh: "已完成步骤", en: "steps done" },
  risk_level: { zh: "风险等级", en: "risk level" },
  completed_on: { zh: "完成日期", en: "completed on" },
  outcome: { zh: "决策结果", en: "outcome" },
  decided_on: { zh: "决策日期", en: "decided on" },
  last_tracked: { zh: "最近跟踪日期", en: "last tracked" },
} as const satisfies Record<string, v.Term>;

export type LedgerKey = keyof typeof LEDGER_COLUMNS;
export type LedgerRow = Record<LedgerKey, string>;

function touchesYear(item: ItemSummary, year: string): boolean {
  return [item.listed_on, item.completed_on, item.decision?.decided_on].some((d) => d?.startsWith(year));
}

/** One row per item (sorted by id), labelled in `lang`; `year` keeps items listed, completed or decided in it. */
export function ledgerRows(
  config: WorkspaceConfig,
  items: readonly ItemSummary[],
  lang: LedgerLabels,
  year?: string,
): LedgerRow[] {
  const label = (vocabulary: v.Vocabulary<string>, value: string | undefined) => {
    if (value === undefined) return "";
    return lang === "raw" ? value : ((vocabulary as Record<string, v.Term>)[value]?.[lang] ?? value);
  };
  return items
    .filter((item) => year === undefined || touchesYear(item, year))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((item) => ({
      id: item.id,
      title: item.title,
      unit: lang === "raw" ? item.unit : (config.units.find((u) => u.code === item.unit)?.name ?? item.unit),
      category: label(v.categories, item.category),
      state: label(v.itemStates, item.state),
      listed_on: item.listed_on,
      procedure: label(v.procedures, item.procedure),
      assessor: label(v.assessors, item.assessor),
      steps: item.steps === undefined ? "" : `${item.steps}/7`,
      risk_level: label(v.riskLevels, item.risk_level),
      completed_on: item.completed_on ?? "",
      outcome: label(v.outcomes, item.decision?.outcome),
      decided_on: item.decision?.decided_on ?? "",
      last_tracked: item.last_tracked ?? "",
    }));
}

/** A CSV cell: quoted when needed, and neutralised when a spreadsheet would read it as a formula (OWASP). */
export function csvCell(text: string): string {
  // The same characters a workbook refuses are replaced here too: the CSV is opened in the same spreadsheets.
  const value = xmlSafe(text);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The ledger as CSV: UTF-8 with a BOM so Excel and WPS open the Chinese correctly, CRLF line ends. */
export function ledgerCsv(rows: readonly LedgerRow[], lang: LedgerLang): string {
  const keys = Object.keys(LEDGER_COLUMNS) as LedgerKey[];
  const lines = [keys.map((k) => csvCell(LEDGER_COLUMNS[k][lang])), ...rows.map((r) => keys.map((k) => csvCell(r[k])))];
  return `\uFEFF${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}
