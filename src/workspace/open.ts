/** Opens a workspace: finds its root, reads and checks `wenping.yaml`, and lists record files. */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Ui } from "../i18n/ui.zh.js";
import type { WorkspaceConfig } from "../model/types.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { sha1 } from "../util/hash.js";
import { ConfigError } from "./config-error.js";
import { CONFIG_FILE, findWorkspace, RECORDS_DIR } from "./find.js";
import { listRecordFiles } from "./list.js";

export interface Workspace {
  root: string;
  config: WorkspaceConfig;
}

/** The build of the checking code: a verdict cached by another build is not trusted. */
function buildStamp(): string {
  try {
    return String(statSync(new URL("./check-config.js", import.meta.url)).mtimeMs);
  } catch {
    return "source";
  }
}

/**
 * The config of a valid wenping.yaml. A verdict for the same bytes and build is kept in .wenping/cache, so a
 * run whose records are all cached need not load the YAML parser and the validators at all.
 */
async function checkedConfig(root: string, text: Ui): Promise<WorkspaceConfig> {
  const path = join(root, CONFIG_FILE);
  const cachePath = join(root, ".wenping", "cache", "config.json");
  let key: string | undefined;
  try {
    key = `${buildStamp()}|${sha1(readFileSync(path))}`;
    const cached = JSON.parse(readFileSync(cachePath, "utf8")) as { key: string; config: WorkspaceConfig };
    if (cached.key === key) return cached.config;
  } catch {
    // no verdict yet (or the config cannot be read: the full check below says so)
  }
  const { readSource } = await import("./source.js");
  const { checkConfig } = await import("./check-config.js");
  const source = await readSource(CONFIG_FILE, path);
  const { config, findings } = checkConfig(source);
  if (!config) throw new ConfigError(text.workspaceProblems(CONFIG_FILE), source.file, source.text, findings);
  if (key) await writeFileAtomic(cachePath, JSON.stringify({ key, config }), { overwrite: true }).catch(() => {});
  return config;
}

/** The workspace of `--workspace` or the current folder; an invalid config throws ConfigError. */
export async function openWorkspace(explicit: string | undefined, cwd: string, text: Ui): Promise<Workspace> {
  const root = findWorkspace(explicit, cwd, text);
  return { root, config: await checkedConfig(root, text) };
}

/** Every record file of the workspace, and the folders under records/ that could not be read. */
export async function workspaceRecordFiles(root: string) {
  return listRecordFiles(join(root, RECORDS_DIR));
}
