// In-process: how edit's menu shows an answer already saved, in the clerk's words.
import { describe, expect, it } from "vitest";
import { wizardText } from "../../src/i18n/index.js";
import { shownValue } from "../../src/wizard/edit-questions.js";
import type { Question } from "../../src/wizard/questions.js";

const yesNo = { kind: "yesno", path: "/assessment/feasibility_study", message: "是否纳入可行性研究?" } as Question;

describe("shownValue", () => {
  it.each(["zh", "en"] as const)("a yes/no answer reads as the catalogue's words (%s), not as a tick", (lang) => {
    const text = wizardText(lang);
    expect(shownValue(yesNo, { assessment: { feasibility_study: true } }, text)).toBe(text.yes);
    expect(shownValue(yesNo, { assessment: { feasibility_study: false } }, text)).toBe(text.no);
    expect(shownValue(yesNo, {}, text)).toBe(text.empty);
  });
});
