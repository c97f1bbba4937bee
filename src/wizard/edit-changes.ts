/** What an edit changed, a line per answer, said before 已保存: a change by position (an answers file) is never silent. */
import { fieldName } from "../schema/field-label.js";
import { answersByPointer, getAt } from "../util/pointer-data.js";
import type { WizardContext } from "./sitting.js";

/** The answers that differ between the record as it was and as it will be saved: `label: old → new`. */
export function changeLines(before: unknown, after: unknown, wizard: WizardContext): string[] {
  const t = wizard.text;
  const show = (value: unknown) =>
    value === undefined ? t.empty : Array.isArray(value) ? t.list(value.map(String)) : String(value);
  const pointers = [...new Set([...answersByPointer(after), ...answersByPointer(before)].map(([p]) => p))];
  return pointers.flatMap((pointer) => {
    const was = getAt(before, pointer);
    const now = getAt(after, pointer);
    if (JSON.stringify(was) === JSON.stringify(now)) return [];
    return [`  ${t.fieldLabel(fieldName(pointer))}: ${show(was)} → ${show(now)}`];
  });
}
