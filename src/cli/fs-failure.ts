/** The file system's own refusals (EACCES, ENOTDIR, ENAMETOOLONG, …) said in words: the user's to fix, not bugs. */
import type { Ui } from "../i18n/ui.zh.js";
import { fsCode, shortPath } from "../util/fs-error.js";

/** The line to print for a file-system error that reached the top (exit 2), or undefined when it is not one. */
export function fsFailure(error: unknown, text: Ui): string | undefined {
  const code = fsCode(error);
  if (!code) return undefined;
  const path = (error as NodeJS.ErrnoException).path;
  const reason = text.fs.reason(code);
  return path ? text.fs.failed(shortPath(path), reason) : reason;
}
