/**
 * The analysis cache under `<workspace>/.wenping/cache/`: per file, its size, mtime, inode and ctime, the sha1 of
 * its bytes and its analysis; keyed by the tool's build and the workspace config. Summaries (which only the
 * reports need) live in a second file so `validate` need not read them. Safe to delete; never stale: a file
 * whose stat differs is analysed again, and one changed within moments of the cache being written is compared
 * by content.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { ItemSummary } from "../model/summary.js";
import { readOwnFile } from "../read/text.js";
import { writePiecesAtomic } from "../util/atomic-stream.js";
import { sha1 } from "../util/hash.js";
import { buildStamp } from "../util/version.js";
import type { FileAnalysis } from "./analyze-file.js";
import type { FileStat } from "./file-stats.js";

const FORMAT = 4;
/** Changes within this window of the cache's writing may share an mtime with it: those are checked by content. */
const RACY_MS = 2000;
/** Files older than this when analysed can never fall in that window, so their bytes need no hash. */
export const HASH_WINDOW_MS = 10_000;

type StoredAnalysis = Omit<FileAnalysis, "abs" | "file" | "summary" | "item" | "text">;
/** The analysis, or for the usual clean record (no problem, nothing for the as-of rules) just its id. */
type Stored = StoredAnalysis | string;
type Entry = [size: number, mtimeMs: number, ino: number, ctimeMs: number, hash: string, analysis: Stored];

interface CacheFile<T> {
  key: string;
  writtenAt: number;
  /** How many entries there are (so a run that changed nothing need not count them). */
  count?: number;
  entries: Record<string, T>;
}

const SUM = /^,"sum":"([0-9a-f]{40})"\}\s*$/;

/**
 * A cache file, trusted only when it is whole and as written: the checksum at its end covers everything before
 * it, so a truncated, hand-edited or otherwise damaged file is a miss (the run rebuilds it), never an answer.
 */
