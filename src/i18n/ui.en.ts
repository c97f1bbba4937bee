/** UI strings in English. */
import { enBounds } from "./bounds.en.js";
import { enFs } from "./fs.en.js";
import type { Ui } from "./ui.zh.js";

export const enUi: Ui = {
  severity: { error: "error", warning: "warning" },
  hint: "hint: ",
  validateSummary: (files, valid, errors, warnings) =>
    `checked ${files} file${files === 1 ? "" : "s"}: ${valid} valid, ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
  allClean: "all clean",
  noRecordFiles: "no record files found (.yaml files under records/)",
  workspaceProblems: (file) => `the workspace file ${file} has problems; fix them first:`,
  workspaceNotFound: (dir) =>
    `no wenping.yaml in ${dir} or any folder above it. Change to a workspace, or pass --workspace; to create one, run wenping init`,
  workspaceMissing: (dir) => `${dir} has no wenping.yaml and is not a workspace (run wenping init to create one)`,
  pathNotFound: (path) => `${path} not found`,
  noMatch: (pattern) => `no file matches ${pattern}`,
  badDate: (option, value) => `${option} ${value} is not a valid date; write YYYY-MM-DD, e.g. 2021-04-20`,
  badMonth: (value) => `--month ${value} is not valid; write YYYY-MM, e.g. 2021-05`,
  countedWithErrors: (n) =>
    `note: ${n} item${n === 1 ? " has" : "s have"} rule errors (an unregistered unit, say); counted as recorded and listed on the 预警 sheet. Run wenping validate and fix them before sending the table`,
  monthNotStarted: (month, asOf) => `${month} has not begun (today counts as ${asOf}): there is nothing to count`,
  monthUnfinished: (month, asOf) =>
    `note: ${month} is not over yet (today counts as ${asOf}); this table holds only the assessments completed so far: write it again after the month ends (with --force) before sending it`,
  badChoice: (option, value, allowed) => `${option} ${value} is not valid; choose one of ${allowed.join(", ")}`,
  exists: (path) => `${path} exists and was not overwritten; pass --force to overwrite, or --out another name`,
  cannotWrite: (path, reason) => `cannot write ${path}: ${reason}. The previous file is unchanged`,
  wrote: (path) => `wrote ${path}`,
  fs: enFs,
  bounds: enBounds,
  internalError:
    "internal error (not something you did). Send this message and the command to the maintainers; --verbose shows details",
  interrupted: "interrupted",
  didYouMean: (what) => ` (did you mean ${what}?)`,
  invalidChoice: (option, value, allowed) =>
    `${option} ${value}${allowed.length > 0 ? ` (allowed: ${allowed.join(", ")})` : ""}`,
  usageHelp: "see wenping --help",
  usage: {},
  initDone: (dir, sample) =>
    `created a workspace in ${dir}. records/ is empty: register the first item with wenping new (ids start at 001). ` +
    `The example record is ${sample}, for reference only: no report or status counts it; delete it when you like. ` +
    "Next: edit the units, agencies and experts in wenping.yaml, then run wenping validate",
  initKept: (files) => `already there, left unchanged: ${files.join(", ")}`,
  initFailed: (dir, reason, written, notWritten) =>
    `cannot create a workspace in ${dir}: ${reason}. ` +
    (written.length > 0 ? `Written: ${written.join(", ")}; ` : "Nothing was written; ") +
    `not written: ${notWritten.join(", ")}. Run wenping init again once fixed to finish it`,
  schemaFailed: (dir, reason, written, notWritten) =>
    `cannot write to ${dir}: ${reason}. ` +
    (written.length > 0
      ? `Written: ${written.join(", ")}; not written: ${notWritten.join(", ")}`
      : "Nothing was written; the files there are unchanged"),
  initExists: (dir) => `${dir} is already a workspace (it has wenping.yaml); nothing changed`,
  initInsideRecords: (dir, ws) =>
    `${dir} lies in the records folder of the workspace ${ws}, where every file counts as a decision item; choose a folder outside records. Nothing changed`,
  schemaWritten: (dir, files) => `wrote ${files.join(", ")} to ${dir}`,
  reportBlocked: (n) =>
    `${n} record file${n === 1 ? "" : "s"} cannot be read or are malformed and cannot be counted. Fix them first, or pass --allow-invalid to leave them out:`,
  itemNotFound: (id) => `item ${id} not found (${id}.yaml under records/)`,
  notAssessed: (id) =>
    `item ${id} is not assessed yet (no procedure chosen), so it has no filing form; start with wenping next ${id}`,
  notSimple: (id) => `item ${id} does not use the simple procedure and has no simple-procedure filing form`,
  loading: (done, total) => `reading records ${done}/${total}…`,
  yearNotStarted: (year, asOf) => `the year ${year} has not begun (today counts as ${asOf}): nothing to sum up`,
  drawingCharts: "drawing the charts…",
  draftSimple: (id) =>
    `item ${id} uses the simple procedure, which has no assessment report: run wenping form ${id} for its filing form`,
  draftUnassessed: (id) => `item ${id} has no assessment procedure yet (assessment.procedure): no report to draft`,
  status: {
    heading: (org, asOf) => `${org}: assessments as of ${asOf}`,
    count: (ytd, last, growth) =>
      `${ytd} assessed this year, ${last} in last year's same period${growth === undefined ? "" : ` (${growth} year on year)`}`,
    share: (value, target) => `${value} (target ≥ ${target})`,
    fewer: "fewer than last year: every item that needs an assessment must get one",
    policy: "policy share",
    thirdParty: "third-party share",
    none: "none yet",
    reportDue: (month, due, state) => `the table for ${month} is due at the bureau office by ${due}: ${state}`,
    dateShown: (_label, iso) => iso,
    reportWritten: "written",
    reportMissing: "not written yet: run wenping report monthly",
    reportAfterMonthEnd: "to be written once the month is over (run wenping report monthly early next month)",
    reportOverdue: "overdue! write and send it now",
    reportEarly:
      "the table there was written before the month ended and misses what came after: once the month is over, run wenping report monthly --force and send that one",
    attention: (n) => (n === 0 ? "nothing needs attention" : `needing attention (${n}):`),
    more: (n) => `…and ${n} more: see wenping validate or the 预警 sheet`,
    pending: (days) => `listed ${days} days ago, not yet assessed`,
    pendingCode: "PENDING",
    annualDue: (year, state) => `the ${year} annual summary is due by the year's end: ${state}`,
    annualWritten: "written",
    annualMissing: "not written yet: run wenping report annual",
  },
};
