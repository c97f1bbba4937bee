/** Where a `new` sitting starts: the draft it resumes (`--resume`), or a fresh one under a name of its own. */
import { UserError } from "../errors.js";
import { ITEM_SCHEMA_ID } from "../schema/definitions.js";
import { draftFile, freshNewDraftName, isNewDraft, listDrafts, loadDraft } from "./drafts.js";
import type { QuestionContext } from "./questions.js";

/** The draft record a `new` sitting starts from, the name its draft is kept under, and its marks (drafts.ts). */
export interface NewStart {
  draft: Record<string, unknown>;
  name: string;
  skipped?: string[];
  open?: string[];
}

/**
 * The newest `new` draft when resuming (a usage error when there is none), else an empty record under a fresh
 * draft name; a person starting afresh is told of a waiting draft.
 */
export async function newDraft(
  root: string,
  wizard: QuestionContext,
  resume: boolean,
  interactive: boolean,
  say: (line: string) => void,
): Promise<NewStart> {
  const drafts = resume || interactive ? await listDrafts(root) : [];
  const mine = drafts.filter(isNewDraft);
  // A new sitting never writes over a waiting draft: it gets a name of its own.
  const fresh = { draft: { schema: ITEM_SCHEMA_ID }, name: freshNewDraftName(drafts) };
  if (resume) {
    const name = mine[0];
    const saved = name === undefined ? undefined : await loadDraft(root, name);
    if (name === undefined || !saved) {
      const others = drafts.filter((d) => !isNewDraft(d));
      throw new UserError(others.length > 0 ? wizard.text.onlyNextDrafts(others) : wizard.text.noDraft);
    }
    say(wizard.text.draftFound(draftFile(name)));
    if (mine.length > 1) say(wizard.text.moreNewDrafts(mine.length - 1));
    return { draft: saved.record, name, skipped: saved.skipped, open: saved.open };
  }
  if (interactive && mine[0] !== undefined) say(wizard.text.newDraftWaiting(draftFile(mine[0]), mine.length));
  return fresh;
}
