import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import chalk from "chalk";
import { afterEach, describe, expect, it } from "vitest";
import { ui, wizardText } from "../../src/i18n/index.js";
import { endSitting } from "../../src/wizard/end-sitting.js";
import { Cancelled } from "../../src/wizard/prompter.js";
import type { WizardContext } from "../../src/wizard/sitting.js";
import { ConflictError } from "../../src/workspace/record-writer.js";
import { fixtureConfig } from "../helpers/check.js";
import { tempDir } from "../helpers/cli.js";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

function context(): WizardContext {
  return {
    config: fixtureConfig(),
    asOf: "2021-06-01",
    today: "2021-06-01",
    lang: "zh",
    text: wizardText("zh"),
    ui: ui("zh"),
    color: chalk,
    existing: [],
    skipped: new Set(["/overview"]),
  };
}

describe("a sitting that cannot finish keeps the clerk's answers", () => {
  const draft = { title: "未写完的事项", unit: "JZK" };

  it("Ctrl-C: a draft, how to resume, exit 130", async () => {
    const { dir, cleanup: c } = tempDir();
    cleanup = c;
    const said: string[] = [];
    const code = await endSitting(
      new Cancelled(),
      draft,
      { root: dir, name: "new", resume: "wenping new --resume" },
      "",
      context(),
      (l) => said.push(l),
    );
    expect(code).toBe(130);
    expect(said.join("")).toContain("wenping new --resume");
    const saved = readFileSync(join(dir, ".wenping", "drafts", "new.yaml"), "utf8");
    expect(saved).toContain("未写完的事项");
    expect(saved).toContain("/overview");
  });

  it("a save refused (someone else saved): exit 2 naming the draft, answers kept", async () => {
    const { dir, cleanup: c } = tempDir();
    cleanup = c;
    const place = { root: dir, name: "BXMZ-2021-001", base: "old text", resume: "wenping next BXMZ-2021-001" };
    const ending = endSitting(new ConflictError("x.yaml"), draft, place, "records/x.yaml", context(), () => {});
    await expect(ending).rejects.toMatchObject({
      exitCode: 2,
      details: [expect.stringContaining("BXMZ-2021-001.yaml")],
    });
    expect(existsSync(join(dir, ".wenping", "drafts", "BXMZ-2021-001.yaml"))).toBe(true);
  });

  it("a bug still surfaces as one (after keeping the answers)", async () => {
    const { dir, cleanup: c } = tempDir();
    cleanup = c;
    const bug = new TypeError("bug");
    await expect(endSitting(bug, draft, { root: dir, name: "new", resume: "" }, "", context(), () => {})).rejects.toBe(
      bug,
    );
    expect(existsSync(join(dir, ".wenping", "drafts", "new.yaml"))).toBe(true);
  });
});
