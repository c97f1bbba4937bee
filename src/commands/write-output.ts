/** Writing an output file for a command: atomic, refusing to overwrite without --force, errors in the user's words. */

import type { Stats } from "node:fs";
import { lstat, realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Context } from "../cli/context.js";
import { UserError } from "../errors.js";
import type { Ui } from "../i18n/ui.zh.js";
import { ExistsError, fillWith, writeAtomicWith } from "../util/atomic-write.js";
import { fsCode, inUse, shortPath } from "../util/fs-error.js";

/** The user error for a failed write to `path`: the reason in words, and what became of the file. */
export function writeError(text: Ui, error: unknown, path: string, existed: boolean): UserError {
  if (existed && inUse(error)) return new UserError(text.fs.inUse(path));
  const code = fsCode(error);
  const reason = code ? text.fs.reason(code) : String((error as Error)?.message ?? error);
  return new UserError(text.fs.cannotWrite(shortPath(path), reason, existed));
}

function kind(info: Stats, text: Ui): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return text.fs.kinds.folder;
  if (info.isFIFO()) return text.fs.kinds.fifo;
  if (info.isSocket()) return text.fs.kinds.socket;
  return text.fs.kinds.device;
}

/**
 * Where to write: the file itself, or through a link to the file it points at (the link stays). Anything
 * that is not a regular file or absent (a folder, a pipe, a device) is refused, even with --force.
 */
async function outputTarget(text: Ui, path: string): Promise<{ path: string; existed: boolean }> {
  let info: Stats;
  try {
    info = await lstat(path);
  } catch (error) {
    if (fsCode(error) === "ENOENT") return { path, existed: false };
    throw writeError(text, error, path, false);
  }
  if (info.isSymbolicLink()) {
    const target = await stat(path).catch(() => undefined);
    if (!target) throw new UserError(text.fs.notRegular(path, text.fs.kinds.danglingLink));
    const other = kind(target, text);
    if (other) throw new UserError(text.fs.notRegular(path, other));
    return { path: await realpath(path), existed: true };
  }
  const other = kind(info, text);
  if (other) throw new UserError(text.fs.notRegular(path, other));
  return { path, existed: true };
}

/** Writes the file or throws a UserError (exit 2) that says why and what became of the old file. */
export async function writeOutput(
  context: Context,
  path: string,
  data: Uint8Array | string,
  force: boolean,
): Promise<void> {
  await writeOutputWith(context, path, fillWith(data), force);
}

/** The same for content that `fill` writes into the (new) file named `temp`, e.g. a streamed workbook. */
export async function writeOutputWith(
  context: Context,
  path: string,
  fill: (temp: string) => Promise<void>,
  force: boolean,
): Promise<void> {
  const target = await outputTarget(context.text, path);
  try {
    await writeAtomicWith(target.path, fill, { overwrite: force });
  } catch (error) {
    if (error instanceof ExistsError) throw new UserError(context.text.exists(path));
    throw writeError(context.text, error, path, target.existed);
  }
}

/** Where an output goes: `--out` as typed (from the current folder), else `name` in the workspace's root. */
export function outputPath(context: Context, root: string, out: string | undefined, name: string): string {
  return out !== undefined ? resolve(context.cwd, out) : resolve(root, name);
}

/** `--out -`: the output goes to standard output (SPEC §5; issue 12). */
export const STDOUT = "-";

/**
 * Writes to standard output and waits until it is handed over, so a failed write is seen (main.ts says it).
 * A workbook is not poured onto a terminal.
 */
export function writeStdout(context: Context, data: Uint8Array | string): Promise<void> {
  if (typeof data !== "string" && process.stdout.isTTY) throw new UserError(context.text.fs.binaryToTerminal);
  return new Promise((resolve) => {
    process.stdout.write(data, () => resolve());
  });
}
