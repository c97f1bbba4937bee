/** The year's facts written out as sentences for the summary's opening: numbers only, each from the records; pure. */

import { dayLabel } from "../i18n/date-labels.js";
import type { WorkspaceConfig } from "../model/types.js";
import type { AnnualStats } from "./annual-stats.js";
import { growth, share } from "./monthly-stats.js";

/** A share as `33.3%` (one decimal, as the workbook shows it). */
export function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function target(value: number | undefined, goal: number): string {
  const g = `${Math.round(goal * 100)}%`;
  if (value === undefined) return `目标不低于 ${g}`;
  return value >= goal ? `达到不低于 ${g} 的目标` : `低于 ${g} 的目标`;
}

/** What period the figures cover: the whole year, or January 1 to the as-of date. */
export function periodLabel(stats: AnnualStats): string {
  return stats.lastMonth === 12 && stats.asOf > `${stats.year}-12-31`
    ? `${stats.year}年`
    : `${stats.year}年1月1日至${dayLabel(stats.asOf)}`;
}

/** The opening paragraphs: counts, growth, the two shares against their targets, procedures, assessors, risk, outcomes. */
export function annualFacts(config: WorkspaceConfig, stats: AnnualStats): string[] {
  const t = stats.total;
  const policyGoal = config.targets?.policy_share ?? 0.3;
  const thirdGoal = config.targets?.third_party_share ?? 0.5;
  const g = growth(t);
  // Last year's figure is said once: with none last year there is no growth to state.
  const trend =
    g === undefined
      ? "无法计算同比"
      : g > 0
        ? `同比增长 ${percent(g)}`
        : g < 0
          ? `同比减少 ${percent(-g)}`
          : "与去年同期持平";
  const policy = share(t.ytdPolicy, t.ytd);
  const third = share(t.ytdThirdParty, t.ytd);
  const paragraphs = [
    `${periodLabel(stats)},${config.organization}共完成重大决策社会稳定风险评估 ${t.ytd} 件,去年同期 ${t.lastYtd} 件,${trend}。` +
      `其中重大政策类 ${t.ytdPolicy} 件,占 ${policy === undefined ? "—" : percent(policy)},${target(policy, policyGoal)};` +
      `委托第三方评估 ${t.ytdThirdParty} 件,占 ${third === undefined ? "—" : percent(third)},${target(third, thirdGoal)}。`,
    `按事项类别分,重大政策 ${t.category.policy} 件、重大工程项目 ${t.category.project} 件、重大活动 ${t.category.activity} 件、其他 ${t.category.other} 件;` +
      `按评估程序分,简易程序 ${t.procedure.simple} 件、普通程序 ${t.procedure.ordinary} 件、特殊程序 ${t.procedure.special} 件;` +
      `按评估主体分,自行评估 ${t.assessor.self} 件、委托第三方 ${t.assessor.third_party} 件;` +
      `按风险等级分,低风险 ${t.risk.low} 件、中风险 ${t.risk.medium} 件、高风险 ${t.risk.high} 件。`,
    `决策情况(截至${dayLabel(stats.asOf)}):实施 ${t.outcome.implement} 件、化解后实施 ${t.outcome.implement_after_mitigation} 件、` +
      `不实施 ${t.outcome.not_implement} 件、暂缓实施 ${t.outcome.postpone} 件、调整后再决策 ${t.outcome.adjust_and_redecide} 件、` +
      `待决策 ${t.outcome.pending} 件。`,
    stats.idleUnits.length === 0
      ? "各单位均有完成评估的事项。"
      : `本期没有完成评估事项的单位(${stats.idleUnits.length} 个):${stats.idleUnits.map((u) => u.name).join("、")}。`,
  ];
  return paragraphs;
}
