import type { Context } from "../cli/context.js";
import { EXIT_OK, EXIT_PROBLEMS, UserError } from "../errors.js";
import { loadItem } from "./load-item.js";
import { outputPath, writeOutput } from "./write-output.js";

/** The options of `wenping draft`. */
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

/** Runs the command; returns the exit code. */
export async function runDraft(options: DraftOptions): Promise<number> {
  const { context, id } = options;
  const loaded = await loadItem(context, id);
  if (!loaded) return EXIT_PROBLEMS;
  const { ws, item } = loaded;
  const procedure = item.assessment?.procedure;
  if (procedure === "simple") throw new UserError(context.text.draftSimple(item.id));
  if (procedure === undefined) throw new UserError(context.text.draftUnassessed(item.id));
  const out = outputPath(context, ws.root, options.out, draftName(item.id));
  // docx is heavy: only this command and the annual report load it.
  const { draftDocument } = await import("../report/draft-document.js");
  const { documentBytes } = await import("../report/document-style.js");
  await writeOutput(context, out, await documentBytes(draftDocument(ws.config, item)), options.force);
  process.stdout.write(`${context.text.wrote(out)}\n`);
  return EXIT_OK;
}
