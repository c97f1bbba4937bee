/** What the year-end inspection (总结验收) looks for, taken from the records' rule problems and states; pure. */
import type { CheckedFile } from "../check/late-findings.js";
import { render } from "../i18n/index.js";
import type { ItemSummary } from "../model/summary.js";

/** The rule codes the inspection lists, each with the inspection's word for it. */
export const SUPERVISED: Readonly<Record<string, string>> = {
  WP007: "应评不评",
  WP008: "评而不用",
  WP009: "评而不用",
  WP011: "专家回避",
  WP003: "登记信息",
  WP017: "措施逾期",
  WP016: "跟踪缺失",
};

/** One finding of the inspection: an item, the inspection's word, the rule's code and words. */
export interface Supervision {
  unit: string;
  id: string;
  title: string;
  kind: string;
  code: string;
  message: string;
}

/** An item still open at the as-of date. */
export interface OpenItem {
  unit: string;
  id: string;
  title: string;
  listedOn: string;
  /** 未完成评估 or 已评估待决策. */
  state: string;
}

/** Whether an item belongs to the year: listed by its end, and listed, completed or decided in it, or still open. */
export function concernsYear(item: ItemSummary, year: number, asOf: string): boolean {
  const y = String(year);
  const end = `${y}-12-31` < asOf ? `${y}-12-31` : asOf;
  if (item.listed_on > end) return false;
  const decided = item.decision && item.decision.decided_on <= asOf ? item.decision.decided_on : undefined;
  return (
    item.listed_on.startsWith(y) ||
    item.completed_on?.startsWith(y) === true ||
    decided?.startsWith(y) === true ||
    decided === undefined
  );
}

const byUnitThenId = <T extends { unit: string; id: string }>(a: T, b: T) =>
  a.unit.localeCompare(b.unit) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every supervised problem of the year's items, in Chinese (the summary goes to the bureau). */
export function supervisionOf(records: readonly CheckedFile[], year: number, asOf: string): Supervision[] {
  const out: Supervision[] = [];
  for (const r of records) {
    const item = r.summary;
    if (!item || !concernsYear(item, year, asOf)) continue;
    for (const f of r.findings) {
      const kind = SUPERVISED[f.code];
      if (!kind) continue;
      const p = render(f, "zh");
      out.push({ unit: item.unit, id: item.id, title: item.title, kind, code: p.code, message: p.message });
    }
  }
  return out.sort(byUnitThenId);
}

/** Items listed by the as-of date and not yet assessed, or assessed and not yet decided. */
export function openItemsOf(items: readonly ItemSummary[], asOf: string): OpenItem[] {
  const out: OpenItem[] = [];
  for (const item of items) {
    if (item.listed_on > asOf) continue;
    const decided = item.decision !== undefined && item.decision.decided_on <= asOf;
    const assessed = item.assessed && item.completed_on !== undefined && item.completed_on <= asOf;
    if (decided) continue;
    const state = assessed ? "已评估,待决策" : "未完成评估";
    out.push({ unit: item.unit, id: item.id, title: item.title, listedOn: item.listed_on, state });
  }
  return out.sort(byUnitThenId);
}
