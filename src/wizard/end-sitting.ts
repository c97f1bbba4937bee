/** How a sitting ends when it cannot finish: the answers kept as a draft, and what the clerk is told. */
import { EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, UserError } from "../errors.js";
import { idFromFileName } from "../model/record-file.js";
import { ExistsError } from "../util/atomic-write.js";
import { fsCode } from "../util/fs-error.js";
import { LockedError } from "../util/lock.js";
import { CaseClashError, ConflictError, NotReadBackError } from "../workspace/record-writer.js";
import { draftOf, saveDraft } from "./drafts.js";
import { Cancelled } from "./prompter.js";
import type { WizardContext } from "./sitting.js";

/** The user error for `error`, or undefined when it is not a write failure (a bug: let it surface). */
export function writeFailure(
  error: unknown,
  file: string,
  wizard: WizardContext,
  draftNote?: string,
  /** The record was there before (next), or was being created (new). */
  existed = false,
): UserError | undefined {
  const more = draftNote ? [draftNote] : [];
  if (error instanceof ConflictError) return new UserError(wizard.text.changedOnDisk(file), EXIT_USAGE, more);
  if (error instanceof LockedError) return new UserError(wizard.text.locked(file), EXIT_USAGE, more);
  if (error instanceof CaseClashError)
    return new UserError(wizard.ui.fs.caseOnly(file, error.existing), EXIT_USAGE, more);
  if (error instanceof NotReadBackError) return new UserError(wizard.text.notWritten(file), EXIT_INTERNAL, more);
  if (error instanceof ExistsError)
    return new UserError(wizard.text.idInUse(idFromFileName(file.split(/[\\/]/).pop() ?? file), file));
  // Any refusal of the file system, in words (磁盘已满, 只读, 没有权限…), speaking of the record as it was.
  const code = fsCode(error);
  if (code) return new UserError(wizard.ui.fs.cannotWrite(file, wizard.ui.fs.reason(code), existed), EXIT_USAGE, more);
  return undefined;
}

/** Where a sitting's draft goes: `new` before the item exists, else the item's id. */
export interface DraftPlace {
  root: string;
  name: string;
  /** The record's text the draft builds on (for `next`). */
  base?: string;
  /** The command that resumes it. */
  resume: string;
}

/**
 * Ends a sitting that threw: the answers are kept as a draft (when a person gave them), then Ctrl-C is
 * exit 130 with how to resume, a failed write is a clear user error naming the draft, anything else surfaces.
 */
export async function endSitting(
  error: unknown,
  draft: Record<string, unknown>,
  place: DraftPlace,
  file: string,
  wizard: WizardContext,
  say: (line: string) => void,
  interactive = true,
): Promise<number> {
  const record = draftOf(draft, wizard, place.base);
  // A run that lost the race to another save keeps its answers too, even from an answers file (issue 12).
  const keep = interactive || error instanceof ConflictError || error instanceof LockedError;
  const kept = keep ? await saveDraft(place.root, place.name, record).catch(() => undefined) : undefined;
  if (error instanceof Cancelled) {
    say(kept ? wizard.text.draftSaved(kept, place.resume) : wizard.ui.interrupted);
    return EXIT_INTERRUPTED;
  }
  throw (
    writeFailure(error, file, wizard, kept ? wizard.text.draftKept(kept) : undefined, place.base !== undefined) ?? error
  );
}
