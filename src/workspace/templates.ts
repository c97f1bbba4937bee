/** What `wenping init` writes: a commented wenping.yaml, an example record and editor settings. */

import { defaultDomains } from "../model/domains.js";

/** Where `init` puts its example record: outside records/, so no report, status or id numbering counts it. */
export const SAMPLE_DIR = "样例";

/** A `wenping.yaml` with the reference bureau's units as an example. */
export function configTemplate(): string {
  return `# 稳评工作区配置。改完后运行 wenping validate 检查。
schema: wenping/workspace@1
organization: 本溪市民政局            # 填报单位(月报表上的单位名称)

# 责任单位:code 是记录中 unit 字段使用的代码;顺序即月报表中各行的顺序
units:
  - { code: BGS,  name: 办公室 }
  - { code: JZK,  name: 社会救助科 }
  - { code: YLK,  name: 养老服务科 }
  - { code: SZK,  name: 社会组织管理科 }
  - { code: JCK,  name: 基层政权建设科 }
  - { code: SWZX, name: 市民政事务服务中心 }

# 省市备案的第三方评估机构:记录中 assessment.third_party.agency 填 registration_no
agencies:
  - { registration_no: LN-WP-2020-013, name: 辽宁某某社会风险评估有限公司 }

# 稳评专家库:评审步骤中 reviewers 的 expert 填 id;affiliations 是其任职单位(用于回避检查)
experts:
  - { id: E001, name: 张某, field: 法律, affiliations: [某律师事务所] }
  - { id: E002, name: 刘某, field: 社会学, affiliations: [某大学] }

# 所属领域:记录中 domain 填 code。可按本单位的业务增删改,例如殡葬管理写 { code: funeral, name: 殡葬管理 }
domains:
${defaultDomains.map((d) => `  - { code: ${d.code}, name: ${d.name} }`).join("\n")}

# 月报表表尾
report:
  preparer: 王某        # 填表人
  head: 李某            # 单位负责人
  phone: "024-00000000" # 联系电话(请加引号)

# 年度目标(可省略,默认如下)
targets:
  policy_share: 0.30       # 政策类评估占比
  third_party_share: 0.50  # 第三方评估占比
`;
}

/** An example record (simple procedure, low risk) that validates clean against the config template. */
export function exampleRecordTemplate(id: string, year: string): string {
  return `# yaml-language-server: $schema=../schemas/decision-item.schema.json
# 这是样例记录,仅供参考:它不在 records 目录中,不计入报表、状态和编号,可随时删除。
# 登记真实事项请运行 wenping new;也可把本文件复制到 records/,改掉编号、文件名和内容。
# 一个决策事项一个文件,文件名必须是「事项编号.yaml」。日期一律写成 YYYY-MM-DD。
schema: wenping/decision-item@1
id: ${id}                       # 事项编号
title: 调整城乡居民最低生活保障标准   # 事项名称
unit: JZK                       # 责任单位代码(见 wenping.yaml 的 units)
category: policy                # 类别:policy 重大政策 | project 重大工程项目 | activity 重大活动 | other 其他
domain: basic_livelihood        # 所属领域代码(见 wenping.yaml 的 domains)
initial_risk: low               # 初始风险预判:low | medium | high
listed_on: ${year}-03-02            # 纳入计划清单日期
overview: 全市城乡低保对象约 1.2 万户、2.1 万人,月标准各提高 30 元。
risks:
  - { description: 部分群众对标准调整幅度有意见, measure: 加强政策解读 }
assessment:
  assessor: self                # 自行评估;委托第三方写 third_party 并填写 third_party 一节
  procedure: simple             # 简易程序(仅限低风险)
  participants: [party_government, judicial, npc_deputy, cppcc_member, expert, public_representative]
  meeting:                      # 防范化解稳定风险专题会议
    date: ${year}-03-15
    summary: 局长办公会专题研究,认为风险可控。
  filed_on: ${year}-03-18           # 简易程序报备表报备日期
  risk_level: low               # 评估结论
decision:
  outcome: implement            # 实施
  decided_on: ${year}-03-25
  decided_by: 局党组会议
mitigation:
  - { measure: 开展政策解读, owner: JZK, due: ${year}-04-30, done_on: ${year}-04-20 }
tracking:
  - { date: ${year}-05-10, risk_level: low, note: 实施平稳 }
`;
}

/** VS Code settings associating the schemas with the workspace's YAML files (yaml-language-server). */
export function editorSettingsTemplate(): string {
  return `${JSON.stringify(
    {
      "yaml.schemas": {
        "./schemas/decision-item.schema.json": ["records/**/*.yaml", "records/**/*.yml", `${SAMPLE_DIR}/*.yaml`],
        "./schemas/workspace.schema.json": ["wenping.yaml"],
      },
      "files.encoding": "utf8",
    },
    null,
    2,
  )}\n`;
}
