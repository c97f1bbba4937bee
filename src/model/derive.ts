/** Facts derived from a record, never stored: completion date, completeness, state (docs/reference/record.md). */
import type { DecisionItem, IsoDate, Step } from "./types.js";
import type { StepName } from "./vocabulary.js";

export type ItemState = "listed" | "assessing" | "assessed" | "decided" | "tracking";

/** The step entry of a given name, if the record has it. */
function stepOf(item: DecisionItem, name: StepName): Step | undefined {
  return item.assessment?.steps?.find((s) => s.step === name);
}

/** `filed_on` (simple) or the date of step `file` (ordinary, special). */
export function completionDate(item: DecisionItem): IsoDate | undefined {
  const a = item.assessment;
  if (!a) return undefined;
  return a.procedure === "simple" ? a.filed_on : stepOf(item, "file")?.date;
}

/** An assessment is complete when it has its completion date and a risk level. */
export function isAssessed(item: DecisionItem): boolean {
  return completionDate(item) !== undefined && item.assessment?.risk_level !== undefined;
}

/** listed → assessing → assessed → decided → tracking. */
export function stateOf(item: DecisionItem): ItemState {
  if (item.decision) return (item.tracking?.length ?? 0) > 0 ? "tracking" : "decided";
  if (isAssessed(item)) return "assessed";
  return item.assessment ? "assessing" : "listed";
}

/** Outcomes that put the decision into effect. */
export function isImplemented(item: DecisionItem): boolean {
  const outcome = item.decision?.outcome;
  return outcome === "implement" || outcome === "implement_after_mitigation";
}
