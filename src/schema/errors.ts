/** Converts ajv errors into findings: one per real problem, pointing at the key or value, with what to write instead. */
import type { ErrorObject } from "ajv";
import { type Finding, pointer } from "../diagnostics/finding.js";
import { readLooseDate } from "../util/loose-date.js";
import { nearest } from "../util/nearest.js";

type SubSchema = {
  title?: string;
  enum?: string[];
  enumDescriptions?: string[];
  properties?: Record<string, { title?: string }>;
  "x-wenping-kind"?: string;
  "x-wenping-message"?: string;
};

// Keywords that only report that a nested check failed; the nested error says what is wrong.
const CASCADE = new Set(["if", "then", "else", "allOf", "anyOf", "oneOf"]);

function schemaOf(error: ErrorObject): SubSchema {
  return (error.parentSchema ?? {}) as SubSchema;
}

function one(error: ErrorObject): Finding {
  const sub = schemaOf(error);
  const base = { code: "SCHEMA" as const, severity: "error" as const, path: error.instancePath };
  const title = sub.title;
  switch (error.keyword) {
    case "required": {
      const field = String(error.params.missingProperty);
      const label = sub.properties?.[field]?.title;
      return { ...base, key: "SCHEMA.required", params: { field, label }, at: "key" };
    }
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      // "　decided_by": a full-width (or no-break) space typed in the indentation became part of the key.
      const wide = /^[\s\u3000\u00a0\u2000-\u200b\ufeff]+/.exec(key);
      if (wide && /[\u3000\u00a0\u2000-\u200b\ufeff]/.test(wide[0])) {
        const path = `${error.instancePath}${pointer(key)}`;
        return { ...base, path, key: "YAML.wideSpace", params: { field: key.slice(wide[0].length) }, at: "key" };
      }
      const known = Object.keys(sub.properties ?? {});
      // A clerk may write the Chinese label (标题) instead of the key, or misspell the key.
      const byLabel = known.find((k) => sub.properties?.[k]?.title === key);
      const suggestion = byLabel ?? nearest(key, known);
      return {
        ...base,
        path: `${error.instancePath}${pointer(key)}`,
        key: "SCHEMA.unknownKey",
        params: { field: key, suggestion, known },
        at: "key",
      };
    }
    case "enum":
      return {
        ...base,
        key: "SCHEMA.enum",
        params: {
          title,
          value: String(error.data),
          allowed: sub.enum ?? [],
          labels: sub.enumDescriptions ?? [],
        },
      };
    case "const":
      return { ...base, key: "SCHEMA.const", params: { title, expected: String(error.params.allowedValue) } };
    case "type":
      return { ...base, key: `SCHEMA.type.${String(error.params.type)}`, params: { title } };
    case "format":
    case "pattern":
      return patternFinding(error, base, sub);
    case "minLength":
    case "maxLength":
    case "minimum":
    case "maximum":
    case "minItems":
      return {
        ...base,
        key: `SCHEMA.${error.keyword}`,
        params: { title, limit: Number(error.params.limit) },
      };
    case "uniqueItems":
      return { ...base, key: "SCHEMA.uniqueItems", params: { title } };
    case "not":
      return { ...base, key: `SCHEMA.${sub["x-wenping-message"] ?? "not"}`, params: { title }, at: "key" };
    default:
      return { ...base, key: "SCHEMA.other", params: { title, detail: error.message ?? error.keyword } };
  }
}

/** A date-shaped value whose month or day the calendar lacks (2026-13-01, 2026-02-30) gets its own message. */
function dateFinding(base: Omit<Finding, "key">, title: string | undefined, value: string): Finding {
  const read = readLooseDate(value);
  if (!("problem" in read) || read.problem === "form") return { ...base, key: "SCHEMA.date", params: { title, value } };
  const day = read.problem === "day" ? { day: read.day } : {};
  return { ...base, key: `SCHEMA.date.${read.problem}`, params: { title, value, month: read.month, ...day } };
}

function patternFinding(error: ErrorObject, base: Omit<Finding, "key">, sub: SubSchema): Finding {
  const kind = sub["x-wenping-kind"];
  const value = typeof error.data === "string" ? error.data : String(error.data);
  if (kind === "date") return dateFinding(base, sub.title, value);
  if (kind === "id") return { ...base, key: "SCHEMA.id", params: { value } };
  return { ...base, key: "SCHEMA.text", params: { title: sub.title } };
}

/** One finding per real problem: cascades dropped, duplicates merged, a date's pattern and format failures counted once. */
export function toFindings(errors: readonly ErrorObject[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const error of errors) {
    if (CASCADE.has(error.keyword)) continue;
    const f = one(error);
    const id = `${f.path}|${f.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(f);
  }
  return out;
}
