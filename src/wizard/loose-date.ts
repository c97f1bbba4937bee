/** Dates as clerks type them (2021-4-20, 2021/4/20, 2021.4.20, 2021年4月20日, 20210420) → `YYYY-MM-DD`. */
import { isIsoDate } from "../util/dates.js";

const PATTERNS = [/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/, /^(\d{4})(\d{2})(\d{2})$/];

/** The ISO date, or undefined when the text is not a real calendar date. */
export function parseLooseDate(text: string): string | undefined {
  // Full-width digits and punctuation from a Chinese input method count as their ASCII forms.
  const plain = text
    .trim()
    .replace(/[\uff10-\uff19\uff0d\uff0f\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const pattern of PATTERNS) {
    const m = pattern.exec(plain);
    if (!m) continue;
    const iso = `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
    return isIsoDate(iso) ? iso : undefined;
  }
  return undefined;
}
