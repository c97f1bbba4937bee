import type { Context } from "../cli/context.js";
import { EXIT_OK, EXIT_PROBLEMS, UserError } from "../errors.js";
import { loadItem } from "./load-item.js";
import { outputPath, STDOUT, writeOutput, writeStdout } from "./write-output.js";

/** The options of `wenping form`. */
export interface FormOptions {
  context: Context;
  id: string;
  out?: string;
  force: boolean;
}

/** Runs the command; returns the exit code. */
export async function runForm(options: FormOptions): Promise<number> {
  const { context, id } = options;
  const loaded = await loadItem(context, id);
  if (!loaded) return EXIT_PROBLEMS;
  const { ws, item } = loaded;
  const procedure = item.assessment?.procedure;
  if (procedure === undefined) throw new UserError(context.text.notAssessed(item.id));
  if (procedure !== "simple") throw new UserError(context.text.notSimple(item.id));
  const name = `简易程序报备表-${item.id}.xlsx`; // the id as recorded, however it was typed
  const out = outputPath(context, ws.root, options.out, name);
  const { filingFormWorkbook } = await import("../report/filing-form.js");
  const { workbookBytes } = await import("../report/workbook.js");
  const bytes = await workbookBytes(filingFormWorkbook(ws.config, item, context.asOf));
  if (options.out === STDOUT) {
    await writeStdout(context, bytes);
    return EXIT_OK;
  }
  await writeOutput(context, out, bytes, options.force);
  process.stdout.write(`${context.text.wrote(out)}\n`);
  return EXIT_OK;
}
