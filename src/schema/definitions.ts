/** Builds the JSON Schemas (2020-12) of the record and workspace formats from the vocabulary; `schemas/` holds their output. */
import { defaultDomains } from "../model/domains.js";
import type { DomainEntry } from "../model/types.js";
import * as v from "../model/vocabulary.js";

type Json = Record<string, unknown>;

export const ITEM_SCHEMA_ID = "wenping/decision-item@1";
export const WORKSPACE_SCHEMA_ID = "wenping/workspace@1";

// Printable text only, and only what a workbook (XML) can hold: no control characters (other than tab and
// newline), no C1 controls, no lone surrogates, no noncharacters (U+FDD0–FDEF, and U+xFFFE/U+xFFFF in every
// plane). The pattern is a Unicode one (ajv compiles patterns with the "u" flag), so a surrogate pair is one
// character and only a lone surrogate falls in \uD800-\uDFFF.
const PLANE_ENDS = Array.from(
  { length: 16 },
  (_, i) => `\\u{${(i + 1).toString(16).toUpperCase()}FFFE}-\\u{${(i + 1).toString(16).toUpperCase()}FFFF}`,
);
const TEXT_PATTERN = `^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\uFDD0-\\uFDEF\\uFFFE\\uFFFF${PLANE_ENDS.join("")}]*$`;

/** Free text with a Chinese title; `x-wenping-kind` lets diagnostics speak of it precisely. */
function text(title: string, description?: string, extra: Json = {}): Json {
  return { type: "string", title, description, pattern: TEXT_PATTERN, ...extra };
}

function date(title: string, description?: string): Json {
  return {
    type: "string",
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
    format: "date",
    "x-wenping-kind": "date",
    title,
    description: `${description ? `${description}。` : ""}格式 YYYY-MM-DD,例如 2021-04-20`,
  };
}

/** An enum with editor help: `enumDescriptions` is what yaml-language-server and VS Code show. */
function oneOf<K extends string>(vocabulary: v.Vocabulary<K>, title: string, description?: string): Json {
  const values = v.valuesOf(vocabulary);
  return {
    type: "string",
    title,
    description: `${description ? `${description}。` : ""}可选值:${values.map((k) => `${k}(${vocabulary[k].zh})`).join("、")}`,
    enum: values,
    enumDescriptions: values.map((k) => `${vocabulary[k].zh} — ${vocabulary[k].en}`),
  };
}

function listOf<K extends string>(vocabulary: v.Vocabulary<K>, title: string, description?: string): Json {
  return { type: "array", title, description, items: oneOf(vocabulary, title), uniqueItems: true };
}

/**
 * The domain of a record. The validating schema takes any code (the workspace's list is checked by WP003); the
 * schemas written for editors list the workspace's domains so that the editor offers them.
 */
function domainSchema(domains: readonly DomainEntry[] | undefined): Json {
  const listed = (domains ?? defaultDomains).map((d) => `${d.code}(${d.name})`).join("、");
  const base = text("所属领域", `wenping.yaml 中 domains 的代码;${domains ? "本工作区" : "默认"}:${listed}`, {
    pattern: "^[a-z][a-z0-9_]*$",
  });
  if (!domains) return base;
  return { ...base, enum: domains.map((d) => d.code), enumDescriptions: domains.map((d) => d.name) };
}

function object(title: string, properties: Json, required: string[] = [], extra: Json = {}): Json {
  return { type: "object", title, properties, required, additionalProperties: false, ...extra };
}

/** A list of entries (risks, reviewers, units…), each an object titled `entry`; `extra` stands before `items`. */
function entries(title: string, entry: string, properties: Json, required: string[], extra: Json = {}): Json {
  return { type: "array", title, ...extra, items: object(entry, properties, required) };
}

/** Text that may not be empty: a name or a code a list entry is known by. */
const filled = (title: string): Json => text(title, undefined, { minLength: 1 });

