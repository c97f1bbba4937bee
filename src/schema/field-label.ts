/** Names a field for people: `decision.decided_on` and its schema title (决策日期), from its pointer. */
import { parsePointer } from "../diagnostics/finding.js";
import { decisionItemSchema } from "./definitions.js";

type Schema = { title?: string; properties?: Record<string, Schema>; items?: Schema };

/** A field as people read it: its dotted path (`risks[0].title`) and the schema's title for it, if any. */
export interface FieldName {
  dotted: string;
  title?: string;
}

/** The field at JSON Pointer `path`; the catalogues put the two parts together (`fieldLabel` in wizard.*.ts). */
export function fieldName(path: string): FieldName {
  let schema: Schema | undefined = decisionItemSchema() as Schema;
  const segments = parsePointer(path);
  for (const s of segments) schema = /^\d+$/.test(s) ? schema?.items : schema?.properties?.[s];
  const dotted = segments
    .map((s) => (/^\d+$/.test(s) ? `[${s}]` : s))
    .join(".")
    .replace(/\.\[/g, "[");
  return schema?.title ? { dotted, title: schema.title } : { dotted };
}
