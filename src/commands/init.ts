/** `wenping init [DIR]`: a ready workspace with example config, an example record, the schemas and editor settings. */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Context } from "../cli/context.js";
import { EXIT_OK, UserError } from "../errors.js";
import { allSchemas } from "../schema/definitions.js";
import { ensureDir } from "../util/ensure-dir.js";
import { CONFIG_FILE, RECORDS_DIR } from "../workspace/find.js";
import { configTemplate, editorSettingsTemplate, exampleRecordTemplate } from "../workspace/templates.js";
import { schemaText } from "./schema.js";
import { writeOutput } from "./write-output.js";

export interface InitOptions {
  context: Context;
  dir: string;
}

export async function runInit({ context, dir }: InitOptions): Promise<number> {
  const root = resolve(context.cwd, dir);
  if (existsSync(join(root, CONFIG_FILE))) throw new UserError(context.text.initExists(root));
  const year = context.asOf.slice(0, 4);
  const id = `BXMZ-${year}-001`;
  const files: [string, string][] = [
    [CONFIG_FILE, configTemplate()],
    [join(RECORDS_DIR, `${id}.yaml`), exampleRecordTemplate(id, year)],
    [join(".vscode", "settings.json"), editorSettingsTemplate()],
    ...Object.entries(allSchemas()).map(([name, schema]): [string, string] => [
      join("schemas", name),
      schemaText(schema),
    ]),
  ];
  try {
    ensureDir(join(root, RECORDS_DIR));
  } catch (error) {
    throw new UserError(context.text.cannotWrite(root, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  for (const [name, content] of files) {
    // Never clobber a file the clerk already has (e.g. their own editor settings).
    if (!existsSync(join(root, name))) await writeOutput(context, join(root, name), content, false);
  }
  process.stdout.write(`${context.text.initDone(root)}\n`);
  return EXIT_OK;
}
