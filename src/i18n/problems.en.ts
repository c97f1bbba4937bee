/** English message catalogue: the same keys as the Chinese one (the type checker holds them together). */
import * as v from "../model/vocabulary.js";
import { labeler, list, type MessageFn, str } from "./params.js";
import type { ProblemKey } from "./problems.zh.js";

const label = labeler("en");
const join = (items: readonly string[]) => items.join(", ");
const steps = (values: readonly string[]) => join(values.map((s) => label(v.steps, s)));
const enOf = (description?: string) => description?.split(" — ")[1] ?? "";
const STEP_ORDER_HINT =
  "record the seven steps in order: plan → consult → analyse → determine risk → report → review → file";

function dateName(what: string): string {
  const names: Record<string, string> = {
    listed_on: "listed_on",
    meeting: "the meeting date",
    filed_on: "filed_on",
    decided_on: "decided_on",
    tracking: "the tracking date",
    done_on: "done_on",
  };
  return names[what] ?? `the date of step "${label(v.steps, what)}"`;
}

export const enProblems: Record<ProblemKey, MessageFn> = {
  WP001: (p) => ({
    message: `id ${str(p.id)} is also used by ${join(list(p.others))}`,
    hint: "every item needs its own id; give one of them a new id and rename its file",
  }),
  WP002: (p) => ({
    message: `file name "${str(p.fileName)}" does not match id ${str(p.id)}`,
    hint: `rename the file to ${str(p.id)}.yaml`,
  }),
  WP003: (p) => {
    const kinds: Record<string, [string, string]> = {
      unit: ["unit code", "units"],
      domain: ["domain code", "domains"],
      agency: ["agency registration number", "agencies"],
      expert: ["expert id", "experts"],
    };
    const [what, section] = kinds[str(p.kind)] ?? ["reference", ""];
    const known = list(p.known);
    return {
      message: `${what} "${str(p.value)}" is not registered in wenping.yaml`,
      hint: p.suggestion
        ? `did you mean ${str(p.suggestion)}? known: ${join(known)}`
        : known.length
          ? `known: ${join(known)}; register a new one under ${section} first`
          : `register it under ${section} in wenping.yaml`,
    };
  },
  WP004: (p) => ({
    message: `the simple procedure is for low-risk items only; this item was assessed as ${label(v.riskLevels, p.level)}`,
    hint: "use the ordinary procedure (seven steps): procedure: ordinary",
  }),
  "WP005.missing": (p) => ({
    message: `steps missing before "${label(v.steps, p.step)}": ${steps(list(p.missing))}`,
    hint: STEP_ORDER_HINT,
  }),
  "WP005.repeated": (p) => ({
    message: `step "${label(v.steps, p.step)}" is recorded twice`,
    hint: "record each step once; add details to its summary",
  }),
  "WP005.order": (p) => ({
    message: `step "${label(v.steps, p.step)}" comes after "${label(v.steps, p.after)}"`,
    hint: STEP_ORDER_HINT,
  }),
  WP006: (p) => ({
    message: `${dateName(str(p.what))} ${str(p.date)} is earlier than ${dateName(str(p.before))} ${str(p.beforeDate)}`,
    hint: "dates must not go back: listed → meeting/steps → completion → decision; check for a typo",
  }),
  WP007: (p) => ({
    message: p.hasAssessment
      ? "decided before the assessment was complete (no completion date or risk level)"
      : "decided without any assessment",
    hint: "assess before deciding: complete the assessment (filed_on or step file, and risk_level) first",
  }),
  WP008: (p) => ({
    message: `a high-risk item was decided as "${label(v.outcomes, p.outcome)}"`,
    hint: "a high-risk item is not implemented (not_implement), adjusted and decided again, or postponed",
  }),
  "WP009.implement": () => ({
    message: "a medium-risk item was implemented without mitigation",
    hint: "use outcome implement_after_mitigation and list the measures under mitigation",
  }),
  "WP009.noMeasure": (p) => ({
    message: "implemented after mitigation, but no mitigation measure is recorded",
    hint: `run wenping next ${p.id ?? "<id>"} to add at least one measure (or add an entry under mitigation)`,
  }),
  WP010: (p) => ({
    message: "a low-risk item was implemented with no mitigation measure",
    hint: `run wenping next ${p.id ?? "<id>"} to add measures against the potential risks (or list them under mitigation)`,
  }),
  "WP011.conflict": (p) => ({
    message: `reviewer ${str(p.expert)}${p.name ? ` (${str(p.name)})` : ""} has a conflict of interest but did not recuse`,
    hint: "set recused: true and choose another expert",
  }),
  "WP011.affiliation": (p) => ({
    message: `reviewer ${str(p.expert)}${p.name ? ` (${str(p.name)})` : ""} is attached to "${str(p.attachedTo)}" but did not recuse`,
    hint: "reviewers may not come from the responsible unit or the agency; set recused: true and choose another",
  }),
  WP012: (p) => ({
    message: `sensitive item (${join(list(p.tags).map((t) => label(v.sensitiveTags, t)))}) with high initial risk is self-assessed`,
    hint: "bring in a registered third-party agency (assessor: third_party)",
  }),
  WP013: (p) => ({
    message: `self-assessment did not invite: ${join(list(p.missing).map((g) => label(v.participantGroups, g)))}`,
    hint: "add the missing groups under participants",
  }),
  WP014: () => ({
    message: "a major project is assessed outside its feasibility study",
    hint: "set in_feasibility_study: true",
  }),
  WP015: () => ({
    message: "the special procedure does not name its industry standard",
    hint: "fill in assessment.standard",
  }),
  WP016: (p) => ({
    message: `no tracking entry within 90 days of the decision of ${str(p.decidedOn)} (by ${str(p.deadline)})`,
    hint: "add a tracking entry (date, risk_level, note)",
  }),
  WP017: (p) => ({
    message: `mitigation "${str(p.measure)}" was due ${str(p.due)} and is not done`,
    hint: `when it is done, run wenping next ${p.id ?? "<id>"} to record tracking and its date done (done_on); to move the due date, run wenping edit ${p.id ?? "<id>"} and say why`,
  }),
  WP018: (p) => ({
    message: `${dateName(str(p.what))} ${str(p.date)} is after today (${str(p.today)}): it cannot have happened yet`,
    hint: "check the year and month; a measure's deadline still ahead belongs in due",
  }),
  WP019: (p) => ({
    message: `tracking date ${str(p.date)} is before the decision of ${str(p.decidedOn)}`,
    hint: "tracking follows the decision's implementation; its date is on or after decided_on",
  }),
  WP020: () => ({
    message: 'the review step ("review") names no reviewer',
    hint: "list the experts who reviewed under the step's reviewers (expert: their id in the expert pool)",
  }),
  WP021: (p) => ({
    message: `expert ${str(p.expert)} is listed twice in one review`,
    hint: "list each expert once per review; delete the repeated entry",
  }),
  "YAML.syntax": (p) => ({
    message: `YAML syntax error: ${str(p.detail)}`,
    hint: "check colons (followed by a space), indentation and quotes",
  }),
  "YAML.duplicateKey": (p) => ({
    message: p.key ? `the key "${str(p.key)}" appears twice at the same level` : "duplicate key",
    hint: "each key may appear once; remove or merge the duplicate",
  }),
  "YAML.tag": () => ({
    message: "unsupported YAML tag (starting with !)",
    hint: "records hold plain text, numbers, lists and keys only",
  }),
  "YAML.alias": () => ({
    message: "YAML aliases misused or too many",
    hint: "records need no anchors or aliases; write the content out",
  }),
  "YAML.tab": () => ({ message: "tab used for indentation", hint: "indent with spaces" }),
  "YAML.indent": () => ({
    message: "bad indentation",
    hint: "align keys of one level; indent children by 2 spaces",
  }),
  "YAML.missingChar": () => ({
    message: "a colon, bracket or quote is missing",
    hint: "check that brackets and quotes are paired",
  }),
  "YAML.implicitKey": () => ({
    message: "a key may not span lines",
    hint: "check for a missing colon or space; quote long text",
  }),
  "YAML.fullWidthColon": (p) => ({
    message: `a full-width colon "：" follows the field name "${str(p.field)}"`,
    hint: `use an ASCII colon and a space: ${str(p.fix)}`,
  }),
  "YAML.colonSpace": (p) => ({
    message: `no space after the colon of the field "${str(p.field)}"`,
    hint: `put a space after the colon: ${str(p.fix)}`,
  }),
  "YAML.multiDoc": () => ({
    message: "more than one YAML document in the file (---)",
    hint: "one item per file: save the others as <id>.yaml each",
  }),
  "YAML.tooDeep": () => ({
    message: "the file is nested too deeply to read",
    hint: "records are shallow; check the file is not corrupt",
  }),
  "ENCODING.gbk": () => ({
    message: "not UTF-8: the file looks like GBK/GB18030 (the default Chinese encoding of Notepad or WPS)",
    hint: "open it in Notepad, File → Save As, Encoding: UTF-8; or: iconv -f GB18030 -t UTF-8 old > new",
  }),
  "ENCODING.utf16": () => ({
    message: 'the file is UTF-16 ("Unicode" in Windows)',
    hint: "save it as UTF-8 (Notepad: File → Save As, Encoding: UTF-8)",
  }),
  "ENCODING.binary": (p) => ({
    message: `not a text file${p.kind && p.kind !== "data" ? ` (looks like ${str(p.kind)})` : " (binary content)"}`,
    hint: "keep only YAML records (.yaml) under records/",
  }),
  "ENCODING.unknown": () => ({
    message: "not UTF-8, and not recognisable as GBK",
    hint: "open it with the right encoding and save it as UTF-8",
  }),
  "SCHEMA.required": (p) => ({
    message: `missing required field ${str(p.field)}`,
    hint: `add ${str(p.field)}: …`,
  }),
  "YAML.wideSpace": (p) => ({
    message: `the indentation before the field "${str(p.field)}" holds a full-width (or no-break) space`,
    hint: `indent with ASCII spaces only: replace "　" by a space before ${str(p.field)}:`,
  }),
  "SCHEMA.unknownKey": (p) => ({
    message: `unknown field "${str(p.field)}"`,
    hint: p.suggestion
      ? `did you mean ${str(p.suggestion)}?`
      : p.owner
        ? `${str(p.field)} belongs ${p.owner === "/" ? "at the top level" : `under ${str(p.owner)}`}: it may be indented too far; align it with its fellow fields`
        : `fields allowed here: ${join(list(p.known))}`,
  }),
  "SCHEMA.enum": (p) => ({
    message: `"${str(p.value)}" is not an allowed value`,
    hint: `allowed: ${list(p.allowed)
      .map((a, i) => `${a} (${enOf(list(p.labels)[i])})`)
      .join(", ")}`,
  }),
  "SCHEMA.const": (p) => ({ message: `must be ${str(p.expected)}`, hint: `write ${str(p.expected)}` }),
  "SCHEMA.type.string": () => ({ message: "must be text", hint: "quote numbers and dates" }),
  "SCHEMA.type.object": () => ({
    message: 'must be a set of "key: value" fields',
    hint: "write the fields on the following lines, indented by 2 spaces",
  }),
  "SCHEMA.type.array": () => ({
    message: "must be a list",
    hint: 'one entry per line starting with "- ", or [a, b]',
  }),
  "SCHEMA.type.integer": () => ({ message: "must be a whole number", hint: "digits only, e.g. 120" }),
  "SCHEMA.type.number": () => ({ message: "must be a number", hint: "digits only, e.g. 0.3" }),
  "SCHEMA.type.boolean": () => ({ message: "must be true or false" }),
  "SCHEMA.date": (p) => ({
    message: `"${str(p.value)}" is not a valid date`,
    hint: "write dates as YYYY-MM-DD, e.g. 2021-04-20 (not 2021年4月20日 or 2021/4/20)",
  }),
  "SCHEMA.date.month": (p) => ({
    message: `"${str(p.value)}": there is no month ${str(p.month)}`,
    hint: "months run from 1 to 12; write dates as YYYY-MM-DD, e.g. 2021-04-20",
  }),
  "SCHEMA.date.day": (p) => ({
    message: `"${str(p.value)}": month ${str(p.month)} has no day ${str(p.day)}`,
    hint: "check the date; write dates as YYYY-MM-DD, e.g. 2021-04-20",
  }),
  "SCHEMA.id": (p) => ({
    message: `id "${str(p.value)}" has the wrong form`,
    hint: "upper-case letters and digits in hyphenated parts, at most 40 characters, e.g. BXMZ-2021-007",
  }),
  "SCHEMA.text": () => ({
    message: "bad text or control characters",
    hint: "remove invisible control characters",
  }),
  "SCHEMA.minLength": () => ({ message: "must not be empty", hint: "fill it in" }),
  "SCHEMA.maxLength": (p) => ({ message: `longer than ${str(p.limit)} characters`, hint: "shorten it" }),
  "SCHEMA.minimum": (p) => ({ message: `must be at least ${str(p.limit)}` }),
  "SCHEMA.maximum": (p) => ({ message: `must be at most ${str(p.limit)}` }),
  "SCHEMA.minItems": (p) => ({ message: `needs at least ${str(p.limit)} entries` }),
  "SCHEMA.uniqueItems": () => ({ message: "the list has duplicates", hint: "remove the duplicate entries" }),
  "SCHEMA.thirdPartyOnlyWhenThirdParty": () => ({
    message: "a self-assessment has no third_party",
    hint: "set assessor: third_party if an agency was engaged; otherwise remove third_party",
  }),
  "SCHEMA.duplicate": (p) => ({
    message: `"${str(p.value)}" is registered twice`,
    hint: "register each code or number once",
  }),
  "SCHEMA.not": () => ({ message: "not allowed here", hint: "remove it" }),
  "SCHEMA.other": (p) => ({ message: `does not match the format (${str(p.detail)})` }),
  "IO.unreadable": (p) => ({
    message: `cannot read the file (${str(p.reason)})`,
    hint: "check that it exists and can be read",
  }),
  "IO.tooLarge": (p) => ({
    message: `the file is too large (${str(p.size)}; the limit is ${str(p.limit)})`,
    hint: "a record is a few KB; is this the right file?",
  }),
  "IO.notFile": () => ({
    message: "not a regular file",
    hint: "name .yaml records or the folders holding them",
  }),
};
