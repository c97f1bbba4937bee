/** Loads and checks every record of a workspace: what validate, report, ledger, status and the wizard stand on. */
import type { Located } from "../diagnostics/locate-findings.js";
import type { Ui } from "../i18n/ui.zh.js";
import { idFromFileName } from "../model/record-file.js";
import { ioFinding, readRecordFile, recordText } from "../read/text.js";
import { version } from "../util/version.js";
import { displayPath } from "../workspace/list.js";
import { openWorkspace, type Workspace, workspaceRecordFiles } from "../workspace/open.js";
import type { FileAnalysis } from "./analyze-file.js";
import { analyzeFiles } from "./analyze-files.js";
import { AnalysisCache, cacheKey } from "./cache.js";
import { statFiles } from "./file-stats.js";
import { addLateFindings, type CheckedFile, needsLocating } from "./late-findings.js";
import type { Job } from "./read-and-analyze.js";

/** A workspace with every record checked. */
export interface LoadedWorkspace extends Workspace {
  records: CheckedFile[];
}

/** What loading a workspace takes: plain options, which the CLI builds from its flags. */
export interface LoadOptions {
  /** The workspace folder named by the user, if any; else it is found from `cwd` upwards. */
  workspace?: string;
  cwd: string;
  /** The date "today" means. */
  asOf: string;
  /** Use the analysis cache under .wenping/cache. */
  cache: boolean;
  /** Messages in the user's language. */
  text: Ui;
  /**
   * Called as a load starts; what it returns is told how many files are analysed so far (the CLI draws a line on
   * a terminal) and may throw to stop the load (Ctrl-C).
   */
  startProgress?: () => ((done: number, total: number) => void) | undefined;
}

/**
 * Analyses of the given files of a workspace (cached unless --no-cache). `partial`: the files are only some of the
 * workspace's, so the cache keeps the entries of the others.
 */
export async function analyzeWorkspaceFiles(
  ws: Workspace,
  files: readonly string[],
  options: LoadOptions,
  withSummaries = true,
  partial = false,
): Promise<FileAnalysis[]> {
  const jobs: Job[] = files.map((abs) => ({ file: displayPath(ws.root, abs), abs }));
  // Stats start first: over a large archive they are taken in a helper thread while the cache is read.
  const stats = options.cache ? statFiles(files) : undefined;
  const cache = options.cache
    ? new AnalysisCache(ws.root, cacheKey(version, ws.config), withSummaries, partial)
    : undefined;
  const onProgress = options.startProgress?.();
  return analyzeFiles(jobs, {
    config: ws.config,
    cache,
    stats: await stats,
    onProgress,
  });
}

/** A finding for a folder under records/ that cannot be read: its records cannot be checked. */
export function unreadableFolder(root: string, folder: string): FileAnalysis {
  const finding = ioFinding("IO.unreadable", { reason: "EACCES" });
  return { file: displayPath(root, folder), malformed: true, findings: [finding] };
}

/** Places the findings whose positions were not cached by reading their files again (the placing code loads only then). */
export async function locateFromDisk(records: CheckedFile[]): Promise<CheckedFile[]> {
  if (!needsLocating(records)) return records;
  const { locateRemaining } = await import("./locate-remaining.js");
  const { readDocument } = await import("../read/index.js");
  locateRemaining(records, readDocument, (r) => recordText(r.abs ?? r.file));
  return records;
}

/** The workspace with every record checked at the as-of date. */
export async function loadWorkspace(options: LoadOptions): Promise<LoadedWorkspace> {
  const ws = await openWorkspace(options.workspace, options.cwd, options.text, options.cache);
  const { files, unreadable } = await workspaceRecordFiles(ws.root);
  const analyses = await analyzeWorkspaceFiles(ws, files, options);
  analyses.push(...unreadable.map((folder) => unreadableFolder(ws.root, folder)));
  return { ...ws, records: await locateFromDisk(addLateFindings(analyses, { config: ws.config, asOf: options.asOf })) };
}

/** One record of the workspace in full (the wizard and the form need all of it), with its text as on disk. */
export async function loadRecord(
  ws: LoadedWorkspace,
  record: CheckedFile,
  asOf: string,
): Promise<{ checked: CheckedFile; text: string }> {
  const { checkRecords } = await import("./check-records.js");
  const base = { file: record.file, abs: record.abs };
  // The same bounded reader as every other command: no FIFO waited on, no oversized file read into memory.
  const read = readRecordFile(record.abs ?? record.file);
  if ("finding" in read) {
    const [checked] = addLateFindings([{ ...base, malformed: true, findings: [read.finding as Located] }], {
      config: ws.config,
      asOf,
    });
    return { checked: checked as CheckedFile, text: "" };
  }
  const bytes = read.bytes;
  const [checked] = checkRecords([{ ...base, bytes }], { config: ws.config, asOf });
  // The text exactly as on disk (a BOM included): it is what a later write compares against.
  return { checked: checked as CheckedFile, text: bytes.toString("utf8") };
}

/** The record of an item: by id, else by file name. */
export function findRecord(ws: LoadedWorkspace, typed: string): CheckedFile | undefined {
  // Ids are upper case by format; a clerk typing bxmz-2026-001 means the same item.
  const id = typed.trim().toUpperCase();
  return (
    ws.records.find((r) => r.summary?.id === id) ??
    ws.records.find((r) => idFromFileName(r.file.split("/").pop() ?? "").toUpperCase() === id)
  );
}
