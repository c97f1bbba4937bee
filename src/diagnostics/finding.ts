/** What checking produces: language-neutral findings, later rendered into messages by the i18n catalogue. */

export type Severity = "error" | "warning";

/** Rule codes (docs/reference/problems.md) plus the loader's own codes. */
export type ProblemCode =
  | "WP001"
  | "WP002"
  | "WP003"
  | "WP004"
  | "WP005"
  | "WP006"
  | "WP007"
  | "WP008"
  | "WP009"
  | "WP010"
  | "WP011"
  | "WP012"
  | "WP013"
  | "WP014"
  | "WP015"
  | "WP016"
  | "WP017"
  | "WP018"
  | "WP019"
  | "WP020"
  | "WP021"
  | "YAML"
  | "ENCODING"
  | "SCHEMA"
  | "IO";

/** Parameters a message needs; lists are vocabulary values the catalogue labels in the user's language. */
export type Params = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

/** A problem before it is given a language and (for record problems) a position. */
export interface Finding {
  code: ProblemCode;
  severity: Severity;
  /** JSON Pointer into the record ("" for the whole file). */
  path: string;
  /** Catalogue key when a code has several messages (e.g. "SCHEMA.enum"); defaults to the code. */
  key?: string;
  params?: Params;
  /** Point at the key rather than the value (unknown keys, missing fields). */
  at?: "key" | "value";
  /** Known position (YAML and ENCODING problems come with one). */
  line?: number;
  column?: number;
}

/** A problem as users and scripts see it (docs/reference/commands.md). */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  hint?: string;
  path: string;
  line: number;
  column: number;
}

/** Builds a finding; rules use this so each reads as one line. */
export function finding(code: ProblemCode, severity: Severity, path: string, params?: Params, key?: string): Finding {
  return { code, severity, path, params, key };
}

/** Escapes one JSON Pointer segment (RFC 6901). */
function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Joins segments into a JSON Pointer. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${pointerSegment(s)}`).join("");
}

/** Splits a JSON Pointer into its segments (kept with the plain-data helpers, below this folder). */
export { parsePointer } from "../util/pointer-data.js";
