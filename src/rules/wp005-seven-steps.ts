import { pointer } from "../diagnostics/finding.js";
import { stepOrder } from "../model/vocabulary.js";
import { defineRule } from "./rule.js";

/** WP005: ordinary and special procedures record the seven steps in order, each once, with no gap. */
export const sevenStepsInOrder = defineRule("WP005", "error", "七步法步骤须齐全、按序、不重复", (item, _c, report) => {
  const a = item.assessment;
  if (!a || a.procedure === "simple") return;
  const seen = new Set<string>();
  let reached = -1; // index in stepOrder of the furthest step so far
  (a.steps ?? []).forEach((entry, i) => {
    const index = stepOrder.indexOf(entry.step);
    if (seen.has(entry.step)) {
      report(pointer("assessment", "steps", i, "step"), { step: entry.step }, { key: "WP005.repeated" });
    } else if (index < reached) {
      report(
        pointer("assessment", "steps", i, "step"),
        { step: entry.step, after: stepOrder[reached] },
        { key: "WP005.order" },
      );
    } else if (index > reached + 1) {
      const missing = stepOrder.slice(reached + 1, index).filter((s) => !seen.has(s));
      report(pointer("assessment", "steps", i, "step"), { step: entry.step, missing }, { key: "WP005.missing" });
    }
    seen.add(entry.step);
    reached = Math.max(reached, index);
  });
});
