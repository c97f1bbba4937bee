/** `wenping init [DIR]`: a ready workspace — config, an empty records/, a sample outside it, the schemas, editor settings. */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Context } from "../cli/context.js";
import { EXIT_OK, UserError } from "../errors.js";
import { idFromFileName } from "../model/record-file.js";
import { allSchemas } from "../schema/definitions.js";
import { today } from "../util/dates.js";
import { FileSetError, type SetFile, writeFileSet } from "../util/file-set.js";
import { CONFIG_FILE, enclosingRecords, RECORDS_DIR } from "../workspace/find.js";
import { configTemplate, editorSettingsTemplate, exampleRecordTemplate, SAMPLE_DIR } from "../workspace/templates.js";
import { schemaText } from "./schema.js";

/** The options of `wenping init`. */
export interface InitOptions {
  context: Context;
  dir: string;
}

/** The files of a new workspace, `wenping.yaml` last: until it is in place the folder is no workspace. */
function workspaceFiles(sample: string, year: string): SetFile[] {
  return [
    [`${RECORDS_DIR}/`, ""],
    [sample, exampleRecordTemplate(idFromFileName(sample.split("/").pop() ?? ""), year)],
    ...Object.entries(allSchemas()).map(([name, schema]): SetFile => [`schemas/${name}`, schemaText(schema)]),
    [".vscode/settings.json", editorSettingsTemplate()],
    [CONFIG_FILE, configTemplate()],
  ];
}

/** Runs the command; returns the exit code. */
export async function runInit({ context, dir }: InitOptions): Promise<number> {
  const root = resolve(context.cwd, dir);
  const text = context.text;
  if (existsSync(join(root, CONFIG_FILE))) throw new UserError(text.initExists(root));
  const outer = enclosingRecords(root);
  if (outer !== undefined) throw new UserError(text.initInsideRecords(root, outer));
  // The sample lies in last year, so none of its dates is ever after today (WP018).
  const year = String(Number(today().slice(0, 4)) - 1);
  const sample = `${SAMPLE_DIR}/SAMPLE-${year}-001.yaml`;
  try {
    const { kept } = await writeFileSet(root, workspaceFiles(sample, year), { overwrite: false });
    if (kept.length > 0) process.stdout.write(`${text.initKept(kept)}\n`);
  } catch (error) {
    if (!(error instanceof FileSetError)) throw error;
    throw new UserError(text.initFailed(root, text.fs.reason(error.code), error.written, error.notWritten));
  }
  process.stdout.write(`${text.initDone(root, sample)}\n`);
  return EXIT_OK;
}
