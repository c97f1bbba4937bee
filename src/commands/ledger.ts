/** `wenping ledger`: the ledger of all items as xlsx (a file), CSV or JSON (stdout, or --out). */
import { resolve } from "node:path";
import { loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK, UserError } from "../cli/errors.js";
import { ledgerCsv, ledgerRows } from "../report/ledger.js";
import { writeOutput } from "./write-output.js";

export interface LedgerOptions {
  context: Context;
  format: "xlsx" | "csv" | "json";
  year?: string;
  out?: string;
  force: boolean;
}

export async function runLedger(options: LedgerOptions): Promise<number> {
  const { context, format, year } = options;
  if (year !== undefined && !/^\d{4}$/.test(year))
    throw new UserError(context.text.badChoice("--year", year, ["YYYY"]));
  const ws = await loadWorkspace(context);
  const items = ws.records.flatMap((r) => (r.summary ? [r.summary] : []));
  const rows = ledgerRows(ws.config, items, context.lang, year);
  const json = () => `${JSON.stringify(ledgerRows(ws.config, items, "raw", year), null, 2)}\n`;
  if (format === "xlsx" || options.out !== undefined) {
    const name = options.out ?? `稳评台账${year ? `-${year}` : ""}.${format}`;
    const out = resolve(options.out !== undefined ? context.cwd : ws.root, name);
    let data: Uint8Array | string;
    if (format === "xlsx") {
      const { ledgerWorkbook } = await import("../report/ledger-workbook.js");
      const { workbookBytes } = await import("../report/monthly-workbook.js");
      data = await workbookBytes(ledgerWorkbook(rows, context.lang, context.asOf, ws.config.organization));
    } else {
      data = format === "csv" ? ledgerCsv(rows, context.lang) : json();
    }
    await writeOutput(context, out, data, options.force);
    process.stdout.write(`${context.text.wrote(out)}\n`);
  } else {
    process.stdout.write(format === "csv" ? ledgerCsv(rows, context.lang) : json());
  }
  return EXIT_OK;
}
