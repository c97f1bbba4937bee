/** Enumerated values of the record format, each with its Chinese and English label (one source for schema, messages, reports and wizard). */

export interface Term {
  readonly zh: string;
  readonly en: string;
}

/** A closed vocabulary: value → labels, in the order users see them. */
export type Vocabulary<K extends string> = Readonly<Record<K, Term>>;

export const categories = {
  policy: { zh: "重大政策", en: "major policy" },
  project: { zh: "重大工程项目", en: "major project" },
  activity: { zh: "重大活动", en: "major event" },
  other: { zh: "其他", en: "other" },
} as const satisfies Vocabulary<string>;

/** The default domains (民政): what `init` writes into wenping.yaml and what a workspace without `domains` uses. */
export const domains = {
  basic_livelihood: { zh: "基本生活保障", en: "basic living support" },
  elderly_care: { zh: "养老服务", en: "elderly care" },
  social_organization: { zh: "社会组织", en: "social organisations" },
  grassroots: { zh: "基层政权", en: "grassroots government" },
  other: { zh: "其他", en: "other" },
} as const satisfies Vocabulary<string>;

export const sensitiveTags = {
  nimby: { zh: "邻避", en: "NIMBY" },
  radiation: { zh: "强辐射", en: "strong radiation" },
  pollution: { zh: "高污染", en: "heavy pollution" },
  mass_involvement: { zh: "涉众型", en: "involves many people" },
} as const satisfies Vocabulary<string>;

export const riskLevels = {
  low: { zh: "低风险", en: "low risk" },
  medium: { zh: "中风险", en: "medium risk" },
  high: { zh: "高风险", en: "high risk" },
} as const satisfies Vocabulary<string>;

export const assessors = {
  self: { zh: "自行评估", en: "self-assessment" },
  third_party: { zh: "委托第三方", en: "third-party agency" },
} as const satisfies Vocabulary<string>;

export const procedures = {
  simple: { zh: "简易程序", en: "simple procedure" },
  ordinary: { zh: "普通程序", en: "ordinary procedure" },
  special: { zh: "特殊(重点)程序", en: "special procedure" },
} as const satisfies Vocabulary<string>;

export const participantGroups = {
  party_government: { zh: "党政部门", en: "party and government departments" },
  judicial: { zh: "司法机关", en: "judicial organs" },
  npc_deputy: { zh: "人大代表", en: "people's congress deputies" },
  cppcc_member: { zh: "政协委员", en: "CPPCC members" },
  expert: { zh: "专家学者", en: "experts" },
  public_representative: { zh: "群众代表", en: "public representatives" },
} as const satisfies Vocabulary<string>;

export const procurements = {
  open_tender: { zh: "公开招标", en: "open tender" },
  invited_tender: { zh: "邀请招标", en: "invited tender" },
  competitive_negotiation: { zh: "竞争性谈判", en: "competitive negotiation" },
  inquiry: { zh: "集中询价", en: "centralised inquiry" },
} as const satisfies Vocabulary<string>;

/** The seven steps (七步法), in their required order. */
export const steps = {
  plan: { zh: "制定方案", en: "plan" },
  consult: { zh: "听取意见", en: "consult" },
  analyze: { zh: "分析论证", en: "analyse" },
  determine_risk: { zh: "确定风险", en: "determine risk" },
  report: { zh: "编制报告", en: "write report" },
  review: { zh: "组织评审", en: "review" },
  file: { zh: "审查报备", en: "examine and file" },
} as const satisfies Vocabulary<string>;

export const consultMethods = {
  survey: { zh: "问卷调查", en: "survey" },
  hearing: { zh: "听证会", en: "hearing" },
  symposium: { zh: "座谈会", en: "symposium" },
  interview: { zh: "走访", en: "interviews" },
  online: { zh: "网上征求", en: "online consultation" },
  public_notice: { zh: "公示", en: "public notice" },
} as const satisfies Vocabulary<string>;

export const outcomes = {
  implement: { zh: "实施", en: "implement" },
  implement_after_mitigation: { zh: "化解后实施", en: "implement after mitigation" },
  postpone: { zh: "暂缓实施", en: "postpone" },
  not_implement: { zh: "不实施", en: "do not implement" },
  adjust_and_redecide: { zh: "调整后再决策", en: "adjust and decide again" },
} as const satisfies Vocabulary<string>;

export const findingAspects = {
  legality: { zh: "合法性", en: "legality" },
  reasonableness: { zh: "合理性", en: "reasonableness" },
  feasibility: { zh: "可行性", en: "feasibility" },
  controllability: { zh: "可控性", en: "controllability" },
} as const satisfies Vocabulary<string>;

/** Where an item stands (derived, never stored: see model/derive.ts). */
export const itemStates = {
  listed: { zh: "已列入清单", en: "listed" },
  assessing: { zh: "评估中", en: "assessing" },
  assessed: { zh: "已评估", en: "assessed" },
  decided: { zh: "已决策", en: "decided" },
  tracking: { zh: "跟踪中", en: "tracking" },
} as const satisfies Vocabulary<string>;

export type Category = keyof typeof categories;
/** A domain code: one of the workspace's list (the defaults are `domains`), so any code-shaped string. */
export type Domain = string;
export type SensitiveTag = keyof typeof sensitiveTags;
export type RiskLevel = keyof typeof riskLevels;
export type Assessor = keyof typeof assessors;
export type Procedure = keyof typeof procedures;
export type ParticipantGroup = keyof typeof participantGroups;
export type Procurement = keyof typeof procurements;
export type StepName = keyof typeof steps;
export type ConsultMethod = keyof typeof consultMethods;
export type Outcome = keyof typeof outcomes;
export type FindingAspect = keyof typeof findingAspects;

/** The values of a vocabulary, in order. */
export function valuesOf<K extends string>(vocabulary: Vocabulary<K>): K[] {
  return Object.keys(vocabulary) as K[];
}

/** The seven steps in order. */
export const stepOrder: readonly StepName[] = valuesOf(steps);
