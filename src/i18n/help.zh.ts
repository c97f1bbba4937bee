/** 帮助文字(中文):命令和选项的说明,commander 的标题和用法词。 */

export const zhHelp = {
  program: "稳评:重大决策社会稳定风险评估的记录校验、评估向导和月度统计表",
  version: "显示版本号",
  help: "显示帮助",
  workspace: "工作区目录(含 wenping.yaml);默认从当前目录向上查找",
  lang: "输出语言:zh 中文(默认)或 en 英文;也可设环境变量 WENPING_LANG",
  asOf: "以哪一天为「今天」(YYYY-MM-DD),默认今天",
  verbose: "出错时显示详细的技术信息",
  noCache: "不使用也不更新 .wenping/cache 中的检查缓存",
  validate: "检查记录文件是否符合格式和稳评规则",
  validatePaths: "要检查的文件、文件夹或通配符;- 表示从标准输入读取;默认检查整个工作区",
  format: "输出格式:text 文字(默认)或 json",
  strict: "有警告也视为不通过(退出码 1)",
  maxProblems: "每个文件最多列出几个问题(默认 10,共列出其十倍;0 表示全部列出)",
  init: "新建稳评工作区:wenping.yaml、records 目录、示例记录和编辑器设置",
  initDir: "工作区目录,默认当前目录",
  schema: "输出记录格式的 JSON Schema",
  schemaOut: "写入此目录,而不是打印",
  report: "生成报表",
  monthly: "生成月度统计表(xlsx):统计表、明细、预警",
  month: "统计月份 YYYY-MM,默认上个月",
  out: "输出文件路径",
  force: "覆盖已有文件",
  allowInvalid: "跳过格式有误的记录(在「预警」中列出),仍然生成报表",
  form: "生成某事项的简易程序报备表(xlsx)",
  formId: "事项编号",
  annual: "生成年度稳评工作总结(docx,含图表)和年度统计表(xlsx)",
  annualYear: "年度 YYYY,默认今年(截至今天);往年为全年",
  annualOut: "工作总结(docx)的路径;年度统计表写在同一目录",
  draft: "为七步法事项起草社会稳定风险评估报告(docx):记录中的事实,留空处由人填写",
  headings: { "Usage:": "用法:", "Arguments:": "参数:", "Options:": "选项:", "Commands:": "命令:" } as Record<
    string,
    string
  >,
  /** Commander's usage words. */
  placeholders: { "[options]": "[选项]", "[command]": "[命令]" } as Record<string, string>,
  ledger: "生成稳评台账:所有事项的状态、程序、风险、决策和日期",
  ledgerFormat: "格式:xlsx(默认,写入文件)、csv(UTF-8,可用 Excel 打开)或 json",
  year: "只列出该年度列入、完成或决策的事项",
  new: "登记新的决策事项,并可接着进行评估(向导)",
  next: "接着办理某事项:下一步评估、风险结论、决策或跟踪(向导)",
  answers: "答案文件(记录格式的部分内容);向导只问其中没有的",
  noInput: "不提问:缺少的必填内容作为错误列出",
  resume: "接着上次中断时保存的草稿继续",
  edit: "修改某事项已保存的内容(日期、评估程序、风险等级、措施完成日期等),逐项检查后保存",
  editAnswers: "从答案文件读取要改的字段(只写要改的部分,列表按位置对应),不提问",
  status: "查看工作概况:年度目标进度、月报截止日期和需要关注的事项",
  statusFormat: "输出格式:text 文字(默认)或 json",
};

/** The help texts every language has. */
export type HelpText = typeof zhHelp;
