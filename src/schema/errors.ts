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

type Walkable = { properties?: Record<string, Walkable>; items?: Walkable };

/**
 * The nearest enclosing object (as a pointer, "" for the top) whose schema has `key`, when the object at `path` has
 * not: `filed_on` under `meeting` belongs to `assessment`, one indentation level out.
 */
function ownerAbove(root: Walkable, path: string, key: string): string | undefined {
  const levels: [string, Walkable][] = [["", root]];
  let at: Walkable | undefined = root;
  let sofar = "";
  for (const segment of path.split("/").slice(1)) {
    const name = segment.replace(/~1/g, "/").replace(/~0/g, "~");
    at = at?.properties?.[name] ?? (/^\d+$/.test(name) ? at?.items : undefined);
    if (!at) return undefined;
    sofar += `/${segment}`;
    levels.push([sofar, at]);
  }
  for (const [where, schema] of levels.slice(0, -1).reverse()) if (schema.properties?.[key]) return where;
  return undefined;
}

function one(error: ErrorObject, root?: () => unknown): Finding {
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
      // A key of an enclosing object, indented one level too deep, is said as such.
      const owner =
        suggestion === undefined && root ? ownerAbove(root() as Walkable, error.instancePath, key) : undefined;
      return {
        ...base,
        path: `${error.instancePath}${pointer(key)}`,
        key: "SCHEMA.unknownKey",
        params: { field: key, suggestion, known, ...(owner !== undefined ? { owner: owner.slice(1) || "/" } : {}) },
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

/**
 * One finding per real problem: cascades dropped, duplicates merged, a date's pattern and format failures counted once.
 * `root` gives the whole schema, so that a key indented one level too deep can be told where it belongs.
 */
export function toFindings(errors: readonly ErrorObject[], root?: () => unknown): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const error of errors) {
    if (CASCADE.has(error.keyword)) continue;
    const f = one(error, root);
    const id = `${f.path}|${f.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(f);
  }
  return out;
}
