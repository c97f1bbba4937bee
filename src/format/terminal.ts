/** Making record text safe and aligned on a terminal. */

// C0/C1 controls except tab and newline, and DEL: a record must not move the cursor or recolour the screen.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences start with ESC
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])/g;

/** Text from a record with escape sequences removed and other control characters shown as "?". */
export function sanitize(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(CONTROL, "?");
}

/** Columns a character takes in a terminal: 2 for CJK and full-width forms, else 1. */
export function charWidth(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
    ? 2
    : 1;
}

/** Terminal columns taken by a string (tabs count as one; frames replace them first). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}

/**
 * A line cut to `room` terminal columns around 0-based character `at` (where the caret goes), with "…"
 * where text was cut; returns the text and the caret's column in it. A 1 MB line is not a 1 MB frame.
 */
export function cutAround(line: string, at: number, room: number): { text: string; caret: number } {
  const chars = [...line];
  const widths = chars.map((ch) => charWidth(ch.codePointAt(0) ?? 0));
  const caretAt = Math.min(at, chars.length);
  const before = widths.slice(0, caretAt).reduce((a, b) => a + b, 0);
  if (widths.reduce((a, b) => a + b, 0) <= room) return { text: line, caret: before };
  // Keep about a third of the room before the caret, the rest after; one column for each "…".
  let start = caretAt;
  let used = 0;
  while (start > 0 && used + (widths[start - 1] ?? 1) <= Math.floor(room / 3)) used += widths[--start] ?? 1;
  const lead = start > 0 ? 1 : 0;
  let end = caretAt;
  let total = used + lead;
  while (end < chars.length && total + (widths[end] ?? 1) <= room - 1) total += widths[end++] ?? 1;
  const text = `${lead ? "…" : ""}${chars.slice(start, end).join("")}${end < chars.length ? "…" : ""}`;
  return { text, caret: used + lead };
}
