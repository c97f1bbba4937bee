/** Opens a workspace: finds its root, reads and checks `wenping.yaml`, and reads record files. */
import { join } from "node:path";
import { checkConfig } from "../check/check-config.js";
import { ConfigError } from "../cli/errors.js";
import type { Ui } from "../i18n/ui.zh.js";
import type { WorkspaceConfig } from "../model/types.js";
import { CONFIG_FILE, findWorkspace, RECORDS_DIR } from "./find.js";
import { displayPath, listRecordFiles } from "./list.js";
import { readSource, type Source } from "./source.js";

export interface Workspace {
  root: string;
  config: WorkspaceConfig;
}

/** The workspace of `--workspace` or the current folder; an invalid config throws ConfigError. */
export async function openWorkspace(explicit: string | undefined, cwd: string, text: Ui): Promise<Workspace> {
  const root = findWorkspace(explicit, cwd, text);
  const source = await readSource(CONFIG_FILE, join(root, CONFIG_FILE));
  const { config, findings } = checkConfig(source);
  if (!config) throw new ConfigError(text.workspaceProblems(CONFIG_FILE), source.file, source.text, findings);
  return { root, config };
}

/** Reads files with bounded parallelism, reporting progress after each. */
export async function readSources(
  root: string,
  files: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<Source[]> {
  const out: Source[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const abs = files[i] as string;
      out[i] = await readSource(displayPath(root, abs), abs);
      onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
  return out;
}

/** Every record file of the workspace, and the folders under records/ that could not be read. */
export async function workspaceRecordFiles(root: string) {
  return listRecordFiles(join(root, RECORDS_DIR));
}
