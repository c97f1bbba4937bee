/** `wenping schema [--out DIR]`: prints or writes the JSON Schemas of the formats. */
import { resolve } from "node:path";
import type { Context } from "../cli/context.js";
import { EXIT_OK, UserError } from "../errors.js";
import { domainsOf } from "../model/domains.js";
import type { DomainEntry } from "../model/types.js";
import { allSchemas } from "../schema/definitions.js";
import { FileSetError, type SetFile, writeFileSet } from "../util/file-set.js";
import { ConfigError } from "../workspace/config-error.js";
import { openWorkspace } from "../workspace/open.js";
import { STDOUT } from "./write-output.js";

/** The options of `wenping schema`. */
export interface SchemaOptions {
  context: Context;
  out?: string;
}

/** Serialises a schema the way the files in `schemas/` are written. */
export function schemaText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The domains of the workspace run in (editors then offer them), or undefined outside any workspace. */
async function workspaceDomains(context: Context): Promise<readonly DomainEntry[] | undefined> {
  try {
    return domainsOf((await openWorkspace(context.workspace, context.cwd, context.text)).config);
  } catch (error) {
    // Outside a workspace the default list serves; a named workspace that is missing or broken is an error.
    if (context.workspace === undefined && error instanceof UserError && !(error instanceof ConfigError)) {
      return undefined;
    }
    throw error;
  }
}

/** Runs the command; returns the exit code. */
export async function runSchema(options: SchemaOptions): Promise<number> {
  const schemas = allSchemas(await workspaceDomains(options.context));
  if (options.out === undefined || options.out === STDOUT) {
    process.stdout.write(`${JSON.stringify(schemas, null, 2)}\n`);
    return EXIT_OK;
  }
  const text = options.context.text;
  const dir = resolve(options.context.cwd, options.out);
  const files = Object.entries(schemas).map(([name, schema]): SetFile => [name, schemaText(schema)]);
  try {
    // All or none: editors must never find one schema new and the other half-written or old.
    await writeFileSet(dir, files, { overwrite: true });
  } catch (error) {
    if (!(error instanceof FileSetError)) throw error;
    throw new UserError(text.schemaFailed(dir, text.fs.reason(error.code), error.written, error.notWritten));
  }
  process.stdout.write(`${text.schemaWritten(dir, Object.keys(schemas))}\n`);
  return EXIT_OK;
}
