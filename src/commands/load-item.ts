/** One item of the workspace for the commands that write a document of it (form, draft). */
import { chalkStderr } from "chalk";
import { findRecord, type LoadedWorkspace, loadRecord, loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { UserError } from "../errors.js";
import { formatProblemsText } from "../format/problems-text.js";
import { render } from "../i18n/index.js";
import type { DecisionItem } from "../model/types.js";

/**
 * The workspace and the item `id` read in full, or undefined after printing why the record cannot be read as an
 * item (its problems, with code frames): the caller then exits 1. An unknown id is a usage error (exit 2).
 */
export async function loadItem(
  context: Context,
  id: string,
): Promise<{ ws: LoadedWorkspace; item: DecisionItem } | undefined> {
  const ws = await loadWorkspace(context);
  const found = findRecord(ws, id);
  if (!found) throw new UserError(context.text.itemNotFound(id));
  const { checked: record } = await loadRecord(ws, found, context.asOf);
  if (record.item) return { ws, item: record.item };
  const problems = record.findings.map((f) => render(f, context.lang));
  const entry = { file: record.file, problems, text: record.text };
  process.stderr.write(`${formatProblemsText([entry], context.text, chalkStderr).join("\n")}\n`);
  return undefined;
}
