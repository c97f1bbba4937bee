/** Drafts: what a clerk answered before Ctrl-C, kept under `.wenping/drafts/` until the sitting is resumed. */
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { writePiecesAtomic } from "../util/atomic-stream.js";
import { writeFileAtomic } from "../util/atomic-write.js";

/** A kept draft: the partial record and what it was started from. */
export interface Draft {
  /** The partial record. */
  record: Record<string, unknown>;
  /** For `next`: the hash of the record file the draft was started from. */
  base?: string;
  /** Optional questions answered with nothing. */
  skipped?: string[];
}

/** Where the draft of `new` (name "new") or of `next ID` lives. */
function draftPath(root: string, name: string): string {
  return join(root, ".wenping", "drafts", `${name}.yaml`);
}

/** A draft as its file holds it. */
const draftText = (draft: Draft): string => stringify(draft, { lineWidth: 0 });

/** Keeps the draft (replacing the one of the same name); returns its path. */
export async function saveDraft(root: string, name: string, draft: Draft): Promise<string> {
  const path = draftPath(root, name);
  await writeFileAtomic(path, draftText(draft), { overwrite: true });
  return path;
}

/**
 * The same, synchronously: for a signal (a closed window, SIGTERM), where the process ends before any
 * promise settles. Written through the same crash-safe temporary file as every other write (util/), so a
 * half-written draft never replaces a whole one.
 */
export function saveDraftSync(root: string, name: string, draft: Draft): string {
  const path = draftPath(root, name);
  writePiecesAtomic(path, [draftText(draft)]);
  return path;
}

/** The draft, or undefined when there is none (or it cannot be read: a draft is never worth an error). */
export async function loadDraft(root: string, name: string): Promise<Draft | undefined> {
  try {
    const data = parse(await readFile(draftPath(root, name), "utf8"), { version: "1.2", schema: "core" }) as Draft;
    return data && typeof data.record === "object" ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The drafts in the workspace, newest first: `new`, `new-2`… (of `new`) and item ids (of `next`). */
export async function listDrafts(root: string): Promise<string[]> {
  const dir = join(root, ".wenping", "drafts");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".yaml"));
  const dated = await Promise.all(
    names.map(async (f) => ({
      name: f.slice(0, -".yaml".length),
      time: (await stat(join(dir, f)).catch(() => undefined))?.mtimeMs ?? 0,
    })),
  );
  return dated.sort((a, b) => b.time - a.time).map((d) => d.name);
}

/** Whether a draft is one of `new` (the item has no id on file yet). */
export const isNewDraft = (name: string): boolean => /^new(-\d+)?$/.test(name);

/** A name for another `new` draft that keeps every existing one. */
export function freshNewDraftName(existing: readonly string[]): string {
  if (!existing.includes("new")) return "new";
  let n = 2;
  while (existing.includes(`new-${n}`)) n++;
  return `new-${n}`;
}

/** Where a draft lives, relative to the workspace (for messages). */
export const draftFile = (name: string): string => join(".wenping", "drafts", `${name}.yaml`);

/** Removes the draft (the sitting it was for is done). */
export async function removeDraft(root: string, name: string): Promise<void> {
  await rm(draftPath(root, name), { force: true });
}
