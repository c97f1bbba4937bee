/** Finds the workspace root: the nearest folder at or above the start that holds `wenping.yaml`. */
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { UserError } from "../errors.js";
import type { Ui } from "../i18n/ui.zh.js";

export const CONFIG_FILE = "wenping.yaml";
export const RECORDS_DIR = "records";

/** The workspace root for `--workspace DIR` (which must hold wenping.yaml) or by walking up from `cwd`. */
export function findWorkspace(explicit: string | undefined, cwd: string, text: Ui): string {
  if (explicit !== undefined) {
    const root = resolve(cwd, explicit);
    if (!existsSync(join(root, CONFIG_FILE))) throw new UserError(text.workspaceMissing(root));
    return root;
  }
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new UserError(text.workspaceNotFound(resolve(cwd)));
    dir = parent;
  }
}

/**
 * The workspace whose `records/` holds `dir`, if any: a workspace made there would have its own files (the sample,
 * wenping.yaml) read as records of the outer one, and counted.
 */
export function enclosingRecords(dir: string): string | undefined {
  for (let parent = dirname(dir), child = dir; parent !== child; child = parent, parent = dirname(parent)) {
    if (!existsSync(join(parent, CONFIG_FILE))) continue;
    const inside = relative(join(parent, RECORDS_DIR), dir);
    if (inside === "" || (!inside.startsWith("..") && !inside.startsWith(sep) && !/^[A-Za-z]:/.test(inside))) {
      return parent;
    }
    return undefined;
  }
  return undefined;
}
