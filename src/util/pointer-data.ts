/** JSON Pointers (RFC 6901): splitting one, and reading and writing plain data by one (the wizard's drafts). */

/** Splits a JSON Pointer into its segments. */
export function parsePointer(path: string): string[] {
  if (path === "") return [];
  return path
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

type Container = Record<string, unknown> | unknown[];

/** The value at `path`, or undefined. */
export function getAt(data: unknown, path: string): unknown {
  let current = data;
  for (const segment of parsePointer(path)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Sets `value` at `path`, creating objects (or arrays, for numeric segments) on the way. */
export function setAt(data: Record<string, unknown>, path: string, value: unknown): void {
  const segments = parsePointer(path);
  let current: Container = data;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    const target = current as Record<string, unknown>;
    if (last) {
      target[segment] = value;
      return;
    }
    if (target[segment] === undefined || target[segment] === null || typeof target[segment] !== "object") {
      target[segment] = /^\d+$/.test(segments[i + 1] as string) ? [] : {};
    }
    current = target[segment] as Container;
  });
}

/** Removes the value at `path` (an array element is spliced out). */
export function unsetAt(data: unknown, path: string): void {
  const segments = parsePointer(path);
  const last = segments.pop();
  const parent = getAt(data, segments.map((s) => `/${s}`).join(""));
  if (last === undefined || parent === null || typeof parent !== "object") return;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<string, unknown>)[last];
}

/** A deep copy of plain data. */
export function clone<T>(data: T): T {
  return structuredClone(data);
}

/**
 * Merges `extra` into `base`: objects key by key, lists appended (a step, a tracking entry, a measure are added),
 * scalars replaced. This is how an answers file for `next` ("the parts to add") is applied.
 */
export function mergeAdding(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra];
  if (isPlainObject(base) && isPlainObject(extra)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(extra))
      out[key] = Object.hasOwn(out, key) ? mergeAdding(out[key], value) : value;
    return out;
  }
  return extra;
}

/**
 * Every answer in `data` by its pointer: scalars, and lists of scalars (a multiple choice) taken whole.
 * How a draft's answers are offered as defaults when the draft itself can no longer be used.
 */
export function answersByPointer(data: unknown, path = ""): [string, unknown][] {
  const isLeafList = Array.isArray(data) && data.every((v) => v === null || typeof v !== "object");
  if (data === null || typeof data !== "object" || isLeafList) return path === "" ? [] : [[path, data]];
  const entries: [string, unknown][] = Array.isArray(data)
    ? data.map((v, i) => [String(i), v])
    : Object.entries(data as Record<string, unknown>);
  return entries.flatMap(([key, value]) =>
    answersByPointer(value, `${path}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
