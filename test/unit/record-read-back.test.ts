// Cold, on a temporary folder: a record is written only when its text reads back as the record that was checked.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ui, wizardText } from "../../src/i18n/index.js";
import { writeFailure } from "../../src/wizard/end-sitting.js";
import type { WizardContext } from "../../src/wizard/sitting.js";
import { NotReadBackError, readsBackAs, writeRecord } from "../../src/workspace/record-writer.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const RECORD = {
  id: "JZK-2026-001",
  title: "调整临时救助标准",
  risks: [{ title: "群众不理解" }],
  listed_on: "2026-03-02",
};
const TEXT = "id: JZK-2026-001\ntitle: 调整临时救助标准\nrisks:\n  - title: 群众不理解\nlisted_on: 2026-03-02\n";

describe("readsBackAs", () => {
  it("is true for the same data in another key order and with a comment, false when an entry or value differs", () => {
    expect(readsBackAs(`# 记录\nlisted_on: 2026-03-02\n${TEXT.replace("listed_on: 2026-03-02\n", "")}`, RECORD)).toBe(
      true,
    );
    expect(readsBackAs(`${TEXT}  - title: 删掉的风险\n`.replace("listed_on: 2026-03-02\n", ""), RECORD)).toBe(false);
    expect(readsBackAs(TEXT.replace("2026-03-02", "2026-03-20"), RECORD)).toBe(false);
    expect(
      readsBackAs(TEXT.replace("  - title: 群众不理解\n", "  - title: 群众不理解\n  - title: 留下的风险\n"), RECORD),
    ).toBe(false);
  });
});

describe("writeRecord with the record it must hold", () => {
  it("writes a text that reads back as the record, and refuses one that does not, leaving the file as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wenping-readback-"));
    dirs.push(dir);
    const path = join(dir, "JZK-2026-001.yaml");
    await writeRecord(path, TEXT, undefined, RECORD);
    expect(readFileSync(path, "utf8")).toBe(TEXT);
    const left = TEXT.replace("  - title: 群众不理解\n", "  - title: 群众不理解\n  - title: 留下的风险\n");
    await expect(writeRecord(path, left, TEXT, RECORD)).rejects.toBeInstanceOf(NotReadBackError);
    expect(readFileSync(path, "utf8")).toBe(TEXT);
    writeFileSync(join(dir, "other.yaml"), "");
    await expect(writeRecord(join(dir, "JZK-2026-002.yaml"), left, undefined, RECORD)).rejects.toBeInstanceOf(
      NotReadBackError,
    );
    expect(() => readFileSync(join(dir, "JZK-2026-002.yaml"))).toThrow();
  });

  it("is told to the clerk as not saved, a bug, exit 70 — never 已保存", () => {
    const said = writeFailure(new NotReadBackError("x"), "records/2026/JZK-2026-001.yaml", {
      text: wizardText("zh"),
      ui: ui("zh"),
    } as unknown as WizardContext);
    expect(said?.exitCode).toBe(70);
    expect(said?.message).toContain("JZK-2026-001.yaml 没有保存");
  });
});
