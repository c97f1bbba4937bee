/** `wenping draft ID`: the assessment report draft of a seven-step item, written atomically. */
import { resolve } from "node:path";
import { chalkStderr } from "chalk";
import { findRecord, loadRecord, loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK, EXIT_PROBLEMS, UserError } from "../errors.js";
import { formatProblemsText } from "../format/problems-text.js";
import { render } from "../i18n/index.js";
import { writeOutput } from "./write-output.js";

export interface DraftOptions {
  context: Context;
  id: string;
  out?: string;
  force: boolean;
}

/** The default file name of an item's draft. */
export function draftName(id: string): string {
  return `${id}-社会稳定风险评估报告.docx`;
}

export async function runDraft(options: DraftOptions): Promise<number> {
  const { context, id } = options;
  const ws = await loadWorkspace(context);
  const found = findRecord(ws, id);
  if (!found) throw new UserError(context.text.itemNotFound(id));
  const { checked: record } = await loadRecord(ws, found, context.asOf);
  if (!record.item) {
    const problems = record.findings.map((f) => render(f, context.lang));
    const entry = { file: record.file, problems, ...(record.text !== undefined ? { text: record.text } : {}) };
    process.stderr.write(`${formatProblemsText([entry], context.text, chalkStderr).join("\n")}\n`);
    return EXIT_PROBLEMS;
  }
  const procedure = record.item.assessment?.procedure;
  if (procedure === "simple") throw new UserError(context.text.draftSimple(record.item.id));
  if (procedure === undefined) throw new UserError(context.text.draftUnassessed(record.item.id));
  const out = resolve(options.out !== undefined ? context.cwd : ws.root, options.out ?? draftName(record.item.id));
  // docx is heavy: only this command and the annual report load it.
  const { draftDocument } = await import("../report/draft-document.js");
  const { documentBytes } = await import("../report/document-style.js");
  await writeOutput(context, out, await documentBytes(draftDocument(ws.config, record.item)), options.force);
  process.stdout.write(`${context.text.wrote(out)}\n`);
  return EXIT_OK;
}
