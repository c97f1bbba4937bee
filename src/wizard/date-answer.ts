/** A typed date as the wizard takes it: the date, or the message that says what is wrong with it. */
import type { WizardText } from "../i18n/wizard.zh.js";
import { readLooseDate } from "../util/loose-date.js";

/** `{ value }` for a real date; otherwise the error names the impossible month or day, or the expected form. */
export function dateAnswer(typed: string, t: WizardText): { value?: string; error?: string } {
  const read = readLooseDate(typed);
  if ("date" in read) return { value: read.date };
  if (read.problem === "month") return { error: t.noSuchMonth(read.month) };
  if (read.problem === "day") return { error: t.noSuchDay(read.month, read.day) };
  return { error: t.badDate };
}
