/** Temporary workspaces for the wizard tests, and the records the wizard leaves in them. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { resolveContext } from "../../src/cli/context.js";
import { FIXTURES } from "./check.js";
import { tempDir } from "./cli.js";

/** Removes of the temp workspaces made since the last `removeWorkspaces`. */
const made: (() => void)[] = [];

/** A temp workspace with the fixture config and the given records (removed by `tidyWizard`). */
export function wizardWorkspace(records: Record<string, string> = {}) {
  const { dir, cleanup } = tempDir();
  made.push(cleanup);
  writeFileSync(join(dir, "wenping.yaml"), readFileSync(join(FIXTURES, "wenping.yaml")));
  for (const [name, text] of Object.entries(records)) {
    const path = join(dir, "records", name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
  }
  return { dir, cleanup, context: resolveContext({ workspace: dir, asOf: "2026-11-27" }, dir) };
}

/** Removes the workspaces made so far (after each test, by `tidyWizard`). */
export function removeWorkspaces(): void {
  for (const cleanup of made.splice(0)) cleanup();
}

/** The record files under `records/` of a workspace, relative to it, sorted. */
export function recordFiles(dir: string): string[] {
  return readdirSync(join(dir, "records"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
}

/** The text of the workspace's one record (the test fails when there is not exactly one). */
export function onlyRecord(dir: string): { path: string; text: string } {
  const files = recordFiles(dir);
  expect(files).toHaveLength(1);
  const path = join(dir, "records", files[0] as string);
  return { path, text: readFileSync(path, "utf8") };
}
