/**
 * A default saved into the record is the same whatever the display language: 市委政法委 and 局党组会议 are Chinese
 * institution names in a Chinese record, offered under --lang en too. Driven through the real prompts, in English.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveContext } from "../../src/cli/context.js";
import { runNext } from "../../src/commands/next.js";
import { wizardText } from "../../src/i18n/index.js";
import { inquirerPrompter } from "../../src/wizard/prompter.js";
import { AWAITING_FILE, SIMPLE_ASSESSED } from "../helpers/records.js";
import { type Action, answer, DOWN_ENTER, ENTER, tidyWizard, UP_ENTER, waitFor } from "../helpers/wizard.js";
import { wizardWorkspace } from "../helpers/wizard-workspace.js";

const english = inquirerPrompter(wizardText("en"), () => {});

afterEach(tidyWizard);

const cases: {
  field: string;
  record: string;
  id: string;
  before: [string, Action][];
  prompt: string;
  saved: string;
}[] = [
  {
    field: "filed_with",
    record: AWAITING_FILE,
    id: "JZK-2026-004",
    before: [
      ['Date "examine and file" was completed', "2026-11-10"],
      ['What was done in "examine and file"', ""],
    ],
    prompt: "Filed with",
    saved: "市委政法委",
  },
  {
    field: "decided_by",
    record: SIMPLE_ASSESSED,
    id: "JZK-2026-003",
    before: [
      ["Decision", ENTER], // implement
      ["Record a mitigation measure?", UP_ENTER],
      ["Measure", "publish a guide"],
      ["Responsible unit", ENTER],
      ["Due date", ""],
      ["Record another measure?", ENTER],
      ["Date decided", "2026-11-20"],
    ],
    prompt: "Decided by",
    saved: "局党组会议",
  },
];

describe("stored defaults under --lang en", () => {
  it.each(cases)(
    "offers $saved for $field, and Enter saves it",
    async ({ field, record, id, before, prompt, saved }) => {
      const ws = wizardWorkspace({ [`${id}.yaml`]: record });
      const context = resolveContext({ workspace: ws.dir, asOf: "2026-11-27", lang: "en" }, ws.dir);
      const run = runNext({ context, id, noInput: false, prompter: english });
      for (const [question, action] of before) await answer(question, action);
      await waitFor(prompt);
      await answer(saved, ENTER); // the default is shown with the question
      await answer("Go on", DOWN_ENTER);
      expect(await run).toBe(0);
      expect(readFileSync(join(ws.dir, "records", `${id}.yaml`), "utf8")).toContain(`${field}: ${saved}\n`);
    },
  );
});
