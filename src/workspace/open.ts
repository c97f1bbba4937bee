/** Opens a workspace: finds its root, reads and checks `wenping.yaml`, and lists record files. */
import { join } from "node:path";
import type { Ui } from "../i18n/ui.zh.js";
import type { WorkspaceConfig } from "../model/types.js";
import { readOwnFile, readRecordFile } from "../read/text.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { sha1 } from "../util/hash.js";
import { buildStamp } from "../util/version.js";
import { ConfigError } from "./config-error.js";
import { CONFIG_FILE, findWorkspace, RECORDS_DIR } from "./find.js";
import { listRecordFiles } from "./list.js";

export interface Workspace {
  root: string;
  config: WorkspaceConfig;
}

/** The checksum a config cache entry carries: an entry whose content does not match it is not trusted. */
function configSum(key: string, config: unknown): string {
  return sha1(Buffer.from(`${key}\n${JSON.stringify(config)}`));
}

/** The cached config for `key`, when the cache file holds one whose checksum matches; any doubt is a miss. */
function cachedConfig(cachePath: string, key: string): WorkspaceConfig | undefined {
  try {
    const bytes = readOwnFile(cachePath);
    if (bytes === undefined) return undefined;
    const cached = JSON.parse(bytes.toString("utf8")) as { key?: unknown; sum?: unknown; config?: unknown };
    if (cached?.key !== key || cached.config === null || typeof cached.config !== "object") return undefined;
    return cached.sum === configSum(key, cached.config) ? (cached.config as WorkspaceConfig) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The config of a valid wenping.yaml. A verdict for the same bytes and build is kept in .wenping/cache, so a
 * run whose records are all cached need not load the YAML parser and the validators at all. Without
 * `useCache` (--no-cache) no cache file is read or written.
 */
async function checkedConfig(root: string, text: Ui, useCache: boolean): Promise<WorkspaceConfig> {
  const path = join(root, CONFIG_FILE);
  const cachePath = join(root, ".wenping", "cache", "config.json");
  let key: string | undefined;
  if (useCache) {
    // Read through the bounded reader: an oversized or odd wenping.yaml gets no key, and the check says why.
    const read = readRecordFile(path);
    key = "bytes" in read ? `${buildStamp()}|${sha1(read.bytes)}` : undefined;
    const cached = key === undefined ? undefined : cachedConfig(cachePath, key);
    if (cached) return cached;
  }
  const { checkConfig } = await import("./check-config.js");
  const { readSource } = await import("../read/index.js"); // parsing loads only when the config cache misses
  const source = await readSource(CONFIG_FILE, path);
  const { config, findings } = checkConfig(source);
  if (!config) throw new ConfigError(text.workspaceProblems(CONFIG_FILE), source.file, source.text, findings);
  if (key) {
    const entry = JSON.stringify({ key, sum: configSum(key, config), config });
    await writeFileAtomic(cachePath, entry, { overwrite: true }).catch(() => {});
  }
  return config;
}

/** The workspace of `--workspace` or the current folder; an invalid config throws ConfigError. */
export async function openWorkspace(
  explicit: string | undefined,
  cwd: string,
  text: Ui,
  useCache = true,
): Promise<Workspace> {
  const root = findWorkspace(explicit, cwd, text);
  return { root, config: await checkedConfig(root, text, useCache) };
}

/** Every record file of the workspace, and the folders under records/ that could not be read. */
export async function workspaceRecordFiles(root: string) {
  return listRecordFiles(join(root, RECORDS_DIR));
}
