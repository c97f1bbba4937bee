import { PassThrough } from "node:stream";
import { loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK, UserError } from "../errors.js";
import { ledgerCsv, ledgerRows } from "../report/ledger.js";
import { outputPath, STDOUT, writeOutput, writeOutputWith, writeStdout } from "./write-output.js";

/** The options of `wenping ledger`. */
export interface LedgerOptions {
  context: Context;
  format: "xlsx" | "csv" | "json";
  year?: string;
  out?: string;
  force: boolean;
}

/** Runs the command; returns the exit code. */
export async function runLedger(options: LedgerOptions): Promise<number> {
  const { context, format, year } = options;
  if (year !== undefined && !/^\d{4}$/.test(year))
    throw new UserError(context.text.badChoice("--year", year, ["YYYY"]));
  const ws = await loadWorkspace(context);
  const items = ws.records.flatMap((r) => (r.summary ? [r.summary] : []));
  const rows = ledgerRows(ws.config, items, context.lang, year);
  const json = () => `${JSON.stringify(ledgerRows(ws.config, items, "raw", year), null, 2)}\n`;
  const text = () => (format === "csv" ? ledgerCsv(rows, context.lang) : json());
  if (options.out === STDOUT || (format !== "xlsx" && options.out === undefined)) {
    if (format !== "xlsx") await writeStdout(context, text());
    else {
      if (process.stdout.isTTY) throw new UserError(context.text.fs.binaryToTerminal);
      const { writeLedgerWorkbook } = await import("../report/ledger-workbook.js");
      // exceljs waits for its stream to finish, which standard output never does: a pass-through in between.
      const pass = new PassThrough();
      const drained = new Promise((resolve) => pass.on("end", resolve));
      pass.pipe(process.stdout, { end: false });
      await writeLedgerWorkbook({ stream: pass }, rows, context.lang, context.asOf, ws.config.organization);
      await drained;
      await writeStdout(context, "");
    }
    return EXIT_OK;
  }
  const out = outputPath(context, ws.root, options.out, `稳评台账${year ? `-${year}` : ""}.${format}`);
  if (format === "xlsx") {
    const { writeLedgerWorkbook } = await import("../report/ledger-workbook.js");
    await writeOutputWith(
      context,
      out,
      (temp) => writeLedgerWorkbook({ filename: temp }, rows, context.lang, context.asOf, ws.config.organization),
      options.force,
    );
  } else await writeOutput(context, out, text(), options.force);
  process.stdout.write(`${context.text.wrote(out)}\n`);
  return EXIT_OK;
}
