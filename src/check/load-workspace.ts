/** Loads and checks every record of a workspace: what report, form, ledger and status stand on. */
import type { Context } from "../cli/context.js";
import { progressReporter } from "../commands/progress.js";
import { displayPath } from "../workspace/list.js";
import { openWorkspace, readSources, type Workspace, workspaceRecordFiles } from "../workspace/open.js";
import type { Source } from "../workspace/source.js";
import { type CheckedRecord, checkRecords } from "./check-records.js";

export interface LoadedWorkspace extends Workspace {
  records: CheckedRecord[];
}

/** The workspace with every record checked at the as-of date. */
export async function loadWorkspace(context: Context): Promise<LoadedWorkspace> {
  const ws = await openWorkspace(context.workspace, context.cwd, context.text);
  const { files, unreadable } = await workspaceRecordFiles(ws.root);
  const sources: Source[] = await readSources(ws.root, files, progressReporter(context));
  for (const folder of unreadable) {
    sources.push({
      file: displayPath(ws.root, folder),
      findings: [
        {
          code: "IO",
          severity: "error",
          path: "",
          key: "IO.unreadable",
          params: { reason: "EACCES" },
          line: 1,
          column: 1,
        },
      ],
    });
  }
  return { ...ws, records: checkRecords(sources, { config: ws.config, asOf: context.asOf }) };
}
