/** The year's summary (稳评工作总结) as a 公文-style Word document: facts from the records, blanks for what people write. */
import type { Document, Paragraph, Table } from "docx";
import { dayLabel } from "../i18n/date-labels.js";
import type { Unit, WorkspaceConfig } from "../model/types.js";
import { annualFacts, percent, periodLabel } from "./annual-facts.js";
import type { OpenItem, Supervision } from "./annual-findings.js";
import type { AnnualStats } from "./annual-stats.js";
import type { ChartPicture } from "./charts-render.js";
import {
  blank,
  body,
  heading,
  officialDocument,
  picture,
  signature,
  subheading,
  table,
  title,
} from "./document-style.js";
import { TOTAL_ROW, UNREGISTERED_UNIT } from "./labels.js";
import { type Counts, growth, share } from "./monthly-stats.js";

/** Everything the summary shows. */
export interface AnnualInput {
  config: WorkspaceConfig;
  stats: AnnualStats;
  supervision: readonly Supervision[];
  open: readonly OpenItem[];
  charts: readonly ChartPicture[];
  /** Record files left out because they could not be read (only with --allow-invalid). */
  leftOut: readonly string[];
}

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const cn = (i: number) => (i < CN.length ? CN[i] : String(i + 1)) as string;

/** The unit table's columns: the monthly table's 26 do not fit a portrait page, so the summary shows these. */
export const UNIT_TABLE_HEADERS = [
  "单位",
  "评估事项数",
  "重大政策",
  "委托第三方",
  "简易程序",
  "普通程序",
  "特殊程序",
  "低风险",
  "中风险",
  "高风险",
  "去年同期",
  "同比增长",
] as const;

function unitRow(name: string, c: Counts): string[] {
  const g = growth(c);
  return [
    name,
    c.total,
    c.category.policy,
    c.assessor.third_party,
    c.procedure.simple,
    c.procedure.ordinary,
    c.procedure.special,
    c.risk.low,
    c.risk.medium,
    c.risk.high,
    c.lastYtd,
    g === undefined ? "—" : percent(g),
  ].map(String);
}

function unitName(config: WorkspaceConfig, code: string): string {
  return config.units.find((u) => u.code === code)?.name ?? `${UNREGISTERED_UNIT}(${code})`;
}

/** Groups by unit in wenping.yaml order (unregistered units last). */
function byUnit<T extends { unit: string }>(config: WorkspaceConfig, list: readonly T[]): [string, T[]][] {
  const order = (code: string) => {
    const i = config.units.findIndex((u: Unit) => u.code === code);
    return i < 0 ? config.units.length : i;
  };
  const groups = new Map<string, T[]>();
  for (const x of [...list].sort((a, b) => order(a.unit) - order(b.unit))) {
    groups.set(x.unit, [...(groups.get(x.unit) ?? []), x]);
  }
  return [...groups];
}

function supervisionSection(input: AnnualInput): (Paragraph | Table)[] {
  if (input.supervision.length === 0)
    return [body("经核对记录,本期事项未发现应评不评、评而不用、回避、登记、措施逾期或跟踪缺失的问题。")];
  const out: (Paragraph | Table)[] = [body(`经核对记录,共发现问题 ${input.supervision.length} 条,按单位列出如下:`)];
  byUnit(input.config, input.supervision).forEach(([unit, list], i) => {
    out.push(subheading(`(${cn(i)})${unitName(input.config, unit)}(${list.length} 条)`));
    list.forEach((s, k) => {
      out.push(body(`${k + 1}. ${s.id}「${s.title}」:【${s.kind}】${s.message}(${s.code})`));
    });
  });
  return out;
}

function openSection(input: AnnualInput): (Paragraph | Table)[] {
  if (input.open.length === 0) return [body(`截至${dayLabel(input.stats.asOf)},没有未办结的事项。`)];
  return [
    body(`截至${dayLabel(input.stats.asOf)},尚未办结的事项 ${input.open.length} 件:`),
    table(
      ["事项编号", "事项名称", "单位", "纳入计划清单日期", "状态"],
      input.open.map((o) => [o.id, o.title, unitName(input.config, o.unit), o.listedOn, o.state]),
      [3, 4, 3, 2.4, 2.6],
    ),
  ];
}

/** The summary document. */
export function annualDocument(input: AnnualInput): Document {
  const { config, stats } = input;
  const t = stats.total;
  const docTitle = `${config.organization}${stats.year}年度社会稳定风险评估工作总结`;
  const children: (Paragraph | Table)[] = [
    title(config.organization, `${stats.year}年度社会稳定风险评估工作总结`),
    heading("一、基本情况"),
  ];
  for (const p of annualFacts(config, stats)) children.push(body(p));
  if (input.leftOut.length > 0) {
    children.push(body(`另有 ${input.leftOut.length} 个记录文件格式有误,未计入上述数字:${input.leftOut.join("、")}。`));
  }
  children.push(subheading("(一)各单位评估情况"));
  const rows = stats.rows.map((r) => unitRow(r.unit?.name ?? UNREGISTERED_UNIT, r.counts));
  rows.push(unitRow(TOTAL_ROW, t));
  children.push(table(UNIT_TABLE_HEADERS, rows, [2.6, 1.15, 1.05, 1.15, 1.05, 1.05, 1.05, 1, 1, 1, 1.05, 1.9]));
  const policy = share(t.ytdPolicy, t.ytd);
  const third = share(t.ytdThirdParty, t.ytd);
  children.push(
    body(
      `注:评估事项数按评估完成日期统计(${periodLabel(stats)});政策类占比 ${policy === undefined ? "—" : percent(policy)},` +
        `第三方占比 ${third === undefined ? "—" : percent(third)}。各月明细见《稳评年度统计-${stats.year}.xlsx》。`,
    ),
  );
  children.push(subheading("(二)评估数量与目标完成情况"));
  for (const chart of input.charts) children.push(picture(chart));
  children.push(heading("二、督导发现"), ...supervisionSection(input));
  children.push(heading("三、未办结事项"), ...openSection(input));
  children.push(heading("四、主要做法"), blank(), heading("五、存在问题"), blank(), heading("六、下一步打算"), blank());
  children.push(body(""), signature(config.organization), signature(dayLabel(stats.asOf)));
  return officialDocument(docTitle, children);
}
