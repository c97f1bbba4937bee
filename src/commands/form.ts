/** `wenping form ID`: the simple-procedure filing form of one item, written atomically. */
import { resolve } from "node:path";
import { chalkStderr } from "chalk";
import { findRecord, loadRecord, loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK, EXIT_PROBLEMS, UserError } from "../errors.js";
import { formatProblemsText } from "../format/problems-text.js";
import { render } from "../i18n/index.js";
import { STDOUT, writeOutput, writeStdout } from "./write-output.js";

export interface FormOptions {
  context: Context;
  id: string;
  out?: string;
  force: boolean;
}

export async function runForm(options: FormOptions): Promise<number> {
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
  if (procedure === undefined) throw new UserError(context.text.notAssessed(record.item.id));
  if (procedure !== "simple") throw new UserError(context.text.notSimple(record.item.id));
  const name = `简易程序报备表-${record.item.id}.xlsx`; // the id as recorded, however it was typed
  const out = resolve(options.out !== undefined ? context.cwd : ws.root, options.out ?? name);
  const { filingFormWorkbook } = await import("../report/filing-form.js");
  const { workbookBytes } = await import("../report/monthly-workbook.js");
  const bytes = await workbookBytes(filingFormWorkbook(ws.config, record.item, context.asOf));
  if (options.out === STDOUT) {
    await writeStdout(context, bytes);
    return EXIT_OK;
  }
  await writeOutput(context, out, bytes, options.force);
  process.stdout.write(`${context.text.wrote(out)}\n`);
  return EXIT_OK;
}