/** The workspace's own codes (units, domains): at least one entry, each a code in `pattern` and a name. */
function codes(list: { title: string; description: string; entry: string; name: string }, code: Json): Json {
  return entries(list.title, list.entry, { code, name: filled(list.name) }, ["code", "name"], {
    description: list.description,
    minItems: 1,
  });
}

const count = (title: string): Json => ({ type: "integer", minimum: 0, title });

const stepSchema = object(
  "评估步骤",
  {
    step: oneOf(v.steps, "步骤", "七步法的步骤,须按顺序各出现一次"),
    date: date("完成日期"),
    summary: text("工作情况", "本步骤做了什么、结果如何"),
    methods: listOf(v.consultMethods, "听取意见方式"),
    respondents: count("征求意见人数"),
    support: count("赞成人数"),
    oppose: count("反对人数"),
    findings: object("分析论证结论(四性)", {
      legality: text("合法性"),
      reasonableness: text("合理性"),
      feasibility: text("可行性"),
      controllability: text("可控性"),
    }),
    reviewers: entries(
      "评审专家",
      "评审专家",
      {
        expert: text("专家编号", "wenping.yaml 专家库中的编号,如 E001"),
        conflict_of_interest: { type: "boolean", title: "是否存在利害关系" },
        recused: { type: "boolean", title: "是否回避" },
      },
      ["expert"],
    ),
    filed_with: text("报备机关", "如 市委政法委"),
  },
  ["step", "date"],
);

const assessmentSchema = object(
  "稳评情况",
  {
    assessor: oneOf(v.assessors, "评估主体"),
    procedure: oneOf(v.procedures, "评估程序", "简易程序仅适用于低风险事项"),
    standard: text("依据的行业标准", "特殊(重点)程序必填"),
    in_feasibility_study: {
      type: "boolean",
      title: "是否纳入可行性研究",
      description: "重大工程项目的稳评应纳入可研",
    },
    participants: listOf(v.participantGroups, "参与评估的各方", "自行评估应邀请的各方"),
    third_party: object(
      "第三方机构",
      {
        agency: text("机构备案号", "wenping.yaml 中已备案机构的 registration_no"),
        procurement: oneOf(v.procurements, "选定方式"),
      },
      ["agency", "procurement"],
    ),
    meeting: object("专题会议", { date: date("会议日期"), summary: text("会议纪要") }, ["date"], {
      description: "简易程序:防范化解稳定风险专题会议",
    }),
    filed_on: date("报备日期", "简易程序报备表的报备日期"),
    steps: {
      type: "array",
      title: "七步法步骤",
      description: "普通/特殊程序:按顺序记录七个步骤",
      items: stepSchema,
    },
    risk_level: oneOf(v.riskLevels, "评估结论(风险等级)"),
  },
  ["assessor", "procedure"],
  {
    // third_party is required exactly when the assessor is a third party, and absent for a self-assessment.
    allOf: [
      {
        if: { properties: { assessor: { const: "third_party" } }, required: ["assessor"] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
        then: { required: ["third_party"] },
      },
      {
        if: { properties: { assessor: { const: "self" } }, required: ["assessor"] },
        // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
        then: {
          properties: { third_party: { not: {}, "x-wenping-message": "thirdPartyOnlyWhenThirdParty" } },
        },
      },
    ],
  },
);

/** The JSON Schema of a decision-item record. */
export function decisionItemSchema(domains?: readonly DomainEntry[]): Json {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://wenping.example/schemas/decision-item.schema.json",
    title: "稳评决策事项",
    description: "一个重大决策事项的社会稳定风险评估记录(一事项一文件,文件名为 <id>.yaml)",
    type: "object",
    properties: {
      schema: { const: ITEM_SCHEMA_ID, title: "记录格式", description: `固定为 ${ITEM_SCHEMA_ID}` },
      id: text("事项编号", "大写字母、数字和连字符,如 BXMZ-2021-007,不超过 40 个字符,全局唯一", {
        pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$",
        maxLength: 40,
        "x-wenping-kind": "id",
      }),
      title: text("事项名称", "1 至 200 个字符", { minLength: 1, maxLength: 200 }),
      unit: text("责任单位", "wenping.yaml 中的单位代码,如 JZK"),
      category: oneOf(v.categories, "事项类别"),
      domain: domainSchema(domains),
      sensitive: listOf(v.sensitiveTags, "敏感类型", "邻避、强辐射、高污染、涉众型等敏感事项"),
      initial_risk: oneOf(v.riskLevels, "初始风险预判"),
      listed_on: date("纳入计划清单日期"),
      overview: text("事项概况", "涉及范围、人数和户数等"),
      risks: entries("主要风险", "风险点", { description: text("风险描述"), measure: text("化解措施") }, [
        "description",
      ]),
      assessment: assessmentSchema,
      decision: object(
        "决策情况",
        {
          outcome: oneOf(v.outcomes, "决策结果"),
          decided_on: date("决策日期"),
          decided_by: text("决策机关或会议", "如 局党组会议"),
        },
        ["outcome", "decided_on"],
      ),
      mitigation: entries(
        "风险防范化解措施",
        "化解措施",
        { measure: text("措施"), owner: text("责任单位"), due: date("完成时限"), done_on: date("实际完成日期") },
        ["measure"],
      ),
      tracking: entries(
        "决策实施风险跟踪",
        "跟踪记录",
        { date: date("跟踪日期"), risk_level: oneOf(v.riskLevels, "当前风险等级"), note: text("情况说明") },
        ["date"],
      ),
    },
    required: ["schema", "id", "title", "unit", "category", "domain", "initial_risk", "listed_on"],
    additionalProperties: false,
  };
}

