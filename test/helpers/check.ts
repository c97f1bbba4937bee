/** Test helpers: check record text or fixture folders the way `validate` does, without spawning the binary. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRecords } from "../../src/check/check-records.js";
import { render } from "../../src/i18n/index.js";
import type { ItemSummary } from "../../src/model/summary.js";
import type { DecisionItem, WorkspaceConfig } from "../../src/model/types.js";
import { sourceFromBytes } from "../../src/read/index.js";
import { checkConfig } from "../../src/workspace/check-config.js";
import { displayPath, listRecordFiles } from "../../src/workspace/list.js";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** The fixture workspace's config. */
export function fixtureConfig(): WorkspaceConfig {
  const source = sourceFromBytes("wenping.yaml", readFileSync(join(FIXTURES, "wenping.yaml")));
  const { config } = checkConfig(source);
  if (!config) throw new Error("fixture wenping.yaml is invalid");
  return config;
}

/** Problems (in Chinese) of one record given as text; `fileName` defaults to `<id>.yaml` so WP002 stays quiet. */
export function problemsOf(
  text: string | Uint8Array,
  options: { asOf?: string; fileName?: string; lang?: "zh" | "en" } = {},
) {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  const id = /^id:\s*(\S+)/m.exec(bytes.toString())?.[1] ?? "X";
  const file = options.fileName ?? `${id}.yaml`;
  const [record] = checkRecords([{ file, abs: `/virtual/${file}`, bytes }], {
    config: fixtureConfig(),
    asOf: options.asOf ?? "2021-12-31",
  });
  return (record?.findings ?? []).map((f) => render(f, options.lang ?? "zh"));
}

/** Every record of a fixture folder, checked together, with problems rendered. */
export async function checkFolder(dir: string, asOf = "2021-12-31") {
  const { files } = await listRecordFiles(dir);
  const inputs = files.map((abs) => ({ file: displayPath(FIXTURES, abs), abs, bytes: readFileSync(abs) }));
  const records = checkRecords(inputs, { config: fixtureConfig(), asOf });
  return records.map((r, i) => ({
    file: r.file,
    abs: files[i] as string,
    problems: r.findings.map((f) => render(f, "zh")),
  }));
}

/** An item (BXMZ-2021-007) just put on the plan list: no assessment, no decision yet; rule tests add the rest. */
export function listedItem(): DecisionItem {
  return {
    schema: "wenping/decision-item@1",
    id: "BXMZ-2021-007",
    title: "调整标准",
    unit: "JZK",
    category: "policy",
    domain: "basic_livelihood",
    initial_risk: "medium",
    listed_on: "2021-03-02",
  };
}

/** The summary of a policy item of JZK completed on `completed_on` (2026-02-10 unless given), as reports count it. */
export function completedSummary(id: string, completed_on = "2026-02-10"): ItemSummary {
  return {
    id,
    title: id,
    unit: "JZK",
    category: "policy",
    listed_on: "2025-01-01",
    completed_on,
    assessed: true,
    state: "assessed",
  };
}
