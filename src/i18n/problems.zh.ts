/** 中文消息目录:每个问题代码(及其细分)一条消息和修改提示,以及界面文字。 */
import * as v from "../model/vocabulary.js";
import { labeler, list, type MessageFn, str } from "./params.js";

const label = labeler("zh");
const join = (items: readonly string[]) => items.join("、");
const quote = (s: string) => `「${s}」`;
const steps = (values: readonly string[]) => join(values.map((s) => label(v.steps, s)));
const zhOf = (description?: string) => description?.split(" — ")[0] ?? "";
const field = (title: string, name: string) => (title ? `${title}(${name})` : name);

/** Names the date of a timeline entry (WP006). */
function dateName(what: string): string {
  const names: Record<string, string> = {
    listed_on: "纳入计划清单日期(listed_on)",
    meeting: "专题会议日期",
    filed_on: "报备日期(filed_on)",
    decided_on: "决策日期(decided_on)",
    tracking: "跟踪日期",
    done_on: "措施完成日期(done_on)",
  };
  return names[what] ?? `「${label(v.steps, what)}」步骤日期`;
}

export const zhProblems = {
  WP001: (p) => ({
    message: `事项编号 ${str(p.id)} 与其他记录重复:${join(list(p.others))}`,
    hint: "每个事项的编号必须唯一;请为其中一个事项改用新的编号,并同时修改文件名",
  }),
  WP002: (p) => ({
    message: `文件名${quote(str(p.fileName))}与事项编号 ${str(p.id)} 不一致`,
    hint: `请把文件改名为 ${str(p.id)}.yaml`,
  }),
  WP003: (p) => {
    const kinds: Record<string, [string, string]> = {
      unit: ["责任单位代码", "units"],
      domain: ["领域代码", "domains"],
      agency: ["第三方机构备案号", "agencies"],
      expert: ["专家编号", "experts"],
    };
    const [what, section] = kinds[str(p.kind)] ?? ["编号", ""];
    const known = list(p.known);
    return {
      message: `${what}${quote(str(p.value))}未在 wenping.yaml 中登记`,
      hint: p.suggestion
        ? `是否应为 ${str(p.suggestion)}?可用的有:${join(known)}`
        : known.length
          ? `可用的有:${join(known)};如确为新${what.replace(/代码|备案号|编号/, "")},请先在 wenping.yaml 的 ${section} 中登记`
          : `wenping.yaml 的 ${section} 中还没有任何登记,请先登记`,
    };
  },
  WP004: (p) => ({
    message: `简易程序仅适用于低风险事项;本事项评估为${label(v.riskLevels, p.level)}`,
    hint: "请改用普通程序(七步法),procedure: ordinary",
  }),
  "WP005.missing": (p) => ({
    message: `七步法缺少步骤:${steps(list(p.missing))}(在「${label(v.steps, p.step)}」之前)`,
    hint: "七个步骤须按 制定方案→听取意见→分析论证→确定风险→编制报告→组织评审→审查报备 依次记录",
  }),
  "WP005.repeated": (p) => ({
    message: `步骤「${label(v.steps, p.step)}」重复记录`,
    hint: "每个步骤只记录一次;如有补充,请写入该步骤的工作情况(summary)",
  }),
  "WP005.order": (p) => ({
    message: `步骤「${label(v.steps, p.step)}」排在「${label(v.steps, p.after)}」之后,顺序不对`,
    hint: "七个步骤须按 制定方案→听取意见→分析论证→确定风险→编制报告→组织评审→审查报备 依次记录",
  }),
  WP006: (p) => ({
    message: `${dateName(str(p.what))} ${str(p.date)} 早于${dateName(str(p.before))} ${str(p.beforeDate)}`,
    hint: "日期须依次不早于:纳入清单 → 会议/各步骤 → 评估完成 → 决策;请核对日期是否填错",
  }),
  WP007: (p) => ({
    message: p.hasAssessment
      ? "评估尚未完成(缺少完成日期或风险等级)就已作出决策(应评不评)"
      : "没有稳评记录就已作出决策(应评不评)",
    hint: "先评估后决策:请先补全评估(简易程序的报备日期,或七步法的审查报备步骤,以及 risk_level)",
  }),
  WP008: (p) => ({
    message: `高风险事项的决策结果为「${label(v.outcomes, p.outcome)}」(评而不用)`,
    hint: "高风险事项应不实施(not_implement),或调整方案后再决策(adjust_and_redecide),也可暂缓实施(postpone)",
  }),
  "WP009.implement": () => ({
    message: "中风险事项直接「实施」,未经风险化解",
    hint: "中风险事项须采取措施降低风险后实施:outcome 改为 implement_after_mitigation,并在 mitigation 中写明措施",
  }),
  "WP009.noMeasure": (p) => ({
    message: "中风险事项「化解后实施」,但没有记录任何化解措施",
    hint: `请运行 wenping next ${p.id ?? "<事项编号>"} 补登至少一条风险防范化解措施(或在 mitigation 中写明 measure、owner、due)`,
  }),
  WP010: (p) => ({
    message: "低风险事项已实施,但没有记录风险防范措施",
    hint: `低风险也要对潜在风险有防范:请运行 wenping next ${p.id ?? "<事项编号>"} 补登措施(或在 mitigation 中写明)`,
  }),
  "WP011.conflict": (p) => ({
    message: `评审专家 ${str(p.expert)}${p.name ? `(${str(p.name)})` : ""} 存在利害关系却未回避`,
    hint: "请让该专家回避(recused: true)并另选专家",
  }),
  "WP011.affiliation": (p) => ({
    message: `评审专家 ${str(p.expert)}${p.name ? `(${str(p.name)})` : ""} 任职于${quote(str(p.attachedTo))},却未回避`,
    hint: "评审专家不得来自责任单位或受托第三方机构;请让其回避(recused: true)并另选专家",
  }),
  WP012: (p) => ({
    message: `敏感事项(${join(list(p.tags).map((t) => label(v.sensitiveTags, t)))})初始风险为高,却由本单位自行评估`,
    hint: "邻避、强辐射、高污染、涉众型等初始风险较高的事项,宜委托第三方机构评估(assessor: third_party)",
  }),
  WP013: (p) => ({
    message: `自行评估未邀请:${join(list(p.missing).map((g) => label(v.participantGroups, g)))}`,
    hint: "自行评估应邀请党政部门、司法机关、人大代表、政协委员、专家学者和群众代表参与,请在 participants 中补充",
  }),
  WP014: () => ({
    message: "重大工程项目的稳评没有纳入可行性研究",
    hint: "重大工程项目应将社会稳定风险评估纳入可行性研究(in_feasibility_study: true)",
  }),
  WP015: () => ({
    message: "特殊(重点)程序没有注明依据的行业标准",
    hint: "请在 assessment.standard 中写明所依据的行业标准",
  }),
  WP016: (p) => ({
    message: `决策(${str(p.decidedOn)})实施后 90 日内(至 ${str(p.deadline)})没有风险跟踪记录`,
    hint: "请在 tracking 中补记实施后的风险跟踪情况(date、risk_level、note)",
  }),
  WP017: (p) => ({
    message: `化解措施「${str(p.measure)}」已过完成时限 ${str(p.due)},尚未完成`,
    hint: `完成后请运行 wenping next ${p.id ?? "<事项编号>"} 登记跟踪情况,填上这项措施的完成日期(记录中的 done_on);如需延期,请运行 wenping edit ${p.id ?? "<事项编号>"} 修改完成时限(due)并说明原因`,
  }),
  WP018: (p) => ({
    message: `${dateName(str(p.what))} ${str(p.date)} 晚于今天(${str(p.today)}),尚未发生的事不能登记`,
    hint: "请核对年份和月份是否填错;计划中的日期不要填在这里(措施的完成时限写在 due)",
  }),
  WP019: (p) => ({
    message: `跟踪日期 ${str(p.date)} 早于决策日期 ${str(p.decidedOn)}`,
    hint: "风险跟踪是对决策实施情况的跟踪,日期须不早于 decided_on;请核对日期",
  }),
  WP020: () => ({
    message: "「组织评审」步骤没有登记评审专家",
    hint: "请在该步骤的 reviewers 中登记参加评审的专家(expert 填专家库中的编号)",
  }),
  WP021: (p) => ({
    message: `同一次评审中重复登记了专家 ${str(p.expert)}`,
    hint: "每位专家在一次评审中只登记一次;请删除重复的一条",
  }),
  "YAML.syntax": () => ({
    message: "YAML 格式错误,无法读取",
    hint: "检查这一行及上一行:冒号须为英文半角「:」且后面有空格,缩进用空格对齐,引号要成对",
  }),
  "YAML.duplicateKey": (p) => ({
    message: p.key ? `字段${quote(str(p.key))}在同一层级写了两次` : "同一层级出现了重复的字段名",
    hint: "每个字段只能写一次;请删除或合并重复的那一个",
  }),
  "YAML.tag": () => ({
    message: "使用了不支持的 YAML 标签(以 ! 开头)",
    hint: "记录中只能写普通的文字、数字、列表和字段,请删除以 ! 开头的标签",
  }),
  "YAML.alias": () => ({
    message: "YAML 别名(* / &)使用不当或过多",
    hint: "记录中不需要锚点和别名;请直接写出内容",
  }),
  "YAML.tab": () => ({ message: "缩进中使用了制表符(Tab)", hint: "YAML 只能用空格缩进,请把 Tab 换成空格" }),
  "YAML.indent": () => ({
    message: "缩进不正确",
    hint: "同一层级的字段必须左对齐,子字段比上级多缩进 2 个空格",
  }),
  "YAML.missingChar": () => ({
    message: "缺少必要的符号(如冒号、括号或引号)",
    hint: "检查冒号、[ ]、{ } 和引号是否成对",
  }),
  "YAML.implicitKey": () => ({
    message: "字段名不能跨行",
    hint: "检查是否漏了冒号,或冒号后缺少空格;较长的文字请用引号括起来",
  }),
  "YAML.fullWidthColon": (p) => ({
    message: `字段名${quote(str(p.field))}后面用了全角冒号「：」`,
    hint: `请改为半角冒号加空格:${str(p.fix)}`,
  }),
  "YAML.colonSpace": (p) => ({
    message: `字段名${quote(str(p.field))}后面的冒号缺少空格`,
    hint: `冒号后要有一个空格:${str(p.fix)}`,
  }),
  "YAML.multiDoc": () => ({
    message: "一个文件里有多个 YAML 文档(出现了 ---)",
    hint: "一个文件只写一个事项;请把其他事项另存为各自的 <id>.yaml 文件",
  }),
  "YAML.tooDeep": () => ({ message: "文件结构嵌套过深,无法读取", hint: "记录的层级很浅;请检查文件是否损坏" }),
  "ENCODING.gbk": () => ({
    message: "文件不是 UTF-8 编码,看起来是 GBK/GB18030(Windows 记事本或 WPS 的默认中文编码)",
    hint: "用记事本打开,「文件 → 另存为」,编码选「UTF-8」后保存;或执行 iconv -f GB18030 -t UTF-8 原文件 > 新文件",
  }),
  "ENCODING.utf16": () => ({
    message: "文件是 UTF-16 编码(Windows 中的「Unicode」)",
    hint: "用记事本打开,「文件 → 另存为」,编码选「UTF-8」后保存",
  }),
  "ENCODING.binary": (p) => {
    const kinds: Record<string, string> = {
      zip: "Excel/Word(xlsx、docx)或压缩包",
      office: "旧版 Excel/Word(xls、doc)",
      pdf: "PDF",
      png: "PNG 图片",
      jpeg: "JPEG 图片",
    };
    return {
      message: `这不是文本文件${kinds[str(p.kind)] ? `,看起来是 ${kinds[str(p.kind)]} 文件` : "(含有二进制内容)"}`,
      hint: "records 目录中只放 YAML 记录(.yaml);请把其他文件移到别处",
    };
  },
  "ENCODING.unknown": () => ({
    message: "文件不是 UTF-8 编码,也无法识别为 GBK",
    hint: "请用编辑器以正确的编码打开,另存为 UTF-8",
  }),
  "SCHEMA.required": (p) => ({
    message: `缺少必填字段 ${field(str(p.label), str(p.field))}`,
    hint: `请补充 ${str(p.field)}: …`,
  }),
  "YAML.wideSpace": (p) => ({
    message: `字段${quote(str(p.field))}前的缩进里有全角空格(或不间断空格)`,
    hint: `缩进只能用半角空格;请把全角空格「　」换成半角空格:${str(p.field)}:`,
  }),
  "SCHEMA.unknownKey": (p) => ({
    message: `未知字段${quote(str(p.field))}`,
    hint: p.suggestion
      ? `是否应为 ${str(p.suggestion)}?`
      : p.owner
        ? `${str(p.field)} 是${p.owner === "/" ? "最外层" : ` ${str(p.owner)} 下`}的字段,这里可能缩进多了:请与同级字段对齐`
        : `此处可用的字段:${join(list(p.known))}`,
  }),
  "SCHEMA.enum": (p) => ({
    message: `${str(p.title) || "取值"}${quote(str(p.value))}不是可选值`,
    hint: `可选值:${list(p.allowed)
      .map((a, i) => `${a}(${zhOf(list(p.labels)[i])})`)
      .join("、")}`,
  }),
  "SCHEMA.const": (p) => ({
    message: `${str(p.title)}应为 ${str(p.expected)}`,
    hint: `请写 ${str(p.expected)}`,
  }),
  "SCHEMA.type.string": (p) => ({
    message: `${str(p.title) || "此处"}应为文字`,
    hint: "如果内容是数字或日期,请用引号括起来",
  }),
  "SCHEMA.type.object": (p) => ({
    message: `${str(p.title) || "此处"}应为若干「字段: 值」`,
    hint: "在下一行缩进 2 个空格后逐项填写字段;整个记录文件应以「字段: 值」的形式书写",
  }),
  "SCHEMA.type.array": (p) => ({
    message: `${str(p.title) || "此处"}应为列表`,
    hint: "每项单独一行,以「- 」开头;或写成 [a, b]",
  }),
  "SCHEMA.type.integer": (p) => ({ message: `${str(p.title) || "此处"}应为整数`, hint: "只写数字,如 120" }),
  "SCHEMA.type.number": (p) => ({ message: `${str(p.title) || "此处"}应为数字`, hint: "只写数字,如 0.3" }),
  "SCHEMA.type.boolean": (p) => ({
    message: `${str(p.title) || "此处"}应为 true 或 false`,
    hint: "是写 true,否写 false",
  }),
  "SCHEMA.date": (p) => ({
    message: `${str(p.title) || "日期"}${quote(str(p.value))}不是有效的日期`,
    hint: "日期格式为 YYYY-MM-DD,例如 2021-04-20(不要写成 2021年4月20日 或 2021/4/20)",
  }),
  "SCHEMA.date.month": (p) => ({
    message: `${str(p.title) || "日期"}${quote(str(p.value))}:没有 ${str(p.month)} 月`,
    hint: "月份是 1 到 12;日期格式为 YYYY-MM-DD,例如 2021-04-20",
  }),
  "SCHEMA.date.day": (p) => ({
    message: `${str(p.title) || "日期"}${quote(str(p.value))}:${str(p.month)} 月没有 ${str(p.day)} 日`,
    hint: "请核对日期;格式为 YYYY-MM-DD,例如 2021-04-20",
  }),
  "SCHEMA.id": (p) => ({
    message: `事项编号${quote(str(p.value))}格式不对`,
    hint: "编号由大写字母开头,用连字符分段的大写字母和数字组成,不超过 40 个字符,例如 BXMZ-2021-007",
  }),
  "SCHEMA.text": (p) => ({
    message: `${str(p.title) || "此处"}的内容格式不对或含有控制字符`,
    hint: "请删除不可见的控制字符,按说明的格式填写",
  }),
  "SCHEMA.minLength": (p) => ({ message: `${str(p.title) || "此处"}不能为空`, hint: "请填写内容" }),
  "SCHEMA.maxLength": (p) => ({
    message: `${str(p.title) || "此处"}超过 ${str(p.limit)} 个字符`,
    hint: "请精简",
  }),
  "SCHEMA.minimum": (p) => ({
    message: `${str(p.title) || "此数"}不能小于 ${str(p.limit)}`,
    hint: "请核对数字",
  }),
  "SCHEMA.maximum": (p) => ({
    message: `${str(p.title) || "此数"}不能大于 ${str(p.limit)}`,
    hint: "请核对数字",
  }),
  "SCHEMA.minItems": (p) => ({
    message: `${str(p.title) || "列表"}至少要有 ${str(p.limit)} 项`,
    hint: "请补充",
  }),
  "SCHEMA.uniqueItems": (p) => ({ message: `${str(p.title) || "列表"}中有重复项`, hint: "请删除重复的项" }),
  "SCHEMA.thirdPartyOnlyWhenThirdParty": () => ({
    message: "自行评估的事项不应填写第三方机构(third_party)",
    hint: "如果委托了第三方,请把 assessor 改为 third_party;否则删除 third_party",
  }),
  "SCHEMA.duplicate": (p) => ({
    message: `${{ unit: "单位代码", agency: "机构备案号", expert: "专家编号" }[str(p.kind)] ?? ""}${quote(str(p.value))}重复登记`,
    hint: "每个代码或编号只能登记一次",
  }),
  "SCHEMA.not": (p) => ({ message: `此处不应有${str(p.title) || "该字段"}`, hint: "请删除" }),
  "SCHEMA.other": (p) => ({ message: `${str(p.title) || "此处"}不符合格式要求(${str(p.detail)})` }),
  "IO.unreadable": (p) => ({
    message: `无法读取文件(${str(p.reason)})`,
    hint: "检查文件是否存在、是否有读取权限、是否被其他程序占用",
  }),
  "IO.tooLarge": (p) => ({
    message: `文件过大(${str(p.size)}),超过单个记录 ${str(p.limit)} 的上限`,
    hint: "一个事项的记录通常只有几 KB;请检查是否放错了文件",
  }),
  "IO.notFile": () => ({ message: "这不是普通文件", hint: "请指定 .yaml 记录文件或其所在的文件夹" }),
} satisfies Record<string, MessageFn>;

/** Every message key of the catalogue; the English catalogue must have the same. */
export type ProblemKey = keyof typeof zhProblems;
