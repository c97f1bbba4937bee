/** Finds the workspace root: the nearest folder at or above the start that holds `wenping.yaml`. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
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
