/** Drafts: what a clerk answered before Ctrl-C, kept under `.wenping/drafts/` until the sitting is resumed. */
import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { writeFileAtomic } from "../util/atomic-write.js";

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

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export async function saveDraft(root: string, name: string, draft: Draft): Promise<string> {
  const path = draftPath(root, name);
  await writeFileAtomic(path, stringify(draft, { lineWidth: 0 }), { overwrite: true });
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

export async function removeDraft(root: string, name: string): Promise<void> {
  await rm(draftPath(root, name), { force: true });
}
