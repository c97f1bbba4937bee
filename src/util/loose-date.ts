/** Dates as clerks type them (2021-4-20, 2021/4/20, 2021.4.20, 2021年4月20日, 20210420) → `YYYY-MM-DD`. */
import { isIsoDate } from "./dates.js";

const PATTERNS = [/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/, /^(\d{4})(\d{2})(\d{2})$/];

/** Full-width digits and punctuation from a Chinese input method, as their ASCII forms. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0d\uff0f\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** What a typed date is: a real date, or why not (a month or day the calendar lacks, or not a date at all). */
export type LooseDate =
  | { date: string }
  | { problem: "month"; month: number }
  | { problem: "day"; month: number; day: number }
  | { problem: "form" };

/** Reads a typed date, saying which part is impossible when it looks like a date (2026-13-01, 2026/2/30). */
export function readLooseDate(text: string): LooseDate {
  const plain = halfWidth(text.trim());
  for (const pattern of PATTERNS) {
    const m = pattern.exec(plain);
    if (!m) continue;
    const month = Number(m[2]);
    const day = Number(m[3]);
    const iso = `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
    if (isIsoDate(iso)) return { date: iso };
    if (month < 1 || month > 12) return { problem: "month", month };
    return { problem: "day", month, day };
  }
  return { problem: "form" };
}

/** The ISO date, or undefined when the text is not a real calendar date. */
export function parseLooseDate(text: string): string | undefined {
  const read = readLooseDate(text);
  return "date" in read ? read.date : undefined;
}

/** A count typed with full-width digits (９１２) or plain ones, or undefined when it is not a whole number ≥ 0. */
export function parseCount(text: string): number | undefined {
  const plain = halfWidth(text.trim());
  return /^\d+$/.test(plain) ? Number(plain) : undefined;
}
