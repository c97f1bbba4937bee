/**
 * A record's data with a way to place problems in it: from the plain-subset reader when the text is plain
 * (microseconds), otherwise from the position-keeping `yaml` parser, whose syntax problems come located.
 */
import type { Finding } from "../diagnostics/finding.js";
import { type Locator, yamlLocator } from "../diagnostics/locate.js";
import { type NodeOffsets, readPlainYaml } from "./document-plain.js";
import { type Parsed, parseYaml } from "./document-yaml.js";

/** A record's text read as YAML: its data and where each part stands, or the YAML problems that stop it. */
export interface Document {
  /** Set only when the text is one well-formed YAML document. */
  data?: unknown;
  locate?: Locator;
  /** YAML problems, with their positions: the data cannot be used. */
  findings: Finding[];
}

/** 1-based line and column of an offset, as `yaml`'s LineCounter gives them. */
function positioner(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((starts[mid] as number) < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, column: 1 };
    return { line: low, column: offset - (starts[low - 1] as number) + 1 };
  };
}

/** The locator over what the plain reader recorded: same answers as `locate` on the `yaml` document. */
function offsetLocator(text: string, offsets: NodeOffsets): Locator {
  let position: ReturnType<typeof positioner> | undefined;
  return (path, at = "value") => {
    // A pointer past what the file holds stops at the deepest node it reaches, and names its key if it has one.
    let reached = path;
    let node = offsets.get(reached);
    const complete = node !== undefined;
    while (node === undefined && reached !== "") {
      reached = reached.slice(0, reached.lastIndexOf("/"));
      node = offsets.get(reached);
    }
    const [key, value] = node ?? [-1, 0];
    const offset = (at === "key" || !complete) && key !== -1 ? key : value;
    position ??= positioner(text);
    return position(offset);
  };
}

/** The plain reader's answer, with positions; undefined when the text is not in the plain subset. */
export function plainDocument(text: string): Document | undefined {
  const offsets: NodeOffsets = new Map();
  const data = readPlainYaml(text, offsets);
  return data === undefined ? undefined : { data, locate: offsetLocator(text, offsets), findings: [] };
}

/** The locator of a `yaml` parse, when it produced a document. */
export function locatorOf(parsed: Parsed | undefined): Locator | undefined {
  return parsed?.doc ? yamlLocator(parsed.doc, parsed.lines) : undefined;
}

/** The full parser's answer. */
export function yamlDocument(text: string): Document & { parsed: Parsed } {
  const parsed = parseYaml(text);
  const locate = locatorOf(parsed);
  return {
    parsed,
    // parseYaml sets data only when it found no problem.
    data: parsed.data,
    locate,
    findings: parsed.findings,
  };
}

/** The quickest source that can place every problem in the text. */
export function readDocument(text: string): Document {
  return plainDocument(text) ?? yamlDocument(text);
}
