/** What `validate` checks: the files named (or the whole workspace, or a piped record), in the order it lists them. */
import { basename } from "node:path";
import { idFromFileName } from "../model/record-file.js";
import { displayPath } from "../workspace/list.js";
import { openWorkspace, workspaceRecordFiles } from "../workspace/open.js";
import { addLateFindings, type CheckedFile } from "./late-findings.js";
import { analyzeWorkspaceFiles, type LoadOptions, locateFromDisk, unreadableFolder } from "./load-workspace.js";

/**
 * Checks the records at `paths` (files, folders, globs; "-" is standard input), or every record when there are none.
 * Files come in path order, an unreadable folder in its place among them, a piped record last (docs/reference/commands.md).
 */
export async function checkPaths(
  options: LoadOptions,
  paths: readonly string[],
  readStdin: () => Promise<Buffer>,
): Promise<CheckedFile[]> {
  const ws = await openWorkspace(options.workspace, options.cwd, options.text, options.cache);
  const all = await workspaceRecordFiles(ws.root);
  // tinyglobby loads only when there are paths to resolve.
  const select = async () => (await import("../workspace/select.js")).selectFiles(paths, options.cwd, options.text);
  const selection = paths.length > 0 ? await select() : { ...all, stdin: false };
  const analyses = await analyzeWorkspaceFiles(ws, selection.files, options, false, paths.length > 0);
  if (selection.stdin) {
    const { analyzeFile } = await import("./analyze-file.js");
    analyses.push(analyzeFile({ file: "<stdin>", bytes: await readStdin() }, ws.config, { keepText: true }));
  }
  // docs/reference/commands.md: files in path order (an unreadable folder takes its place among them; stdin comes last).
  const folders = selection.unreadable.map((folder) => unreadableFolder(ws.root, folder));
  const stdin = analyses.filter((f) => f.abs === undefined && f.file === "<stdin>");
  const onDisk = [...analyses.filter((f) => !stdin.includes(f)), ...folders].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  analyses.splice(0, analyses.length, ...onDisk, ...stdin);
  // Records not being checked still own their ids (file names are ids, WP002); a piped record stands alone.
  const checked = new Set(selection.files);
  const otherIds = all.files
    .filter((f) => !checked.has(f))
    .map((f) => ({ file: displayPath(ws.root, f), id: idFromFileName(basename(f)) }));
  return locateFromDisk(addLateFindings(analyses, { config: ws.config, asOf: options.asOf, otherIds }));
}
