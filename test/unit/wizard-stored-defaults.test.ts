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
import { answer, DOWN_ENTER, ENTER, UP_ENTER, waitFor, wizardWorkspace } from "../helpers/wizard.js";

const notes: string[] = [];
const english = inquirerPrompter(wizardText("en"), (line) => notes.push(line));

let cleanup: () => void = () => {};
afterEach(() => {
  cleanup();
  notes.length = 0;
});

/** A workspace holding `text` as records/<id>.yaml, and the English context on it. */
function englishWorkspace(id: string, text: string) {
  const ws = wizardWorkspace({ [`${id}.yaml`]: text });
  cleanup = ws.cleanup;
  const context = resolveContext({ workspace: ws.dir, asOf: "2026-11-27", lang: "en" }, ws.dir);
  return { context, path: join(ws.dir, "records", `${id}.yaml`) };
}

describe("stored defaults under --lang en", () => {
  it("offers 市委政法委 as whom the report is filed with, and Enter saves it", async () => {
    const { context, path } = englishWorkspace("JZK-2026-004", AWAITING_FILE);
    const run = runNext({ context, id: "JZK-2026-004", noInput: false, prompter: english });
    await answer('Date "examine and file" was completed', "2026-11-10");
    await answer('What was done in "examine and file"', "");
    await waitFor("Filed with");
    await answer("市委政法委", ENTER);
    await answer("Go on", DOWN_ENTER);
    expect(await run).toBe(0);
    expect(readFileSync(path, "utf8")).toMatch(/filed_with: 市委政法委/);
  });

  it("offers 局党组会议 as who decided, and Enter saves it", async () => {
    const { context, path } = englishWorkspace("JZK-2026-003", SIMPLE_ASSESSED);
    const run = runNext({ context, id: "JZK-2026-003", noInput: false, prompter: english });
    await answer("Decision", ENTER); // implement
    await answer("Record a mitigation measure?", UP_ENTER);
    await answer("Measure", "publish a guide");
    await answer("Responsible unit", ENTER);
    await answer("Due date", "");
    await answer("Record another measure?", ENTER);
    await answer("Date decided", "2026-11-20");
    await waitFor("Decided by");
    await answer("局党组会议", ENTER);
    await answer("Go on", DOWN_ENTER);
    expect(await run).toBe(0);
    expect(readFileSync(path, "utf8")).toMatch(/decided_by: 局党组会议/);
  });
});
