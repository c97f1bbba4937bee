/** `wenping report annual`: the year's summary (docx) and statistics (xlsx), written beside each other. */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK, UserError } from "../errors.js";
import { openItemsOf, supervisionOf } from "../report/annual-findings.js";
import { annualStats, lastMonthOf } from "../report/annual-stats.js";
import { countsChart, sharesChart } from "../report/charts.js";
import { blockedByMalformed } from "./blocked.js";
import { outputPath, writeOutput } from "./write-output.js";

/** The options of `wenping report annual`. */
export interface AnnualOptions {
  context: Context;
  year?: string;
  out?: string;
  force: boolean;
  allowInvalid: boolean;
}

/** Default names of the two files. */
export function annualNames(year: number): { document: string; workbook: string } {
  return { document: `稳评工作总结-${year}.docx`, workbook: `稳评年度统计-${year}.xlsx` };
}

function checkYear(context: Context, year: string | undefined): number {
  if (year === undefined) return Number(context.asOf.slice(0, 4));
  if (!/^\d{4}$/.test(year)) throw new UserError(context.text.badChoice("--year", year, ["YYYY"]));
  if (lastMonthOf(Number(year), context.asOf) === undefined)
    throw new UserError(context.text.yearNotStarted(year, context.asOf));
  return Number(year);
}

/** Runs the command; returns the exit code. */
export async function runAnnual(options: AnnualOptions): Promise<number> {
  const { context } = options;
  const year = checkYear(context, options.year);
  const ws = await loadWorkspace(context);
  const names = annualNames(year);
  const docPath = outputPath(context, ws.root, options.out, names.document);
  const bookPath = join(dirname(docPath), names.workbook);
  const blocked = blockedByMalformed(context, ws.records, options.allowInvalid);
  if (blocked !== undefined) return blocked;
  // Both or neither: refuse before writing anything rather than leave one new file beside one old one.
  for (const path of [docPath, bookPath]) {
    if (!options.force && existsSync(path)) throw new UserError(context.text.exists(path));
  }
  const items = ws.records.flatMap((r) => (r.summary ? [r.summary] : []));
  const stats = annualStats(ws.config, items, year, context.asOf);
  const supervision = supervisionOf(ws.records, year, context.asOf);
  const open = openItemsOf(
    items.filter((i) => i.listed_on <= `${year}-12-31`),
    context.asOf,
  );
  const leftOut = ws.records.filter((r) => r.malformed).map((r) => r.file);
  const targets = ws.config.targets ?? {};
  const specs = [countsChart(stats), sharesChart(stats, targets.policy_share ?? 0.3, targets.third_party_share ?? 0.5)];
  if (process.stderr.isTTY) process.stderr.write(`${context.text.drawingCharts}\r`);
  // docx, ECharts and resvg are heavy: only this command loads them.
  const { renderChart } = await import("../report/charts-render.js");
  const charts = [];
  for (const spec of specs) charts.push(await renderChart(spec));
  if (process.stderr.isTTY) process.stderr.write("\r\u001b[2K");
  const { annualDocument } = await import("../report/annual-document.js");
  const { documentBytes } = await import("../report/document-style.js");
  const { annualWorkbook } = await import("../report/annual-workbook.js");
  const { workbookBytes } = await import("../report/workbook.js");
  const book = await workbookBytes(annualWorkbook(ws.config, stats, supervision, charts));
  const document = await documentBytes(
    annualDocument({ config: ws.config, stats, supervision, open, charts, leftOut }),
  );
  await writeOutput(context, bookPath, book, options.force);
  process.stdout.write(`${context.text.wrote(bookPath)}\n`);
  await writeOutput(context, docPath, document, options.force);
  process.stdout.write(`${context.text.wrote(docPath)}\n`);
  return EXIT_OK;
}
