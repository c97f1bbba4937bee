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

/** Waits until the active prompt shows `text`. */
export async function waitFor(text: string, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!screen.getScreen().includes(text)) {
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `prompt "${text}" not shown; screen:\n${screen.getScreen()}\nnotes:\n${notes.slice(-3).join("\n")}`,
      );
    await new Promise((r) => setTimeout(r, 5));
  }
}

export type Action = string | { keys: (string | { name: string; ctrl?: boolean })[] };

/** Answers a prompt: waits for it, then types text and Enter, or presses keys. */
export async function answer(prompt: string, action: Action): Promise<void> {
  await waitFor(prompt);
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
  await waitFor(prompt);
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
