/** The shape of a rule of the assessment regime (docs/reference/problems.md): a named pure function with its code and severity. */
import type { Finding, ProblemCode, Severity } from "../diagnostics/finding.js";
import type { DecisionItem, WorkspaceConfig } from "../model/types.js";

/** What a record rule may look at besides the record itself. */
export interface RuleContext {
  config: WorkspaceConfig;
  /** The date "today" means (`--as-of`). */
  asOf: string;
  /** The computer's date (`YYYY-MM-DD`), for the rule on dates still to come; the clock when absent (tests set it). */
  today?: string;
  /** The record's file name without folder, when it came from a file. */
  fileName?: string;
}

/** A rule over one schema-valid record. */
export interface Rule {
  code: ProblemCode;
  severity: Severity;
  /** What it checks, for `--help` readers and the docs. */
  title: string;
  /** Judged at the as-of date (so re-run every day, on the cached as-of inputs of the record). */
  asOfDependent?: boolean;
  check(item: DecisionItem, context: RuleContext): Finding[];
}

/** Declares a rule; `report` fills in the code and severity so a rule body reads as its condition. */
export function defineRule(
  code: ProblemCode,
  severity: Severity,
  title: string,
  check: (item: DecisionItem, context: RuleContext, report: Reporter) => void,
  options: { asOfDependent?: boolean } = {},
): Rule {
  return {
    code,
    severity,
    title,
    ...options,
    check(item, context) {
      const out: Finding[] = [];
      check(item, context, (path, params, options) => {
        out.push({ code, severity, path, params, ...options });
      });
      return out;
    },
  };
}

export type Reporter = (path: string, params?: Finding["params"], options?: Pick<Finding, "key" | "at">) => void;
