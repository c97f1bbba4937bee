/** Answers files (a partial record, docs/reference/commands.md) and the check a scripted run must pass before anything is written. */
import { resolve } from "node:path";
import { EXIT_USAGE, UserError } from "../errors.js";
import { problemPlace } from "../format/problems-text.js";
import { type Lang, render, wizardText } from "../i18n/index.js";
import type { WizardText } from "../i18n/wizard.zh.js";
import type { DecisionItem, WorkspaceConfig } from "../model/types.js";
import { readSource } from "../read/index.js";
import { checkRecord } from "../rules/index.js";
import { decisionItemSchema } from "../schema/definitions.js";
import { toFindings } from "../schema/errors.js";
import { fieldName } from "../schema/field-label.js";
import { validateItemSchema } from "../schema/validators.js";
import { parseCount, parseLooseDate } from "../util/loose-date.js";

type Schema = { properties?: Record<string, Schema>; items?: Schema; type?: string; "x-wenping-kind"?: string };

/** Keys that would reach an object's prototype when merged into the draft: never a field of a record. */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/** The pointer of the first forbidden key, if any. */
function forbiddenKey(value: unknown, at = ""): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  for (const [k, v] of Object.entries(value)) {
    const path = `${at}/${k}`;
    if (!Array.isArray(value) && FORBIDDEN.has(k)) return path;
    const deeper = forbiddenKey(v, path);
    if (deeper) return deeper;
  }
  return undefined;
}

/**
 * Dates written as clerks write them (2021/4/20, 2021年4月20日) become `YYYY-MM-DD`, and counts typed with
 * full-width digits ("９１２") numbers, as in the wizard; objects become prototype-less, so no key of an answers
 * file can be read through a prototype.
 */
function normalizeDates(value: unknown, schema: Schema | undefined): unknown {
  if (schema?.["x-wenping-kind"] === "date" && typeof value === "string") return parseLooseDate(value) ?? value;
  if (schema?.type === "integer" && typeof value === "string") return parseCount(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => normalizeDates(v, schema?.items));
  if (value !== null && typeof value === "object") {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = normalizeDates(v, schema?.properties?.[k]);
    return out;
  }
  return value;
}

/** Reads an answers file with the same loader as records: GBK, broken YAML and the like are refused clearly. */
export async function loadAnswers(
  file: string,
  cwd: string,
  text: WizardText,
  lang: Lang,
): Promise<Record<string, unknown>> {
  const source = await readSource(file, resolve(cwd, file));
  if (source.findings.length > 0) {
    const lines = source.findings.map((f) => {
      const p = render({ ...f, line: f.line ?? 1, column: f.column ?? 1 }, lang);
      return `  ${problemPlace(file, p)}  ${p.message}${p.hint ? `(${p.hint})` : ""}`;
    });
    throw new UserError(text.answersUnreadable(file), EXIT_USAGE, lines);
  }
  const data = source.data;
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) throw new UserError(text.answersUnreadable(file));
  const bad = forbiddenKey(data);
  if (bad) throw new UserError(text.forbiddenKey(file, bad));
  return normalizeDates(data, decisionItemSchema() as Schema) as Record<string, unknown>;
}

/** What keeps a finished draft from being written. */
export interface FinalCheck {
  /** Fields a person would have been asked for, named for people. */
  missing: string[];
  /** Other problems, one line each. */
  problems: string[];
}

/** Schema and rule problems of a finished draft; rule errors already in `before` are not the answers' fault. */
export function finalCheck(
  draft: Record<string, unknown>,
  config: WorkspaceConfig,
  asOf: string,
  lang: Lang,
  before?: DecisionItem,
): FinalCheck {
  const schema = toFindings(validateItemSchema(draft), decisionItemSchema);
  const missing = schema
    .filter((f) => f.key === "SCHEMA.required")
    .map((f) => wizardText(lang).fieldLabel(fieldName(`${f.path}/${String(f.params?.field)}`)));
  const line = (f: (typeof schema)[number]) => {
    const p = render({ ...f, line: 1, column: 1 }, lang);
    return `${wizardText(lang).fieldLabel(fieldName(f.path)) || "/"}: ${p.message}${p.hint ? `(${p.hint})` : ""}`;
  };
  const problems = schema.filter((f) => f.key !== "SCHEMA.required").map(line);
  if (schema.length === 0) {
    const context = { config, asOf };
    const old = new Set((before ? checkRecord(before, context) : []).map((f) => `${f.code}|${f.path}`));
    const fresh = checkRecord(draft as unknown as DecisionItem, context).filter(
      (f) => f.severity === "error" && !old.has(`${f.code}|${f.path}`),
    );
    problems.push(...fresh.map(line));
  }
  return { missing, problems };
}

/** Throws the usage error for a run that cannot be written; `heading` says whose answers they were. */
export function refuse(check: FinalCheck, text: WizardText, heading: string = text.badAnswers): void {
  if (check.missing.length > 0) throw new UserError(text.missing([...new Set(check.missing)]));
  if (check.problems.length > 0)
    throw new UserError(
      heading,
      2,
      check.problems.map((p) => `  - ${p}`),
    );
}
