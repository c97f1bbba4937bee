/** Everything about one record file that does not depend on the as-of date or on other files: its analysis. */

import { basename } from "node:path";
import type { Finding } from "../diagnostics/finding.js";
import type { Locator } from "../diagnostics/locate.js";
import { type Located, locateFindings } from "../diagnostics/locate-findings.js";
import { asOfInputsOf, type ItemSummary, summarize } from "../model/summary.js";
import type { DecisionItem, WorkspaceConfig } from "../model/types.js";
import { decodeRecord, fastAccept, readDocument } from "../read/index.js";
import { checkRecord } from "../rules/index.js";
import { decisionItemSchema } from "../schema/definitions.js";
import { toFindings } from "../schema/errors.js";
import { validateItemSchema } from "../schema/validators.js";
import { ownString } from "../util/own-string.js";

/** One record file's bytes and where they came from. */
export interface FileInput {
  /** Display path (relative to the workspace, "/" separators). */
  file: string;
  /** Absolute path; absent for stdin. */
  abs?: string;
  bytes: Uint8Array;
}

/** What a check of one file yields before the as-of rules and the cross-file rule: cacheable, transferable. */
export interface FileAnalysis {
  file: string;
  abs?: string;
  /** The record's id when it has a string one (even if otherwise invalid), for WP001. */
  id?: string;
  /** IO, ENCODING, YAML or SCHEMA errors: the record cannot be counted. */
  malformed: boolean;
  /** Problems found so far (all but WP001 and the as-of rules), located. */
  findings: Located[];
  summary?: ItemSummary;
  /** Inputs of the as-of rules. */
  asOfInputs?: Partial<DecisionItem>;
  /** Line and column of pointers the later rules may report, when the file was parsed with positions. */
  positions?: Record<string, [number, number]>;
  /** The whole record (only when asked for: the wizard and single-file checks). */
  item?: DecisionItem;
  /** The text (only when asked for: stdin, in-memory checks). */
  text?: string;
}

/** What to keep in the analysis beyond its findings: the whole record, the text. */
export interface AnalyzeOptions {
  keepItem?: boolean;
  keepText?: boolean;
}

/** From the absolute path: the wizard's display path on Windows has backslashes, which a split on "/" kept whole. */
function fileNameOf(input: FileInput): string | undefined {
  return input.abs === undefined ? undefined : basename(input.abs);
}

function staticFindings(item: DecisionItem, input: FileInput, config: WorkspaceConfig): Finding[] {
  const fileName = fileNameOf(input);
  return checkRecord(item, { config, asOf: "", fileName }, "static");
}

/** Positions of the pointers WP001, WP016 and WP017 report, so a cached file need not be parsed again for them. */
function positionsOf(locate: Locator | undefined, item: DecisionItem | undefined): Record<string, [number, number]> {
  if (!locate) return {};
  const paths = ["/id", "/decision/decided_on", ...(item?.mitigation ?? []).map((_, i) => `/mitigation/${i}/due`)];
  const out: Record<string, [number, number]> = {};
  for (const path of paths) {
    const { line, column } = locate(path);
    out[path] = [line, column];
  }
  return out;
}

/** Whether an as-of rule could fire for this record on some day (an undone measure, an untracked decision). */
function mayFireLater(item: DecisionItem, config: WorkspaceConfig): boolean {
  return checkRecord(item, { config, asOf: "9999-12-31" }, "asOf").length > 0;
}

/** `mayFire`: whether the as-of rules may flag the record some day (see mayFireLater), already worked out. */
function withItem(base: FileAnalysis, item: DecisionItem, mayFire: boolean, options: AnalyzeOptions): FileAnalysis {
  // Only records the as-of rules may flag carry their inputs: the rest need nothing more on later days.
  const asOfInputs = mayFire ? { asOfInputs: asOfInputsOf(item) } : {};
  return { ...base, summary: summarize(item), ...asOfInputs, item: options.keepItem ? item : undefined };
}

/** The analysis of one file. Never throws: whatever the bytes, the answer is findings. */
export function analyzeFile(input: FileInput, config: WorkspaceConfig, options: AnalyzeOptions = {}): FileAnalysis {
  const base: FileAnalysis = {
    file: input.file,
    abs: input.abs,
    malformed: false,
    findings: [],
  };
  const decoded = decodeRecord(input.bytes);
  if (!decoded.ok) return { ...base, malformed: true, findings: [decoded.finding as Located] };
  const text = decoded.text;
  const kept = options.keepText ? { ...base, text } : base;
  // Fast path: a clean record needs no positions at all.
  const fast = fastAccept(text, (data) => validateItemSchema(data).length === 0);
  if (fast) {
    const item = fast as unknown as DecisionItem;
    // A record the as-of rules may flag one day takes the full path once, so their positions are known.
    if (staticFindings(item, input, config).length === 0 && !mayFireLater(item, config)) {
      return withItem({ ...kept, id: ownString(item.id) }, item, false, options);
    }
  }
  // Full path: every problem with its line and column.
  const source = readDocument(text);
  if (source.findings.length > 0)
    return { ...kept, malformed: true, findings: locateFindings(source.locate, source.findings) };
  const data = source.data as { id?: unknown } | null;
  const id = typeof data?.id === "string" ? { id: ownString(data.id) } : {};
  const schema = toFindings(validateItemSchema(data), decisionItemSchema);
  if (schema.length > 0) {
    return {
      ...kept,
      ...id,
      malformed: true,
      findings: locateFindings(source.locate, schema),
      positions: positionsOf(source.locate, undefined),
    };
  }
  const item = data as unknown as DecisionItem;
  const found = locateFindings(source.locate, staticFindings(item, input, config));
  const analysis = { ...kept, ...id, findings: found, positions: positionsOf(source.locate, item) };
  return withItem(analysis, item, mayFireLater(item, config), options);
}
