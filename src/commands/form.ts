/** `wenping form ID`: the simple-procedure filing form of one item, written atomically. */
import { resolve } from "node:path";
import { chalkStderr } from "chalk";
import { loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK, EXIT_PROBLEMS, UserError } from "../cli/errors.js";
import { formatProblemsText } from "../format/problems-text.js";
import { render } from "../i18n/index.js";
import { writeOutput } from "./write-output.js";

export interface FormOptions {
  context: Context;
  id: string;
  out?: string;
  force: boolean;
}

export async function runForm(options: FormOptions): Promise<number> {
  const { context, id } = options;
  const ws = await loadWorkspace(context);
  const byName = ws.records.find(
    (r) =>
      r.file
        .split("/")
        .pop()
        ?.replace(/\.ya?ml$/i, "") === id,
  );
  const record = ws.records.find((r) => r.item?.id === id) ?? byName;
  if (!record) throw new UserError(context.text.itemNotFound(id));
  if (!record.item) {
    const problems = record.findings.map((f) => render(f, context.lang));
    process.stderr.write(
      `${formatProblemsText([{ file: record.file, problems }], context.text, chalkStderr).join("\n")}\n`,
    );
    return EXIT_PROBLEMS;
  }
  if (record.item.assessment?.procedure !== "simple") throw new UserError(context.text.notSimple(id));
  const out = resolve(options.out !== undefined ? context.cwd : ws.root, options.out ?? `简易程序报备表-${id}.xlsx`);
  const { filingFormWorkbook } = await import("../report/filing-form.js");
  const { workbookBytes } = await import("../report/monthly-workbook.js");
  await writeOutput(
    context,
    out,
    await workbookBytes(filingFormWorkbook(ws.config, record.item, context.asOf)),
    options.force,
  );
  process.stdout.write(`${context.text.wrote(out)}\n`);
  return EXIT_OK;
}
