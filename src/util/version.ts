/** The tool's version and the stamp of this build: the one place either is read. */
import { statSync } from "node:fs";
import { createRequire } from "node:module";

/** The version in package.json, as `--version` prints it and the caches are keyed by. */
export const version: string = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;

let stamp: string | undefined;

/**
 * When this build was compiled (the time of a compiled file, which every build rewrites): a cache written by
 * another build is not trusted. "source" when running from source (tests), where no compiled file sits here.
 */
export function buildStamp(): string {
  if (stamp === undefined) {
    try {
      stamp = String(statSync(new URL("./version.js", import.meta.url)).mtimeMs);
    } catch {
      stamp = "source";
    }
  }
  return stamp;
}
