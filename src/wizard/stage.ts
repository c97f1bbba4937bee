/** Where an item stands and what the wizard asks next: derived from the record, never stored. */

import type { WizardText } from "../i18n/wizard.zh.js";
import { isAssessed } from "../model/derive.js";
import type { DecisionItem } from "../model/types.js";
import { outcomes, riskLevels, type StepName, stepOrder, steps } from "../model/vocabulary.js";

/** A stage: a group of questions asked and written together. */
export type Stage =
  | { kind: "setup" }
  | { kind: "simple" }
  | { kind: "step"; step: StepName; index: number }
  | { kind: "conclusion" }
  | { kind: "decision" }
  | { kind: "tracking"; index: number };

/** The next thing to record for an item. */
export function stageOf(item: DecisionItem): Stage {
  const a = item.assessment;
  if (!a) return { kind: "setup" };
  if (!item.decision) {
    if (isAssessed(item)) return { kind: "decision" };
    if (a.procedure === "simple") return { kind: "simple" };
    const done = new Set((a.steps ?? []).map((s) => s.step));
    const next = stepOrder.find((s) => !done.has(s));
    if (next) return { kind: "step", step: next, index: a.steps?.length ?? 0 };
    return { kind: "conclusion" };
  }
  return { kind: "tracking", index: item.tracking?.length ?? 0 };
}

/** What comes next, in a few words ("下一步:分析论证"). */
export function stageName(stage: Stage, text: WizardText, lang: "zh" | "en"): string {
  const p = text.stage;
  if (stage.kind === "step") return p.step(steps[stage.step][lang]);
  if (stage.kind === "tracking") return p.tracking;
  return p[stage.kind];
}

/** Where the item stands ("已完成 3/7 步,下一步:分析论证"). */
export function standing(item: DecisionItem, text: WizardText, lang: "zh" | "en"): string {
  const s = text.stand;
  const stage = stageOf(item);
  switch (stage.kind) {
    case "setup":
      return s.listed;
    case "simple":
      return s.simple;
    case "step":
      return s.steps(item.assessment?.steps?.length ?? 0, steps[stage.step][lang]);
    case "conclusion":
      return s.conclusion;
    case "decision":
      return s.assessed(riskLevels[item.assessment?.risk_level ?? "low"][lang]);
    case "tracking": {
      const n = item.tracking?.length ?? 0;
      return n === 0 ? s.decided(outcomes[item.decision?.outcome ?? "implement"][lang]) : s.tracking(n);
    }
  }
}

/** The heading of a stage: the item, and where in the procedure ("第 3 步/共 7 步:分析论证"). */
export function stageHeading(item: DecisionItem, stage: Stage, text: WizardText, lang: "zh" | "en"): string {
  const place =
    stage.kind === "step"
      ? text.stepOf(stepOrder.indexOf(stage.step) + 1, stepOrder.length, steps[stage.step][lang])
      : stageName(stage, text, lang);
  return text.heading(item.id, item.title, place);
}
