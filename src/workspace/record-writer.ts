/** Writing records: new ones in the format's key order, edits through the yaml Document so comments and order stay. */
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  parse,
  parseDocument,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { decisionItemSchema } from "../schema/definitions.js";
import { writeFileAtomic } from "../util/atomic-write.js";
import { withLock } from "../util/lock.js";

type Schema = { properties?: Record<string, Schema>; items?: Schema };
type Path = (string | number)[];

/**
 * A record file whose name differs from the new one only in letter case (`bxmz-2026-001.yaml`): on Windows
 * and macOS they are one file, elsewhere two files for one id. Not written either way.
 */
export class CaseClashError extends Error {
  constructor(
    readonly path: string,
    readonly existing: string,
  ) {
    super(`differs only in case: ${path} / ${existing}`);
  }
}

/** The file changed on disk since the wizard read it: it is not overwritten. */
export class ConflictError extends Error {
  constructor(readonly path: string) {
    super(`changed on disk: ${path}`);
  }
}

function subschema(schema: Schema | undefined, key: string | number): Schema | undefined {
  return typeof key === "number" ? schema?.items : schema?.properties?.[key];
}

/** Plain data with object keys in the order the schema lists them (unknown keys last). */
function inSchemaOrder(value: unknown, schema: Schema | undefined = decisionItemSchema() as Schema): unknown {
  if (Array.isArray(value)) return value.map((v) => inSchemaOrder(v, schema?.items));
  if (value === null || typeof value !== "object") return value;
  const order = Object.keys(schema?.properties ?? {});
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const entries = Object.entries(value).sort(([a], [b]) => rank(a) - rank(b));
  return Object.fromEntries(entries.map(([k, v]) => [k, inSchemaOrder(v, subschema(schema, k))]));
}

/** The text of a new record, with a short header comment. */
export function newRecordText(item: unknown, header: string): string {
  const doc = new Document(inSchemaOrder(item));
  doc.commentBefore = ` ${header}`;
  return doc.toString({ lineWidth: 0 });
}

/** Inserts a new key into a map where the schema's order puts it, so `decision` lands before `mitigation`. */
function insertInOrder(doc: Document, map: YAMLMap, key: string, value: unknown, schema: Schema | undefined): void {
  const order = Object.keys(schema?.properties ?? {});
  const rank = (k: unknown) => (order.includes(String(k)) ? order.indexOf(String(k)) : order.length);
  const pair = doc.createPair(key, inSchemaOrder(value, subschema(schema, key)));
  const at = map.items.findIndex((p) => rank(isScalar(p.key) ? p.key.value : p.key) > rank(key));
  if (at === -1) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

/** Brings the node at `path` in line with `value`, touching only what differs. */
function sync(doc: Document, path: Path, value: unknown, schema: Schema | undefined): void {
  const node = doc.getIn(path, true) as Node | undefined;
  if (isMap(node) && value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (node.has(key)) sync(doc, [...path, key], v, subschema(schema, key));
      else insertInOrder(doc, node, key, v, schema);
    }
    return;
  }
  if (isSeq(node) && Array.isArray(value)) {
    value.forEach((v, i) => {
      if (i < node.items.length) sync(doc, [...path, i], v, schema?.items);
      else node.items.push(doc.createNode(inSchemaOrder(v, schema?.items)));
    });
    return;
  }
  if (isScalar(node) && node.value === value) return;
  if (isScalar(node) && (typeof value !== "object" || value === null)) {
    node.value = value; // keeps the comment on that line
    // A block style kept for a value it cannot hold would change it (a lone space written as `|` reads back
    // empty): the block stays only for text of several lines; anything else takes the style yaml picks.
    const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
    if (block && !(typeof value === "string" && value.includes("\n") && value.trim() !== "")) delete node.type;
    return;
  }
  doc.setIn(path, doc.createNode(inSchemaOrder(value, schema)));
}

/** The record's text with `data` applied: existing comments, key order and layout are kept. */
export function updatedRecordText(original: string, data: unknown): string {
  const doc = parseDocument(original, { version: "1.2", schema: "core" });
  sync(doc, [], data, decisionItemSchema() as Schema);
  return editedText(doc, original);
}

/**
 * The text of `doc`, parsed from `original` and changed: each flow list or map keeps the spacing it was written
 * with. yaml pads every one or none (`[ a, b ]`), so a saved edit rewrote lines the clerk never touched
 * (`participants: [a, b]`, as the examples write it, beside `- { measure: …, owner: … }`).
 */
export function editedText(doc: Document, original: string): string {
  const keep = (node: YAMLMap | YAMLSeq) => {
    if (!node.flow || !node.range) return;
    const padding = original[node.range[0] + 1] === " " ? " " : "";
    const own = node.toString.bind(node);
    node.toString = (ctx, onComment, onChompKeep) =>
      own(ctx && { ...ctx, flowCollectionPadding: padding }, onComment, onChompKeep);
  };
  visit(doc, { Map: (_, node) => keep(node), Seq: (_, node) => keep(node) });
  return doc.toString({ lineWidth: 0 });
}

/** The text about to be written does not read back as the record that was checked: nothing is written. */
export class NotReadBackError extends Error {
  constructor(readonly path: string) {
    super(`${path}: the text to be written does not read back as the record`);
  }
}

/** Plain data with keys sorted, as JSON: two values are the same data when these are equal. */
function canonical(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(
            Object.entries(v)
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([k, x]) => [k, sorted(x)]),
          )
        : v;
  return JSON.stringify(sorted(value));
}

/** Whether `text` reads back (YAML 1.2, core schema, as records are read) as the same plain data as `data`. */
export function readsBackAs(text: string, data: unknown): boolean {
  return canonical(parse(text, { version: "1.2", schema: "core" })) === canonical(data);
}

/**
 * Writes a record atomically. With `expected`, the file must still hold exactly that text (nobody else
 * saved it meanwhile); otherwise ConflictError and nothing is written. With `holds`, the text must read back as
 * that record (what was checked is what is saved); otherwise NotReadBackError and nothing is written.
 */
export async function writeRecord(path: string, text: string, expected?: string, holds?: unknown): Promise<void> {
  if (holds !== undefined && !readsBackAs(text, holds)) throw new NotReadBackError(path);
  if (expected === undefined) {
    const name = basename(path);
    const names = await readdir(dirname(path)).catch(() => [] as string[]);
    const other = names.find((n) => n !== name && n.toLowerCase() === name.toLowerCase());
    if (other) throw new CaseClashError(path, join(dirname(path), other));
    await writeFileAtomic(path, text, { overwrite: false });
    return;
  }
  // Check and replace under a lock beside the record (a hidden file, never taken for a record).
  await withLock(join(dirname(path), `.${basename(path)}.lock`), async () => {
    const now = await readFile(path, "utf8").catch(() => undefined);
    if (now !== expected) throw new ConflictError(path);
    await writeFileAtomic(path, text, { overwrite: true });
  });
}
