/** `wenping schema [--out DIR]`: prints or writes the JSON Schemas of the formats. */
import { resolve } from "node:path";
import type { Context } from "../cli/context.js";
import { EXIT_OK } from "../errors.js";
import { allSchemas } from "../schema/definitions.js";
import { STDOUT, writeOutput } from "./write-output.js";

export interface SchemaOptions {
  context: Context;
  out?: string;
}

/** Serialises a schema the way the files in `schemas/` are written. */
export function schemaText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export async function runSchema(options: SchemaOptions): Promise<number> {
  const schemas = allSchemas();
  if (options.out === undefined || options.out === STDOUT) {
    process.stdout.write(`${JSON.stringify(schemas, null, 2)}\n`);
    return EXIT_OK;
  }
  const dir = resolve(options.context.cwd, options.out);
  for (const [name, schema] of Object.entries(schemas)) {
    await writeOutput(options.context, resolve(dir, name), schemaText(schema), true);
  }
  process.stdout.write(`${options.context.text.schemaWritten(dir, Object.keys(schemas))}\n`);
  return EXIT_OK;
}
