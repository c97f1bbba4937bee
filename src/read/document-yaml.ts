/** Parses record text as YAML 1.2 (core schema) keeping positions; every YAML oddity becomes a finding, never a throw. */
import type { Document, LineCounter, YAMLError } from "yaml";
import type { Finding } from "../diagnostics/finding.js";
import { yamlLib } from "../util/yaml-lib.js";

/** What the `yaml` parser made of a text: its document and line counter, the data when well-formed, its problems. */
export interface Parsed {
  doc?: Document.Parsed;
  lines: LineCounter;
  data?: unknown;
  findings: Finding[];
}

// A record never needs many aliases; more than this is an attempt to blow up memory ("billion laughs").
const MAX_ALIAS_COUNT = 50;

function yamlFinding(key: string, lines: LineCounter, offset: number, params = {}): Finding {
  const { line, col } = lines.linePos(offset);
  return { code: "YAML", severity: "error", path: "", key, params, line, column: col };
}

/** Where to point for an error: an unclosed quote is reported at the end of the file, but its line is where it opens. */
function errorOffset(error: YAMLError, text: string): number {
  const start = error.pos[0];
  if (error.code !== "MISSING_CHAR") return start;
  const quote = /closing "quote/.test(error.message) ? '"' : /closing 'quote/.test(error.message) ? "'" : undefined;
  if (!quote) return start;
  const opening = text.lastIndexOf(quote, Math.max(0, start - 1));
  return opening === -1 ? start : opening;
}

function fromYamlError(error: YAMLError, lines: LineCounter, text: string): Finding {
  const known: Record<string, string> = {
    DUPLICATE_KEY: "YAML.duplicateKey",
    TAG_RESOLVE_FAILED: "YAML.tag",
    BAD_ALIAS: "YAML.alias",
    TAB_AS_INDENT: "YAML.tab",
    BAD_INDENT: "YAML.indent",
    MISSING_CHAR: "YAML.missingChar",
    MULTILINE_IMPLICIT_KEY: "YAML.implicitKey",
  };
  const offset = errorOffset(error, text);
  // A duplicate key is named, as it stands on its line (quotes and all), so the clerk knows which one.
  const key = error.code === "DUPLICATE_KEY" ? /^[^:\r\n]+/.exec(text.slice(offset))?.[0].trim() : undefined;
  return yamlFinding(known[error.code] ?? "YAML.syntax", lines, offset, {
    detail: error.message.split("\n")[0],
    key,
  });
}

// A field name followed by a full-width colon, where a clerk's input method typed "：" for ":".
const FULL_WIDTH_COLON = /^([ \u3000]*(?:- )?)([A-Za-z_][A-Za-z0-9_]*)[ \u3000]*：[ \u3000]*/m;

/** The finding for a full-width colon after a field name, with the line as it should read. */
function fullWidthColon(text: string, lines: LineCounter): Finding | undefined {
  const match = FULL_WIDTH_COLON.exec(text);
  if (!match) return undefined;
  const [whole, lead = "", field = ""] = match;
  const end = text.indexOf("\n", match.index);
  const rest = text.slice(match.index + whole.length, end === -1 ? undefined : end).replace(/\r$/, "");
  const at = match.index + lead.length + field.length;
  return yamlFinding("YAML.fullWidthColon", lines, at, { field, fix: `${field}: ${rest}`.trimEnd() });
}

// A field name whose indentation holds a full-width or no-break space (not whitespace to YAML).
const WIDE_INDENT = /^ *[\u3000\u00a0][ \u3000\u00a0]*(?:- )?([A-Za-z_][A-Za-z0-9_]*) *[:：]/m;

/** The finding for a full-width space in an indentation, at the field it stands before. */
function wideIndent(text: string, lines: LineCounter): Finding | undefined {
  const match = WIDE_INDENT.exec(text);
  const field = match?.[1];
  if (!match || !field) return undefined;
  return yamlFinding("YAML.wideSpace", lines, match.index + match[0].indexOf(field), { field });
}

// A field name and its value with no space between ("filed_on:2026-10-23"): to YAML one plain word, not a field.
const NO_SPACE_AFTER_COLON = /^([ ]*(?:- )?)([A-Za-z_][A-Za-z0-9_]*):(\S.*)$/;

/** The finding for a field whose colon has no space after it, when the parser's first complaint is on that line. */
function noSpaceAfterColon(text: string, lines: LineCounter, first: Finding | undefined): Finding | undefined {
  if (first?.line === undefined || (first.key !== "YAML.implicitKey" && first.key !== "YAML.missingChar"))
    return undefined;
  const start = lines.lineStarts[first.line - 1];
  if (start === undefined) return undefined;
  const end = text.indexOf("\n", start);
  const line = text.slice(start, end === -1 ? undefined : end).replace(/\r$/, "");
  const match = NO_SPACE_AFTER_COLON.exec(line);
  if (!match) return undefined;
  const [, lead = "", field = "", rest = ""] = match;
  return yamlFinding("YAML.colonSpace", lines, start + lead.length + field.length, {
    field,
    fix: `${field}: ${rest}`.trimEnd(),
  });
}

/** Parses one record; `data` is set only when the text is one well-formed YAML document. */
export function parseYaml(text: string): Parsed {
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lines = new LineCounter();
  try {
    const docs = parseAllDocuments(text, {
      lineCounter: lines,
      version: "1.2",
      schema: "core",
      uniqueKeys: true,
      merge: false,
      prettyErrors: false,
      strict: true,
    });
    const list = Array.isArray(docs) ? docs : [];
    const doc = list[0];
    if (!doc) return { lines, data: null, findings: [] };
    const second = list[1];
    if (second) return { lines, findings: [yamlFinding("YAML.multiDoc", lines, second.range[0])] };
    // Unknown tags (!!js/function, !foo) are only warnings to the parser; for a record they are errors.
    const problems = [...doc.errors, ...doc.warnings].map((e) => fromYamlError(e, lines, text));
    if (problems.length > 0) {
      // The parser's own words ("a key may not span lines") are a consequence; the cause is the colon.
      const colon = text.includes("：") ? fullWidthColon(text, lines) : undefined;
      const wide = /[\u3000\u00a0]/.test(text) ? wideIndent(text, lines) : undefined;
      const cause = colon ?? wide ?? noSpaceAfterColon(text, lines, problems[0]);
      // A tab in an indent throws every line after it out of place; the tab is the one thing to fix.
      const tabs = problems.filter((p) => p.key === "YAML.tab");
      return { doc, lines, findings: cause ? [cause] : tabs.length > 0 ? tabs : problems };
    }
    try {
      return { doc, lines, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), findings: [] };
    } catch {
      return { doc, lines, findings: [yamlFinding("YAML.alias", lines, 0)] };
    }
  } catch {
    // Pathological input (e.g. nesting thousands deep) can exhaust the parser's stack.
    return { lines, findings: [yamlFinding("YAML.tooDeep", lines, 0)] };
  }
}
