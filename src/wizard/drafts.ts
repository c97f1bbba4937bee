/** Drafts: what a clerk answered before Ctrl-C, kept under `.wenping/drafts/` until the sitting is resumed. */
import { readdir, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { writePiecesAtomic } from "../util/atomic-stream.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { sha256 } from "../util/hash.js";

/** A kept draft: the partial record and what it was started from. */
export interface Draft {
  /** The partial record. */
  record: Record<string, unknown>;
  /** For `next`: the hash of the record file the draft was started from. */
  base?: string;
  /** Optional questions answered with nothing. */
  skipped?: string[];
  /**
   * Lists (their pointers) whose "another?" was being asked when the sitting was cut: a resumed sitting asks it
   * again. Absent in drafts older than it, which resume as if it had been answered 否.
   */
  open?: string[];
}

/** What a sitting keeps beside its answers: the questions left empty, the lists at "another?". */
export interface DraftMarks {
  skipped?: ReadonlySet<string>;
  open?: ReadonlySet<string>;
}

/** The draft of a sitting: its answers, its marks, and (for `next`) the hash of the record's text it builds on. */
export function draftOf(record: Record<string, unknown>, marks: DraftMarks, base?: string): Draft {
  const open = [...(marks.open ?? [])];
  // YAML leaves an undefined key out: a draft of `new` has no base, and one with no list open no `open`.
  return {
    record,
    base: base === undefined ? undefined : sha256(base),
    skipped: [...(marks.skipped ?? [])],
    open: open.length > 0 ? open : undefined,
  };
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

/** Only the strings of a list read from a draft (a hand-edited one may hold anything). */
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** The draft, or undefined when there is none (or it cannot be read: a draft is never worth an error). */
export async function loadDraft(root: string, name: string): Promise<Draft | undefined> {
  try {
    const data = parse(await readFile(draftPath(root, name), "utf8"), { version: "1.2", schema: "core" }) as Draft;
    if (!data || typeof data.record !== "object" || data.record === null) return undefined;
    return { ...data, skipped: strings(data.skipped), open: strings(data.open) };
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
