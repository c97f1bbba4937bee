/** Reading message parameters inside a catalogue without ceremony. */
import type { Params } from "../diagnostics/finding.js";
import type { Vocabulary } from "../model/vocabulary.js";

export interface Text {
  message: string;
  hint?: string;
}

export type MessageFn = (p: Params) => Text;

/** A parameter as text ("" when absent). */
export function str(value: Params[string]): string {
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(", ") : String(value);
}

/** A parameter as a list. */
export function list(value: Params[string]): readonly string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly string[]) : [String(value)];
}

/** Labels a vocabulary value in one language, falling back to the raw value. */
export function labeler(lang: "zh" | "en") {
  return (vocabulary: Vocabulary<string>, value: Params[string]): string => {
    const key = str(value);
    return (vocabulary as Record<string, { zh: string; en: string }>)[key]?.[lang] ?? key;
  };
}
