/** An item's assessment report draft (编制报告, step five): every fact from the record, headed blanks for the rest. */
import type { Document, Paragraph, Table } from "docx";
import { dayLabel } from "../i18n/date-labels.js";
import { domainName } from "../model/domains.js";
import type { DecisionItem, Step, WorkspaceConfig } from "../model/types.js";
import {
  assessors,
  categories,
  consultMethods,
  findingAspects,
  participantGroups,
  procedures,
  procurements,
  riskLevels,
  sensitiveTags,
  stepOrder,
  steps,
  valuesOf,
} from "../model/vocabulary.js";
import { percent } from "./annual-facts.js";
import { blank, body, heading, officialDocument, signature, subheading, table, title } from "./document-style.js";

/** What each risk level means for the decision (评用结合, as the regime sets it). */
export const DECISION_RULE = {
  low: "低风险:可以实施,同时对潜在风险采取防范措施",
  medium: "中风险:采取有效措施将风险化解后方可实施",
  high: "高风险:不予实施,或者调整方案后重新决策",
} as const;

type Block = Paragraph | Table;
const date = (d: string | undefined) => (d ? dayLabel(d) : "—");
const yesNo = (b: boolean | undefined) => (b ? "是" : "否");
// A conflict of interest not recorded is not "否": the draft leaves it for the clerk to fill in.
const recorded = (b: boolean | undefined) => (b === undefined ? "—" : yesNo(b));

function overview(config: WorkspaceConfig, item: DecisionItem): Block[] {
  const unit = config.units.find((u) => u.code === item.unit)?.name ?? item.unit;
  const rows = [
    ["事项编号", item.id],
    ["事项名称", item.title],
    ["责任单位", unit],
    ["事项类别", categories[item.category].zh],
    ["所属领域", domainName(config, item.domain, "zh")],
    ["敏感类型", item.sensitive?.map((s) => sensitiveTags[s].zh).join("、") || "无"],
    ["初始风险预判", riskLevels[item.initial_risk].zh],
    ["列入计划清单", date(item.listed_on)],
  ];
  return [
    table(["项目", "内容"], rows, [1, 3]),
    item.overview ? body(item.overview) : blank("事项概况:范围、涉及群众和户数等"),
  ];
}

function assessorBlock(config: WorkspaceConfig, item: DecisionItem): Block[] {
  const a = item.assessment;
  if (!a) return [blank()];
  const out = [
    body(
      `评估主体:${assessors[a.assessor].zh}。评估程序:${procedures[a.procedure].zh}${a.standard ? `(依据 ${a.standard})` : ""}。`,
    ),
  ];
  if (a.third_party) {
    const agency = config.agencies?.find((x) => x.registration_no === a.third_party?.agency);
    out.push(
      body(
        `受托机构:${agency?.name ?? "(未在 wenping.yaml 登记)"}(备案编号 ${a.third_party.agency}),` +
          `采购方式:${procurements[a.third_party.procurement].zh}。`,
      ),
    );
  }
  if (a.in_feasibility_study !== undefined) out.push(body(`纳入可行性研究:${yesNo(a.in_feasibility_study)}。`));
  if (a.participants) {
    out.push(body(`参与评估:${a.participants.map((p) => participantGroups[p].zh).join("、") || "无"}。`));
  }
  return out;
}

function stepRows(item: DecisionItem): string[][] {
  const byName = new Map((item.assessment?.steps ?? []).map((s) => [s.step, s]));
  return stepOrder.map((name, i) => {
    const s = byName.get(name);
    return [String(i + 1), steps[name].zh, s ? date(s.date) : "尚未开展", s?.summary ?? ""];
  });
}

function consultBlock(step: Step | undefined): Block[] {
  if (!step) return [body("尚未开展听取意见。")];
  const methods = step.methods?.map((m) => consultMethods[m].zh).join("、");
  const out = [body(`${date(step.date)}${methods ? `通过${methods}` : ""}听取意见。`)];
  const n = step.respondents;
  if (n !== undefined) {
    const of = (x: number | undefined) => (x === undefined ? "—" : `${x} 人${n > 0 ? `(${percent(x / n)})` : ""}`);
    const other = step.support !== undefined && step.oppose !== undefined ? n - step.support - step.oppose : undefined;
    out.push(body(`共听取 ${n} 人意见,其中支持 ${of(step.support)},反对 ${of(step.oppose)},其他 ${of(other)}。`));
  }
  out.push(subheading("主要意见和建议"), blank());
  return out;
}

