/** The workbook's fixed Chinese labels (docs/reference/workbook.md): the office reads these tables in Chinese whatever --lang says. */

export const TITLE = "重大决策社会稳定风险评估情况统计表";
export const SHEETS = { stats: "统计表", detail: "明细", alerts: "预警" } as const;

/** One column of 统计表: its label, the group it sits under (multi-level header), and its least width (see labelWidth). */
export interface Column {
  label: string;
  group?: string;
  width: number;
}

export const STATS_COLUMNS: readonly Column[] = [
  { label: "序号", width: 5 },
  { label: "单位", width: 18 },
  { label: "本月评估事项数", width: 6 },
  { label: "重大政策", group: "事项类别", width: 6 },
  { label: "重大工程项目", group: "事项类别", width: 6 },
  { label: "重大活动", group: "事项类别", width: 6 },
  { label: "其他类", group: "事项类别", width: 6 },
  { label: "简易程序", group: "评估程序", width: 6 },
  { label: "普通程序", group: "评估程序", width: 6 },
  { label: "特殊程序", group: "评估程序", width: 6 },
  { label: "自行评估", group: "评估主体", width: 6 },
  { label: "委托第三方", group: "评估主体", width: 6 },
  { label: "低风险", group: "风险等级", width: 6 },
  { label: "中风险", group: "风险等级", width: 6 },
  { label: "高风险", group: "风险等级", width: 6 },
  { label: "实施", group: "决策结果", width: 6 },
  { label: "化解后实施", group: "决策结果", width: 6 },
  { label: "不实施", group: "决策结果", width: 6 },
  { label: "暂缓实施", group: "决策结果", width: 6 },
  { label: "调整后再决策", group: "决策结果", width: 6 },
  { label: "待决策", group: "决策结果", width: 6 },
  { label: "本年累计评估数", group: "年度累计", width: 6 },
  { label: "政策类占比", group: "年度累计", width: 6 },
  { label: "第三方占比", group: "年度累计", width: 6 },
  { label: "去年同期累计", group: "年度累计", width: 6 },
  { label: "同比增长", group: "年度累计", width: 6 },
];

export const TOTAL_ROW = "合计";
export const UNREGISTERED_UNIT = "未登记单位";

export const DETAIL_COLUMNS: readonly Column[] = [
  { label: "事项编号", width: 16 },
  { label: "事项名称", width: 36 },
  { label: "单位", width: 16 },
  { label: "类别", width: 12 },
  { label: "评估程序", width: 12 },
  { label: "评估方式", width: 12 },
  { label: "第三方机构", width: 28 },
  { label: "风险等级", width: 9 },
  { label: "完成日期", width: 12 },
  { label: "决策结果", width: 12 },
  { label: "决策日期", width: 12 },
];

export const ALERT_COLUMNS: readonly Column[] = [
  { label: "序号", width: 6 },
  { label: "事项编号", width: 16 },
  { label: "事项名称", width: 30 },
  { label: "单位", width: 16 },
  { label: "代码", width: 10 }, // not 9: exceljs leaves a width of 9 out as its default
  { label: "级别", width: 6 },
  { label: "问题", width: 60 },
  { label: "文件", width: 36 },
];

export const PENDING_LABEL = "待决策";
/** The 预警 code of an item listed but not yet assessed (the alert's machine code is PENDING). */
export const UNASSESSED_LABEL = "待评估";

/** Titles of the list sheets. */
export const DETAIL_TITLE = "重大决策社会稳定风险评估事项明细表";
export const ALERT_TITLE = "重大决策社会稳定风险评估预警事项表";
export const SEVERITY = { error: "错误", warning: "警告" } as const;

/** The notes under the table: definitions and the year's targets. */
export function notes(policyTarget: number, thirdPartyTarget: number): string[] {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return [
    "填表说明:",
    "1. 本月评估事项数:评估完成日期在本月的事项数。完成日期为简易程序报备表的报备日期,或七步法「审查报备」步骤的日期。",
    "2. 决策结果按截至报出日期的决策情况统计;尚未决策的计入「待决策」。",
    "3. 本年累计评估数:本年 1 月 1 日至本月末完成评估的事项数;去年同期累计:上年同一期间的事项数。",
    `4. 政策类占比 = 本年累计重大政策类评估数 ÷ 本年累计评估数,目标不低于 ${pct(policyTarget)};第三方占比 = 本年累计委托第三方评估数 ÷ 本年累计评估数,目标不低于 ${pct(thirdPartyTarget)};评估总数应多于上年。`,
    "5. 同比增长 =(本年累计评估数 − 去年同期累计)÷ 去年同期累计;去年同期为 0 时不填。",
    "6. 本表于每月 7 日前报送局办公室;迟报、瞒报、漏报的,计入单位考核。",
  ];
}
