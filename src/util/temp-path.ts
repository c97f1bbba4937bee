/** The name of a file being written before it takes its real name: one for every crash-safe write. */
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

/**
 * A fresh hidden name beside `path` (the same folder, so renaming it onto `path` is atomic), unique to this process
 * and call: `.name.pid.random.tmp`.
 */
export function tempPathBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}
