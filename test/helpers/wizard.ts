/** Driving the real @inquirer prompts of the wizard in tests, through @inquirer/testing's screen. */
import { screen } from "@inquirer/testing/vitest";
import { expect, vi } from "vitest";
import { wizardText } from "../../src/i18n/index.js";
import { inquirerPrompter } from "../../src/wizard/prompter.js";
import { removeWorkspaces } from "./wizard-workspace.js";

export const notes: string[] = [];

/** After each wizard test: its workspaces removed, the notes and the screen cleared, spies restored. */
export function tidyWizard(): void {
  removeWorkspaces();
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
