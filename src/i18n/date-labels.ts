/** Dates as Chinese text reads them (年月日), for the workbooks, documents and messages written in Chinese. */

/** `2026年10月`. */
export function monthLabel(month: string): string {
  return `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
}

/** `2026年11月7日`. */
export function dayLabel(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
