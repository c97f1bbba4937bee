/** Maps a JSON Pointer to the 1-based line and column of the key or value it names in a parsed YAML document. */
import type { Document, LineCounter, Node } from "yaml";
import { yamlLib } from "../util/yaml-lib.js";
import { parsePointer } from "./finding.js";

export interface Position {
  line: number;
  column: number;
}

/** Where a JSON Pointer stands in one file: its value's position, or with `at: "key"` its key's (see `locate`). */
export type Locator = (path: string, at?: "key" | "value") => Position;

/** Where the pointer leads: the deepest node reached and, when it was reached through a map, the key. */
function walk(doc: Document, path: string): { key?: Node; value?: Node; complete: boolean } {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let current: unknown = doc.contents;
  let key: Node | undefined;
  for (const segment of parsePointer(path)) {
    if (isMap(current)) {
      const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return { key, value: current as Node, complete: false };
      key = pair.key as Node;
      current = pair.value;
    } else if (isSeq(current)) {
      const item = current.items[Number(segment)];
      if (item === undefined) return { key, value: current as Node, complete: false };
      key = undefined;
      current = item;
    } else {
      return { key, value: current as Node | undefined, complete: false };
    }
  }
  return { key, value: (current ?? undefined) as Node | undefined, complete: true };
}

/**
 * The position of the value (or, with `at: "key"`, the key) that `path` names. When the pointer
 * leads past what the file holds (a missing field), the deepest existing key is used.
 */
export function locate(doc: Document, lines: LineCounter, path: string, at: "key" | "value" = "value"): Position {
  const { key, value, complete } = walk(doc, path);
  const preferKey = at === "key" || !complete;
  const node = preferKey ? (key ?? value) : (value ?? key);
  const offset = node?.range?.[0] ?? firstContentOffset(doc);
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function firstContentOffset(doc: Document): number {
  return doc.contents?.range?.[0] ?? 0;
}

/** The locator of a document parsed by `yaml`. */
export function yamlLocator(doc: Document, lines: LineCounter): Locator {
  return (path, at) => locate(doc, lines, path, at);
}
