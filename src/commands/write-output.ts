/** Writing an output file for a command: atomic, refusing to overwrite without --force, errors in the user's words. */
import type { Context } from "../cli/context.js";
import { UserError } from "../errors.js";
import { ExistsError, writeFileAtomic } from "../util/atomic-write.js";

/** Writes the file or throws a UserError (exit 2) that says why and that the old file is unchanged. */
export async function writeOutput(
  context: Context,
  path: string,
  data: Uint8Array | string,
  force: boolean,
): Promise<void> {
  try {
    await writeFileAtomic(path, data, { overwrite: force });
  } catch (error) {
    if (error instanceof ExistsError) throw new UserError(context.text.exists(path));
    const e = error as NodeJS.ErrnoException;
    throw new UserError(context.text.cannotWrite(path, e.code ?? e.message));
  }
}
