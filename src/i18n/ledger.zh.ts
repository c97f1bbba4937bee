/** 台账工作簿的文字(中文):工作表名、标题和表头上方的说明。 */
import { dayLabel } from "./date-labels.js";

export const zhLedger = {
  sheet: "台账",
  title: "重大决策社会稳定风险评估台账",
  /** The lines above the column labels: who files it and as of when. */
  parts: (organization: string, asOf: string) => [`填报单位:${organization}`, `截至:${dayLabel(asOf)}`],
};

/** The ledger workbook's texts every language has. */
export type LedgerText = typeof zhLedger;
