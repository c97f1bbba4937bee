/** Which wenping this is: the version (package.json) and the build, read in one place. */
import { statSync } from "node:fs";
import { createRequire } from "node:module";

/** The version in package.json: what `--version` says and what cache entries are keyed by. */
export const version: string = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;

/**
 * The build of the code: when it was compiled (every build writes this file anew), or "source" when it runs
 * unbuilt. A verdict cached by another build is not trusted.
 */
export function buildStamp(): string {
  try {
    return String(statSync(new URL(import.meta.url)).mtimeMs);
  } catch {
    return "source";
  }
}
