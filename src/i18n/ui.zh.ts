/** 界面文字(中文):命令输出、错误提示。 */

import { zhBounds } from "./bounds.zh.js";
import { zhFs } from "./fs.zh.js";

export const zhUi = {
  severity: { error: "错误", warning: "警告" },
  hint: "提示:",
  validateSummary: (files: number, valid: number, errors: number, warnings: number) =>
    `检查了 ${files} 个文件:${valid} 个通过,${errors} 个错误,${warnings} 个警告`,
  allClean: "全部通过",
  noRecordFiles: "没有找到要检查的记录文件(records 目录下的 .yaml 文件)",
  workspaceProblems: (file: string) => `工作区配置 ${file} 有问题,请先改正:`,
  workspaceNotFound: (dir: string) =>
    `在 ${dir} 及其上级目录中没有找到 wenping.yaml。请进入工作区目录,或用 --workspace 指定;新建工作区请运行 wenping init`,
  workspaceMissing: (dir: string) => `${dir} 中没有 wenping.yaml,它不是稳评工作区(新建请运行 wenping init)`,
  pathNotFound: (path: string) => `找不到 ${path}`,
  noMatch: (pattern: string) => `没有文件与 ${pattern} 匹配`,
  badDate: (option: string, value: string) => `${option} 的值 ${value} 不是有效日期,格式为 YYYY-MM-DD,例如 2021-04-20`,
  badMonth: (value: string) => `--month 的值 ${value} 不对,格式为 YYYY-MM,例如 2021-05`,
  countedWithErrors: (n: number) =>
    `注意:有 ${n} 个事项存在规则错误(例如未登记的单位),已按记录原样计入,并列在「预警」表中;报送前请运行 wenping validate 查看并改正`,
  monthNotStarted: (month: string, asOf: string) => `${month} 还没有开始(今天按 ${asOf} 算),没有可统计的事项`,
  monthUnfinished: (month: string, asOf: string) =>
    `注意:${month} 尚未结束(今天按 ${asOf} 算),本表只含到今天为止完成的评估;月底后请重新生成(加 --force 覆盖)再报送`,
  badChoice: (option: string, value: string, allowed: readonly string[]) =>
    `${option} 的值 ${value} 不对,可选:${allowed.join("、")}`,
  exists: (path: string) => `${path} 已存在,未覆盖。要覆盖请加 --force,或用 --out 另选文件名`,
  cannotWrite: (path: string, reason: string) => `无法写入 ${path}:${reason}。原文件未改动`,
  wrote: (path: string) => `已写入 ${path}`,
  /** File-system errors in words (issue 12). */
  fs: zhFs,
  /** Output bounds (issue 12). */
  bounds: zhBounds,
  internalError: "程序内部错误(不是您的操作问题)。请把这条信息和所用命令发给维护人员;加 --verbose 可查看详细信息",
  interrupted: "已中断",
  didYouMean: (what: string) => `(是否应为 ${what}?)`,
  usageHelp: "用 wenping --help 查看用法",
  invalidChoice: (option: string, value: string, allowed: readonly string[]) =>
    `${option} ${value}${allowed.length > 0 ? `(可选:${allowed.join("、")})` : ""}`,
  usage: {
    "commander.missingArgument": (detail: string) => `缺少参数 ${detail}`,
    "commander.optionMissingArgument": (detail: string) => `选项缺少取值:${detail}`,
    "commander.invalidArgument": (detail: string) => `取值不对:${detail}`,
    "commander.unknownOption": (detail: string) => `不认识的选项 ${detail}`,
    "commander.unknownCommand": (detail: string) => `不认识的命令 ${detail}`,
    "commander.excessArguments": (detail: string) => `多余的参数:${detail}`,
  } as Record<string, (detail: string) => string>,
  initDone: (dir: string, sample: string) =>
    `已在 ${dir} 创建稳评工作区。records 目录是空的:用 wenping new 登记第一个事项(编号从 001 开始)。` +
    `样例记录在 ${sample},仅供参考,不计入报表和状态,可随时删除。` +
    "下一步:编辑 wenping.yaml 中的单位、机构和专家,然后运行 wenping validate",
  initKept: (files: readonly string[]) => `这些文件原已存在,未改动:${files.join("、")}`,
  initFailed: (dir: string, reason: string, written: readonly string[], notWritten: readonly string[]) =>
    `无法在 ${dir} 创建工作区:${reason}。` +
    (written.length > 0 ? `已写入:${written.join("、")};` : "没有写入任何文件;") +
    `未写入:${notWritten.join("、")}。问题解决后再次运行 wenping init 即可补全`,
  /** A file-system error code in words (the code itself follows in brackets for whoever fixes the machine). */
  schemaFailed: (dir: string, reason: string, written: readonly string[], notWritten: readonly string[]) =>
    `无法写入 ${dir}:${reason}。` +
    (written.length > 0
      ? `已写入:${written.join("、")};未写入:${notWritten.join("、")}`
      : "没有写入任何文件,原有文件未改动"),

  initExists: (dir: string) => `${dir} 已经是稳评工作区(已有 wenping.yaml),未做改动`,
  initInsideRecords: (dir: string, ws: string) =>
    `${dir} 在工作区 ${ws} 的 records 目录里:那里的每个文件都会被当作决策事项统计。请换一个不在 records 里的文件夹,未做改动`,
  schemaWritten: (dir: string, files: readonly string[]) => `已写入 ${dir}:${files.join("、")}`,
  reportBlocked: (n: number) =>
    `有 ${n} 个记录文件无法读取或格式不对,不能统计(以免数字出错)。请先改正,或加 --allow-invalid 跳过它们:`,
  itemNotFound: (id: string) => `没有找到事项 ${id}(records 目录下的 ${id}.yaml)`,
  notSimple: (id: string) => `事项 ${id} 不是简易程序,没有简易程序报备表`,
  notAssessed: (id: string) =>
    `事项 ${id} 尚未评估(还没有选定评估程序),暂无简易程序报备表。开始评估请运行 wenping next ${id}`,
  loading: (done: number, total: number) => `正在读取记录 ${done}/${total}…`,
  yearNotStarted: (year: string, asOf: string) => `${year} 年尚未开始(今天按 ${asOf} 算),没有可总结的内容`,
  drawingCharts: "正在绘制图表…",
  draftSimple: (id: string) => `事项 ${id} 是简易程序,不编制评估报告;请用 wenping form ${id} 生成简易程序报备表`,
  draftUnassessed: (id: string) => `事项 ${id} 尚未确定评估程序(assessment.procedure),还不能编制评估报告`,
  status: {
    heading: (org: string, asOf: string) => `${org} 稳评工作概况(截至 ${asOf})`,
    count: (ytd: number, last: number, growth?: string) =>
      `本年累计评估 ${ytd} 件,去年同期 ${last} 件${growth === undefined ? "" : `,同比 ${growth}`}`,
    share: (value: string, target: string) => `${value}(目标 ≥ ${target})`,
    fewer: "少于去年同期,须加大应评尽评力度",
    policy: "政策类占比",
    thirdParty: "第三方占比",
    none: "暂无",
    reportDue: (month: string, due: string, state: string) => `${month}统计表应于 ${due} 前报送局办公室:${state}`,
    /** A month or day as this language writes it: the Chinese label (2026年10月), or the ISO form. */
    dateShown: (label: string, _iso: string) => label,
    reportWritten: "已生成",
    reportMissing: "尚未生成,请运行 wenping report monthly",
    reportAfterMonthEnd: "本月结束后再生成(下月初运行 wenping report monthly)",
    reportOverdue: "已逾期!请尽快生成并报送",
    /** The table on disk was written before its month ended: it lacks what was completed after. */
    reportEarly: "已有的表是月底前生成的,不全;月份结束后请运行 wenping report monthly --force 重新生成再报送",
    attention: (n: number): string => (n === 0 ? "没有需要关注的事项" : `需要关注的事项(${n} 条):`),
    more: (n: number) => `…另有 ${n} 条,见 wenping validate 或月报「预警」表`,
    pending: (days: number) => `已列入计划清单 ${days} 天,尚未完成评估`,
    /** How the "listed, not yet assessed" alert is named where rule codes stand. */
    pendingCode: "待评估",
    annualDue: (year: number, state: string) => `${year}年度稳评工作总结应于年底前完成:${state}`,
    annualWritten: "已生成",
    annualMissing: "尚未生成,请运行 wenping report annual",
  },
};

/** The shape every UI catalogue has. */
export type Ui = typeof zhUi;
