/** Loads and checks every record of a workspace: what validate, report, ledger, status and the wizard stand on. */
import { createRequire } from "node:module";
import type { Context } from "../cli/context.js";
import { progressReporter } from "../commands/progress.js";
import { displayPath } from "../workspace/list.js";
import { openWorkspace, type Workspace, workspaceRecordFiles } from "../workspace/open.js";
import { ioFinding, recordText } from "../workspace/read-record.js";
import type { FileFacts } from "./analyze-file.js";
import { analyzeFiles } from "./analyze-files.js";
import { cacheKey, FactsCache } from "./cache.js";
import { statFiles } from "./file-stats.js";
import { type CheckedFile, finish, needsLocating } from "./finish.js";
import type { Job } from "./read-and-analyze.js";

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

export interface LoadedWorkspace extends Workspace {
  records: CheckedFile[];
}

/** Facts of the given files of a workspace (cached unless --no-cache). */
export async function workspaceFacts(
  ws: Workspace,
  files: readonly string[],
  context: Context,
  withSummaries = true,
): Promise<FileFacts[]> {
  const jobs: Job[] = files.map((abs) => ({ file: displayPath(ws.root, abs), abs }));
  // Stats start first: over a large archive they are taken in a helper thread while the cache is read.
  const stats = context.cache ? statFiles(files) : undefined;
  const cache = context.cache ? new FactsCache(ws.root, cacheKey(version, ws.config), withSummaries) : undefined;
  const onProgress = progressReporter(context);
  return analyzeFiles(jobs, {
    config: ws.config,
    ...(cache ? { cache, ...(stats ? { stats: await stats } : {}) } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
}

/** A finding for a folder under records/ that cannot be read: its records cannot be checked. */
export function unreadableFolder(root: string, folder: string): FileFacts {
  const finding = ioFinding("IO.unreadable", { reason: "EACCES" });
  return { file: displayPath(root, folder), malformed: true, findings: [finding] };
}

/** Places findings whose positions were not cached, loading the parser only when there are any. */
export async function completed(records: CheckedFile[]): Promise<CheckedFile[]> {
  if (!needsLocating(records)) return records;
  const { recordSource } = await import("../workspace/record-source.js");
  const { locateRemaining } = await import("./locate-remaining.js");
  locateRemaining(records, recordSource, (r) => recordText(r.abs ?? r.file));
  return records;
}

/** The workspace with every record checked at the as-of date. */
export async function loadWorkspace(context: Context): Promise<LoadedWorkspace> {
  const ws = await openWorkspace(context.workspace, context.cwd, context.text);
  const { files, unreadable } = await workspaceRecordFiles(ws.root);
  const facts = await workspaceFacts(ws, files, context);
  facts.push(...unreadable.map((folder) => unreadableFolder(ws.root, folder)));
  return { ...ws, records: await completed(finish(facts, { config: ws.config, asOf: context.asOf })) };
}

/** One record of the workspace in full (the wizard and the form need all of it), with its text as on disk. */
export async function loadRecord(
  ws: LoadedWorkspace,
  record: CheckedFile,
  asOf: string,
): Promise<{ checked: CheckedFile; text: string }> {
  const { readFile } = await import("node:fs/promises");
  const { checkRecords } = await import("./check-records.js");
  const bytes = await readFile(record.abs ?? record.file);
  const [checked] = checkRecords([{ file: record.file, ...(record.abs ? { abs: record.abs } : {}), bytes }], {
    config: ws.config,
    asOf,
  });
  // The text exactly as on disk (a BOM included): it is what a later write compares against.
  return { checked: checked as CheckedFile, text: bytes.toString("utf8") };
}

/** The record of an item: by id, else by file name. */
export function findRecord(ws: LoadedWorkspace, typed: string): CheckedFile | undefined {
  // Ids are upper case by format; a clerk typing bxmz-2026-001 means the same item.
  const id = typed.trim().toUpperCase();
  return (
    ws.records.find((r) => r.summary?.id === id) ??
    ws.records.find(
      (r) =>
        r.file
          .split("/")
          .pop()
          ?.replace(/\.ya?ml$/i, "")
          .toUpperCase() === id,
    )
  );
}
