/** Checks one answer as it is typed, with the same schema and rules as `validate`: only problems it would introduce. */

import type { Finding } from "../diagnostics/finding.js";
import { type Lang, render, wizardText } from "../i18n/index.js";
import type { DecisionItem, WorkspaceConfig } from "../model/types.js";
import { rules } from "../rules/index.js";
import type { Rule } from "../rules/rule.js";
import { decisionItemSchema } from "../schema/definitions.js";
import { toFindings } from "../schema/errors.js";
import { validateItemSchema } from "../schema/validators.js";
import { clone, setAt } from "../util/pointer-data.js";

/** What checking an answer needs: the workspace, the as-of date, the language. */
export interface AnswerContext {
  config: WorkspaceConfig;
  asOf: string;
  lang: Lang;
}

/**
 * Rule errors of a draft, each rule run on its own: a draft is incomplete by nature, and a rule that fails on
 * it must not switch the other rules' checks off (the draft counted as error-free once let a missing measure
 * through as "new" at the next question). Rules are meant not to throw on partial records (a property test
 * holds them to it); this is the second line.
 */
export function ruleErrors(
  draft: Record<string, unknown>,
  context: AnswerContext,
  which: readonly Rule[] = rules,
): Finding[] {
  const item = draft as unknown as DecisionItem;
  const ruleContext = { config: context.config, asOf: context.asOf };
  return which.flatMap((rule) => {
    try {
      return rule.check(item, ruleContext).filter((f) => f.severity === "error");
    } catch {
      return [];
    }
  });
}

const key = (f: Finding) => `${f.code}|${f.key ?? ""}|${f.path}`;

/**
 * The message (with its hint) of the first problem this answer introduces, or undefined when it is fine.
 * Schema problems count at the answer's own place; rule errors anywhere, if new. `defer` names rule codes
 * a later question of the same sitting settles (e.g. WP011 is asked about at "recused"); `settles` names the
 * codes this question settles, judged here even when an earlier answer raised them.
 */
export function checkAnswer(
  draft: Record<string, unknown>,
  path: string,
  value: unknown,
  context: AnswerContext,
  defer: readonly string[] = [],
  settles: readonly string[] = [],
): string | undefined {
  const candidate = clone(draft);
  setAt(candidate, path, value);
  const schema = toFindings(validateItemSchema(candidate), decisionItemSchema).filter(
    (f) => f.key !== "SCHEMA.required" && (f.path === path || f.path.startsWith(`${path}/`)),
  );
  const before = new Set(ruleErrors(draft, context).map(key));
  const settled = (f: Finding) => settles.includes(f.code) && path.startsWith(f.path);
  const rules = ruleErrors(candidate, context).filter(
    (f) => (!before.has(key(f)) || settled(f)) && !defer.includes(f.code),
  );
  const first = schema[0] ?? rules[0];
  if (!first) return undefined;
  const p = render({ ...first, line: 1, column: 1 }, context.lang);
  return p.hint ? wizardText(context.lang).withHint(p.message, p.hint) : p.message;
}
