/** Driving the real @inquirer prompts of the wizard in tests, through @inquirer/testing's screen. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { screen } from "@inquirer/testing/vitest";
import { expect, vi } from "vitest";
import { resolveContext } from "../../src/cli/context.js";
import { wizardText } from "../../src/i18n/index.js";
import { inquirerPrompter } from "../../src/wizard/prompter.js";
import { FIXTURES } from "./check.js";
import { tempDir } from "./cli.js";

/** Removes of the temp workspaces made since the last `tidyWizard`. */
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

export const notes: string[] = [];

/** After each wizard test: its workspaces removed, the notes and the screen cleared, spies restored. */
export function tidyWizard(): void {
  for (const cleanup of made.splice(0)) cleanup();
  notes.length = 0;
  screen.clear();
  vi.restoreAllMocks();
}
/** The real prompter on the test screen; notes are collected instead of printed. */
export const prompter = inquirerPrompter(wizardText("zh"), (line) => notes.push(line));

/**
 * Waits until the screen shows `text`: a condition, polled, with a bound only to end a test that would wait for
 * ever (generous: a loaded CI machine can take seconds to draw the next prompt).
 */
export async function waitFor(text: string, timeoutMs = WAIT_MS): Promise<void> {
  await waitUntil((shown) => shown.includes(text), `prompt "${text}" not shown`, timeoutMs);
}

/** The longest a test waits for the screen to show what it expects. */
const WAIT_MS = 20_000;

/**
 * Waits until a prompt showing `text` is asked, not answered: its frame starts with "?" (an answered one with "✔",
 * and stays on the screen until the next prompt draws). Keys pressed before that went to no prompt: the answer
 * was lost and the test waited on (a question asked again shows the same text both times).
 */
export async function waitForAsked(text: string): Promise<void> {
  await waitUntil((shown) => shown.startsWith("?") && shown.includes(text), `prompt "${text}" not asked`, WAIT_MS);
}

async function waitUntil(shows: (screen: string) => boolean, what: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!shows(screen.getScreen())) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`${what}; screen:\n${screen.getScreen()}\nnotes:\n${notes.slice(-3).join("\n")}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export type Action = string | { keys: (string | { name: string; ctrl?: boolean })[] };

/** Answers a prompt: waits for it, then types text and Enter, or presses keys. */
export async function answer(prompt: string, action: Action): Promise<void> {
  await waitForAsked(prompt);
  // A prompt is drawn before it listens for keys (its key handler is attached on a later tick).
  await new Promise((r) => setTimeout(r, 3));
  if (typeof action === "string") {
    screen.type(action);
    screen.keypress("enter");
  } else {
    for (const key of action.keys) screen.keypress(key);
  }
  // Let the prompt settle (validation is synchronous, but the next prompt starts on a later tick).
  await new Promise((r) => setTimeout(r, 15));
}

export const ENTER: Action = { keys: ["enter"] };
export const DOWN_ENTER: Action = { keys: ["down", "enter"] };
export const UP_ENTER: Action = { keys: ["up", "enter"] };
export { screen };

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

/** Waits for `prompt`, moves a select's cursor down to the line containing `label` (lists scroll) and presses Enter. */
export async function pick(label: string, prompt: string): Promise<void> {
  await waitForAsked(prompt);
  await new Promise((r) => setTimeout(r, 3)); // drawn before it listens, as in `answer`
  const active = () =>
    screen
      .getScreen()
      .split("\n")
      .find((l) => l.trimStart().startsWith("❯")) ?? "";
  for (let i = 0; i < 80 && !active().includes(label); i++) screen.keypress("down");
  expect(active(), screen.getScreen()).toContain(label);
  screen.keypress("enter");
  await new Promise((r) => setTimeout(r, 15));
}