function read<T>(path: string, key: string): CacheFile<T> | undefined {
  try {
    const text = readOwnFile(path)?.toString("utf8");
    if (text === undefined) return undefined;
    const at = text.lastIndexOf(',"sum":"');
    const sum = at === -1 ? undefined : SUM.exec(text.slice(at))?.[1];
    if (sum === undefined || sum !== sha1(Buffer.from(text.slice(0, at)))) return undefined;
    const data = JSON.parse(text) as CacheFile<T>;
    const { entries } = data;
    if (data.key !== key || typeof data.writtenAt !== "number") return undefined;
    return entries !== null && typeof entries === "object" && !Array.isArray(entries) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a cached entry has the shape this build writes (a cheap second line behind the checksum). */
function wellFormed(entry: unknown): entry is Entry {
  if (!Array.isArray(entry) || entry.length !== 6 || typeof entry[4] !== "string") return false;
  const stored = entry[5] as unknown;
  if (typeof stored === "string") return true;
  if (stored === null || typeof stored !== "object") return false;
  const analysis = stored as Partial<StoredAnalysis>;
  return typeof analysis.malformed === "boolean" && Array.isArray(analysis.findings);
}

/** The analysis cache of one workspace: the analyses read at the start of a run, those made during it, then written. */
export class AnalysisCache {
  /** Files whose cached entry still holds; their entries are carried over only if the cache is rewritten. */
  private readonly kept: string[] = [];
  /** Entries and summaries of files analysed in this run. */
  private readonly fresh: Record<string, Entry> = {};
  private readonly freshSummaries: Record<string, ItemSummary> = {};
  private dirty = false;
  /** Files answered from the cache in this run (for tests and the curious). */
  hits = 0;
  private readonly factsPath: string;
  private readonly summariesPath: string;
  private readonly old: CacheFile<Entry> | undefined;
  private summaries: CacheFile<ItemSummary> | undefined;

  /**
   * The cache of a workspace for this build and config; `withSummaries` when the command needs them;
   * `partial` when the run looks at only some of the workspace's files (the others' entries are kept).
   */
  constructor(
    root: string,
    private readonly key: string,
    private readonly withSummaries: boolean,
    private readonly partial = false,
  ) {
    const dir = join(root, ".wenping", "cache");
    this.factsPath = join(dir, "facts.json");
    this.summariesPath = join(dir, "summaries.json");
    this.old = read<Entry>(this.factsPath, key);
    if (withSummaries) this.summaries = read<ItemSummary>(this.summariesPath, key);
  }

  /** The cached analysis of `file` if it is still that of the file on disk (and complete for this command). */
  lookup(file: string, abs: string, stat: FileStat): FileAnalysis | undefined {
    const entry = this.old?.entries[file];
    if (!wellFormed(entry)) return undefined;
    const [size, mtimeMs, ino, ctimeMs, hash, stored] = entry;
    if (size !== stat.size || mtimeMs !== stat.mtimeMs || ino !== stat.ino || ctimeMs !== stat.ctimeMs)
      return undefined;
    const found = this.summaries?.entries[file];
    const summary = found !== null && typeof found === "object" ? found : undefined;
    const analysis = typeof stored === "string" ? { id: stored, malformed: false, findings: [] } : stored;
    if (this.withSummaries && !summary && !analysis.malformed) return undefined;
    if (this.old && stat.mtimeMs >= this.old.writtenAt - RACY_MS) {
      try {
        const bytes = hash === "" ? undefined : readOwnFile(abs);
        if (bytes === undefined || sha1(bytes) !== hash) return undefined;
      } catch {
        return undefined;
      }
    }
    this.kept.push(file);
    this.hits++;
    // The parsed entry is this run's own object: completing it in place spares 100,000 copies.
    const hit = analysis as FileAnalysis;
    hit.file = file;
    hit.abs = abs;
    if (summary) hit.summary = summary;
    return hit;
  }

  /** Records a fresh analysis of a file (kept by reference; trimmed only as it is written out). */
  store(file: string, stat: FileStat, hash: string, analysis: FileAnalysis): void {
    this.fresh[file] = [stat.size, stat.mtimeMs, stat.ino, stat.ctimeMs, hash, analysis];
    if (analysis.summary) this.freshSummaries[file] = analysis.summary;
    this.dirty = true;
  }

  /** Writes the cache when it changed; a read-only workspace (or a full disk) just goes uncached. */
  async save(): Promise<void> {
    const old = this.old;
    // Nothing analysed and every old entry still used: the cache on disk is already this run's.
    const oldCount = old ? (old.count ?? Object.keys(old.entries).length) : 0;
    if (!this.dirty && (this.partial || this.kept.length === oldCount)) return;
    const writtenAt = Date.now();
    // A command that did not load the summaries keeps the ones on disk that are still valid.
    const known = this.withSummaries
      ? (this.summaries?.entries ?? {})
      : (read<ItemSummary>(this.summariesPath, this.key)?.entries ?? {});
    const next: Record<string, Entry> = {};
    const summaries: Record<string, ItemSummary> = {};
    // A run over some files keeps every other entry (they are checked again when next used, as always).
    const carried = this.partial && old ? Object.keys(old.entries) : this.kept;
    for (const file of carried) {
      if (Object.hasOwn(this.fresh, file)) continue;
      next[file] = old?.entries[file] as Entry;
      const s = known[file];
      if (s) summaries[file] = s;
    }
    for (const file in this.fresh) {
      next[file] = this.fresh[file] as Entry;
      const s = this.freshSummaries[file];
      if (s) summaries[file] = s;
    }
    // Written entry by entry: for 100,000 records one JSON string of it all would cost hundreds of megabytes.
    const key = this.key;
    function* pieces<T>(entries: Record<string, T>, trim: (value: T) => unknown) {
      const count = Object.keys(entries).length;
      const sum = createHash("sha1");
      const head = `{"key":${JSON.stringify(key)},"writtenAt":${writtenAt},"count":${count},"entries":{`;
      sum.update(head);
      yield head;
      let first = true;
      for (const file in entries) {
        const piece = `${first ? "" : ","}${JSON.stringify(file)}:${JSON.stringify(trim(entries[file] as T))}`;
        sum.update(piece);
        yield piece;
        first = false;
      }
      sum.update("}");
      yield `},"sum":"${sum.digest("hex")}"}`;
    }
    const trimEntry = ([size, mtimeMs, ino, ctimeMs, hash, analysis]: Entry): Entry => {
      if (typeof analysis === "string") return [size, mtimeMs, ino, ctimeMs, hash, analysis];
      const { id, malformed, findings, asOfInputs, positions } = analysis as FileAnalysis;
      if (id !== undefined && !malformed && findings.length === 0 && !asOfInputs && !positions)
        return [size, mtimeMs, ino, ctimeMs, hash, id];
      const kept = {
        id,
        malformed,
        findings,
        asOfInputs,
        positions,
      };
      return [size, mtimeMs, ino, ctimeMs, hash, kept];
    };
    try {
      writePiecesAtomic(
        this.summariesPath,
        pieces(summaries, (s) => s),
      );
      writePiecesAtomic(this.factsPath, pieces(next, trimEntry));
    } catch {
      // a read-only workspace or a full disk: the cache is an optimisation, the answer stands without it
    }
  }
}

/** The cache key: format, tool version and build, and the workspace config. */
export function cacheKey(version: string, config: unknown): string {
  return `${FORMAT}|${version}|${buildStamp()}|${sha1(Buffer.from(JSON.stringify(config)))}`;
}
