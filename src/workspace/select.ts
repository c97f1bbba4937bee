/** Turns `validate` arguments (files, folders, globs, "-") into the files to check. */
import { statSync } from "node:fs";
import { resolve, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { UserError } from "../errors.js";
import type { Ui } from "../i18n/ui.zh.js";
import { listRecordFiles } from "./list.js";

export interface Selection {
  /** Absolute paths, in path order, without repeats. */
  files: string[];
  /** Folders that could not be read. */
  unreadable: string[];
  stdin: boolean;
}

/** Files named by the arguments; a name that is neither a file, a folder nor a matching glob is a usage error. */
export async function selectFiles(args: readonly string[], cwd: string, text: Ui): Promise<Selection> {
  const files = new Set<string>();
  const unreadable: string[] = [];
  let stdin = false;
  for (const arg of args) {
    if (arg === "-") {
      stdin = true;
      continue;
    }
    const abs = resolve(cwd, arg);
    const info = statSync(abs, { throwIfNoEntry: false });
    if (info?.isDirectory()) {
      const listing = await listRecordFiles(abs);
      for (const f of listing.files) files.add(f);
      unreadable.push(...listing.unreadable);
    } else if (info) {
      files.add(abs);
    } else if (isDynamicPattern(arg.split(sep).join("/"))) {
      // Windows shells do not expand globs, so the tool does.
      const matches = await glob(arg.split(sep).join("/"), { cwd, absolute: true, onlyFiles: true });
      if (matches.length === 0) throw new UserError(text.noMatch(arg));
      for (const m of matches) files.add(resolve(m));
    } else {
      throw new UserError(text.pathNotFound(arg));
    }
  }
  const sorted = [...files].sort((a, b) => (a.split(sep).join("/") < b.split(sep).join("/") ? -1 : 1));
  return { files: sorted, unreadable, stdin };
}