function riskBlock(item: DecisionItem, analyze: Step | undefined): Block[] {
  const out: Block[] = [];
  for (const [i, r] of (item.risks ?? []).entries()) {
    out.push(body(`${i + 1}. ${r.description}${r.measure ? `(拟采取:${r.measure})` : ""}`));
  }
  if (out.length === 0) out.push(blank("主要风险点"));
  out.push(subheading("合法性、合理性、可行性、可控性分析"));
  const findings = analyze?.findings ?? {};
  for (const aspect of valuesOf(findingAspects)) {
    out.push(body(`${findingAspects[aspect].zh}:${findings[aspect] ?? "【请填写】"}`));
  }
  return out;
}

function mitigationBlock(config: WorkspaceConfig, item: DecisionItem): Block[] {
  const list = item.mitigation ?? [];
  if (list.length === 0) return [blank("风险防范化解措施、责任单位和完成时限")];
  const unit = (code?: string) => (code ? (config.units.find((u) => u.code === code)?.name ?? code) : "");
  const rows = list.map((m, i) => [
    String(i + 1),
    m.measure,
    unit(m.owner),
    date(m.due),
    m.done_on ? date(m.done_on) : "未完成",
  ]);
  return [table(["序号", "措施", "责任单位", "完成时限", "完成日期"], rows, [0.7, 4, 2, 2, 2])];
}

function reviewBlock(config: WorkspaceConfig, review: Step | undefined): Block[] {
  if (!review) return [body("尚未组织专家评审。")];
  const rows = (review.reviewers ?? []).map((r, i) => {
    const e = config.experts?.find((x) => x.id === r.expert);
    return [
      String(i + 1),
      e?.name ?? r.expert,
      e?.field ?? "",
      (e?.affiliations ?? []).join("、"),
      recorded(r.conflict_of_interest),
      yesNo(r.recused),
    ];
  });
  // A recused expert is listed (the recusal is part of the record) but did not review.
  const recused = (review.reviewers ?? []).filter((r) => r.recused === true).length;
  const who = `评审专家 ${rows.length - recused} 人${recused > 0 ? `(另有 ${recused} 人回避)` : ""}`;
  return [
    body(`${date(review.date)}组织专家评审,${who}:`),
    table(["序号", "专家", "领域", "任职单位", "利益冲突", "回避"], rows, [0.7, 1.5, 1.5, 3, 1.2, 1]),
    subheading("评审意见"),
    blank(),
  ];
}

/** The draft report of one ordinary- or special-procedure item. */
export function draftDocument(config: WorkspaceConfig, item: DecisionItem): Document {
  const a = item.assessment;
  const find = (name: Step["step"]) => a?.steps?.find((s) => s.step === name);
  const level = a?.risk_level;
  const docTitle = `${item.title}社会稳定风险评估报告`;
  const children: Block[] = [
    title(item.title, "社会稳定风险评估报告"),
    heading("一、事项概况"),
    ...overview(config, item),
    heading("二、评估主体与程序"),
    ...assessorBlock(config, item),
    heading("三、评估步骤开展情况"),
    table(["序号", "步骤", "日期", "情况"], stepRows(item), [0.7, 1.6, 2.2, 5]),
    heading("四、听取意见情况"),
    ...consultBlock(find("consult")),
    heading("五、风险分析"),
    ...riskBlock(item, find("analyze")),
    heading("六、风险等级和决策建议"),
    level
      ? body(`经评估,本事项风险等级为${riskLevels[level].zh}。按评用结合的要求,${DECISION_RULE[level]}。`)
      : blank("风险等级"),
    heading("七、风险防范化解措施"),
    ...mitigationBlock(config, item),
    heading("八、专家评审情况"),
    ...reviewBlock(config, find("review")),
    heading("九、评估结论"),
    blank(),
    body(""),
    signature(
      a?.third_party
        ? (config.agencies?.find((x) => x.registration_no === a.third_party?.agency)?.name ?? "")
        : (config.units.find((u) => u.code === item.unit)?.name ?? ""),
    ),
    signature("【日期】"),
  ];
  return officialDocument(docTitle, children);
}
