/** Names a field for people: `decision.decided_on(决策日期)`, from its pointer and the schema's titles. */
import { parsePointer } from "../diagnostics/finding.js";
import { decisionItemSchema } from "./definitions.js";

type Schema = { title?: string; properties?: Record<string, Schema>; items?: Schema };

export function fieldLabel(path: string, lang: "zh" | "en"): string {
  let schema: Schema | undefined = decisionItemSchema() as Schema;
  const segments = parsePointer(path);
  for (const s of segments) schema = /^\d+$/.test(s) ? schema?.items : schema?.properties?.[s];
  const dotted = segments
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : s))
    .join(".")
    .replace(/\.\[/g, "[");
  return lang === "zh" && schema?.title ? `${dotted}(${schema.title})` : dotted;
}