/** The JSON Schema of `wenping.yaml`. */
export function workspaceSchema(): Json {
  const share = (title: string): Json => ({ type: "number", minimum: 0, maximum: 1, title });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://wenping.example/schemas/workspace.schema.json",
    title: "稳评工作区配置(wenping.yaml)",
    type: "object",
    properties: {
      schema: { const: WORKSPACE_SCHEMA_ID, title: "配置格式", description: `固定为 ${WORKSPACE_SCHEMA_ID}` },
      organization: text("填报单位", "如 本溪市民政局", { minLength: 1 }),
      units: codes(
        { title: "责任单位", description: "按统计表中的顺序排列", entry: "单位", name: "单位名称" },
        text("单位代码", "字母开头的字母、数字,如 JZK", { pattern: "^[A-Za-z][A-Za-z0-9_]*$" }),
      ),
      agencies: entries(
        "备案第三方机构",
        "第三方机构",
        { registration_no: filled("备案号"), name: filled("机构名称") },
        ["registration_no", "name"],
      ),
      experts: entries(
        "稳评专家库",
        "专家",
        {
          id: filled("专家编号"),
          name: filled("姓名"),
          field: text("专业领域"),
          affiliations: { type: "array", title: "所在单位或任职机构", items: text("单位") },
        },
        ["id", "name"],
      ),
      report: object("月报表尾", {
        preparer: text("填表人"),
        head: text("单位负责人"),
        phone: text("联系电话"),
      }),
      domains: codes(
        {
          title: "领域",
          description: "本单位事项的所属领域;记录中 domain 填 code。省略时为民政的默认领域",
          entry: "领域",
          name: "领域名称",
        },
        text("领域代码", "小写字母开头的小写字母、数字和下划线,如 funeral", { pattern: "^[a-z][a-z0-9_]*$" }),
      ),
      targets: object("年度目标", {
        policy_share: share("政策类评估占比目标(默认 0.30)"),
        third_party_share: share("第三方评估占比目标(默认 0.50)"),
      }),
    },
    required: ["schema", "organization", "units"],
    additionalProperties: false,
  };
}

/**
 * Both schemas by file name, as written to `schemas/` and printed by `wenping schema`: for editors, so the
 * record's domain lists the workspace's domains (the default list outside a workspace).
 */
export function allSchemas(domains: readonly DomainEntry[] = defaultDomains): Record<string, Json> {
  return {
    "decision-item.schema.json": decisionItemSchema(domains),
    "workspace.schema.json": workspaceSchema(),
  };
}
