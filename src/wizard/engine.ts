/** Runs a list of questions over a draft record: asks what is missing, checks each answer, goes back on request. */
import type { WizardText } from "../i18n/wizard.zh.js";
import { parseCount } from "../util/loose-date.js";
import { getAt, setAt, unsetAt } from "../util/pointer-data.js";
import { type AnswerContext, checkAnswer } from "./answer-check.js";
import { dateAnswer } from "./date-answer.js";
import { BACK, type Back, type Prompter } from "./prompter.js";
import type { Question } from "./questions.js";

/** What asking questions needs beyond checking answers: the texts, today, what was skipped or taken back. */
export interface EngineContext extends AnswerContext {
  text: WizardText;
  /** Today by the computer's clock (not `--as-of`): things that have happened are not dated after it. */
  today: string;
  /** Optional questions the clerk left empty (kept with a draft, so a resumed sitting does not ask again). */
  skipped?: Set<string>;
  /** Lists whose "another?" is being asked (kept with a draft, so a resumed sitting asks it again). */
  open?: Set<string>;
  /** Answers taken back by going back (or offered for change): the default when the question is asked again. */
  earlier?: Map<string, unknown>;
}

type Draft = Record<string, unknown>;

const messageOf = (q: Question, draft: Draft) => (typeof q.message === "function" ? q.message(draft) : q.message);
const defaultOf = (q: Question & { default?: unknown }, draft: Draft) =>
  typeof q.default === "function" ? (q.default as (d: Draft) => string | undefined)(draft) : q.default;

/** The question with the answer given before (going back, or changing a saved answer) as its default. */
function withEarlier(q: Question, wizard: EngineContext): Question {
  const before = wizard.earlier?.get(q.path);
  if (before === undefined) return q;
  switch (q.kind) {
    case "text":
    case "date":
    case "number":
      return { ...q, default: String(before) } as Question;
    case "select":
      return typeof before === "string" ? { ...q, default: before } : q;
    case "yesno":
      return typeof before === "boolean" ? { ...q, default: before } : q;
    case "multi":
      return Array.isArray(before) ? { ...q, checked: before as string[] } : q;
    case "group":
      return q;
  }
}

/** Asks one question until it gets an acceptable answer (stored in the draft) or "back". */
async function askOne(
  q: Question,
  draft: Draft,
  p: Prompter,
  wizard: EngineContext,
  skipped: Set<string>,
): Promise<Back | undefined> {
  q = withEarlier(q, wizard);
  if (q.note) p.note(q.note);
  const t = wizard.text;
  const check = (value: unknown) => checkAnswer(draft, q.path, value, wizard, q.defer, q.settles);
  switch (q.kind) {
    case "text":
    case "date":
    case "number": {
      const parse = (raw: string): { value?: unknown; error?: string } => {
        const trimmed = raw.trim();
        if (trimmed === "") return q.kind !== "number" && q.optional ? {} : { error: t.required };
        if (q.kind === "date") {
          const read = dateAnswer(trimmed, t);
          if (read.value === undefined) return read;
          const date = read.value;
          if (!q.ahead && date > wizard.today) return { error: t.afterToday(wizard.today) };
          const floor = q.notBefore?.(draft);
          return floor && date < floor.date ? { error: floor.message } : { value: date };
        }
        if (q.kind === "number") {
          const n = parseCount(trimmed);
          if (n === undefined) return { error: t.badNumber };
          return { value: n, error: q.check?.(n, draft) };
        }
        return { value: trimmed, error: q.check?.(trimmed) };
      };
      const fallback = defaultOf(q as Question & { default?: unknown }, draft);
      const answer = await p.text({
        message: `${messageOf(q, draft)}${q.kind !== "number" && q.optional ? t.optional : ""}`,
        default: typeof fallback === "string" ? fallback : undefined,
        validate: (raw) => {
          const { value, error } = parse(raw);
          return error ?? (value === undefined ? true : (check(value) ?? true));
        },
      });
      if (answer === BACK) return BACK;
      const { value } = parse(answer);
      if (value === undefined) skipped.add(q.path);
      else setAt(draft, q.path, value);
      return undefined;
    }
    case "select":
    case "multi":
    case "yesno":
      for (;;) {
        const value = await choose(q, draft, p, t);
        if (value === BACK) return BACK;
        const error = value === undefined ? undefined : check(value);
        if (error) {
          p.note(error);
          continue;
        }
        if (value === undefined) skipped.add(q.path);
        else setAt(draft, q.path, value);
        return undefined;
      }
    case "group": {
      const result = await askGroup(q, draft, p, wizard, skipped);
      if (result !== BACK && getAt(draft, q.path) === undefined) skipped.add(q.path); // "no entries" is an answer too
      return result;
    }
  }
}

async function choose(q: Question, draft: Draft, p: Prompter, t: WizardText): Promise<unknown> {
  const message = messageOf(q, draft);
  if (q.kind === "select") return p.select({ message, choices: q.choices, default: q.default });
  if (q.kind === "multi") {
    const picked = await p.multi({ message, choices: q.choices, checked: q.checked });
    return picked === BACK ? BACK : picked.length > 0 ? picked : undefined;
  }
  if (q.kind === "yesno") {
    const yes = await p.select({
      message,
      choices: [
        { value: "yes", name: t.yes },
        { value: "no", name: t.no },
      ],
      default: q.default === false ? "no" : "yes",
    });
    return yes === BACK ? BACK : yes === "yes";
  }
  return undefined;
}

/**
 * Whether the list's last entry (from `first` on) has a question that applies and was neither answered nor left
 * empty: Ctrl-C or a closed window cut it off, and a resumed sitting goes on inside it.
 */
function unfinishedEntry(
  q: Extract<Question, { kind: "group" }>,
  draft: Draft,
  skipped: ReadonlySet<string>,
): number | undefined {
  const k = ((getAt(draft, q.path) as unknown[] | undefined) ?? []).length - 1 - (q.first ?? 0);
  if (k < 0) return undefined;
  const open = q
    .entry(k, draft)
    .some((e) => (!e.when || e.when(draft)) && getAt(draft, e.path) === undefined && !skipped.has(e.path));
  return open ? k : undefined;
}

/**
 * Asks a list's entries, each after "another?". Going back from "another?" reopens the last answer of the entry
 * before it, and going back from an entry's first question reopens the "another?" that led to it (default 是).
 * No entry is lost on the way: an entry leaves the draft only when all its answers were taken back, and those
 * answers are offered again (`earlier`) when the clerk goes forward. Asked even when the list has entries
 * (`edit` adds after them); BACK when the clerk goes back from its first question.
 */
export async function askGroup(
  q: Extract<Question, { kind: "group" }>,
  draft: Draft,
  p: Prompter,
  wizard: EngineContext,
  skipped: Set<string>,
): Promise<Back | undefined> {
  const first = q.first ?? 0;
  const min = q.min ?? 0;
  const entryPath = (k: number) => `${q.path}/${first + k}`;
  const count = () => Math.max(0, ((getAt(draft, q.path) as unknown[] | undefined) ?? []).length - first);
  // Entries from `k` on are taken out of the draft; their answers stay in `earlier`, and skipped ones are forgotten.
  const dropFrom = (k: number) => {
    for (let n = count() - 1; n >= k; n--) unsetAt(draft, entryPath(n));
    if (count() === 0 && first === 0) unsetAt(draft, q.path); // an empty list would count as answered
    for (const path of [...skipped]) {
      const rest = path.startsWith(`${q.path}/`) ? path.slice(q.path.length + 1).split("/")[0] : undefined;
      if (rest !== undefined && /^\d+$/.test(rest) && Number(rest) >= first + k) skipped.delete(path);
    }
  };
  // "Another?" defaults to 是 when that entry was given before (the clerk went back across it).
  const given = (k: number) =>
    getAt(draft, entryPath(k)) !== undefined ||
    [...(wizard.earlier?.keys() ?? [])].some((key) => key.startsWith(`${entryPath(k)}/`));
  // Reopened from a later question, the list resumes at its "another?" after the last entry.
  let k = count();
  let mode: "more" | "entry" | "last" = k < min ? "entry" : "more";
  // An entry cut off (Ctrl-C, a closed window) is finished first: its questions left, then "another?".
  const cut = unfinishedEntry(q, draft, skipped);
  if (cut !== undefined) {
    k = cut;
    mode = "entry";
  }
  // A full list (every expert named) has no "another?": back goes into its last entry.
  if (cut === undefined && q.max !== undefined && first + k >= q.max && k > 0) {
    k--;
    mode = "last";
  }
  // Back from an entry's first question: its "another?" was answered 是.
  let wanted = false;
  for (;;) {
    if (mode === "more") {
      if (q.max !== undefined && first + k >= q.max) break;
      // Open while asked: Ctrl-C or a closed window here keeps the list open in the draft (drafts.ts).
      wizard.open ??= new Set();
      const open = wizard.open;
      open.add(q.path);
      const more = await choose(
        { kind: "yesno", path: q.path, message: q.add(first + k), default: wanted || given(k) },
        draft,
        p,
        wizard.text,
      );
      open.delete(q.path);
      wanted = false;
      if (more === BACK) {
        if (k === 0) {
          dropFrom(0);
          return BACK;
        }
        k--;
        mode = "last";
        continue;
      }
      if (more === false) {
        dropFrom(k);
        break;
      }
    }
    const result = await runQuestions(q.entry(k, draft), draft, p, wizard, mode === "last");
    if (result === BACK) {
      // Every answer of entry k is taken back (kept in `earlier`): its empty shell goes, so a draft kept on
      // Ctrl-C holds no empty entry; the question before it is its "another?", or the entry before.
      dropFrom(k);
      if (k >= min) {
        mode = "more";
        wanted = true;
      } else if (k === 0) return BACK;
      else {
        k--;
        mode = "last";
      }
      continue;
    }
    k++;
    mode = k < min ? "entry" : "more";
  }
  return undefined;
}

/** Forgets the answer to a question (going back to it); a list keeps its entries and is offered "another?". */
function forget(q: Question, draft: Draft, skipped: Set<string>): void {
  skipped.delete(q.path);
  if (q.kind !== "group") unsetAt(draft, q.path);
}

/**
 * Asks every question that applies and is not yet answered (by the answers file, a draft or earlier).
 * Going back reopens the question asked before; when none was asked in this run (a resumed sitting, an
 * answers file), the nearest earlier question that was answered, its answer kept as the default. Returns
 * BACK when there is nothing earlier to go back to. `fromEnd` starts by going back from the end: the clerk
 * wants to change the last answer of a stage just saved.
 */
export async function runQuestions(
  questions: readonly Question[],
  draft: Draft,
  p: Prompter,
  wizard: EngineContext,
  fromEnd = false,
): Promise<Back | undefined> {
  const asked: number[] = [];
  const skipped = wizard.skipped ?? new Set<string>();
  const earlier = wizard.earlier ?? new Map<string, unknown>();
  wizard.earlier = earlier;
  const reopened = new Set<number>();
  const applies = (q: Question) => !q.when || q.when(draft);
  // A list whose "another?" was cut off (a resumed draft) is not answered: the question is asked again.
  const isAnswered = (q: Question) =>
    q.kind === "group"
      ? !wizard.open?.has(q.path) &&
        (skipped.has(q.path) ||
          (getAt(draft, q.path) !== undefined && unfinishedEntry(q, draft, skipped) === undefined))
      : skipped.has(q.path) || getAt(draft, q.path) !== undefined;
  const back = (from: number): number | undefined => {
    let j = asked.pop();
    if (j === undefined) {
      for (let k = from - 1; k >= 0 && j === undefined; k--) {
        const q = questions[k] as Question;
        if (applies(q) && isAnswered(q)) j = k;
      }
    }
    if (j === undefined) return undefined;
    const q = questions[j] as Question;
    if (q.kind !== "group" && getAt(draft, q.path) !== undefined) earlier.set(q.path, getAt(draft, q.path));
    forget(q, draft, skipped);
    reopened.add(j);
    return j;
  };
  let i = 0;
  if (fromEnd) {
    const j = back(questions.length);
    if (j === undefined) return undefined;
    i = j;
  }
  while (i < questions.length) {
    const q = questions[i] as Question;
    const answered = !reopened.has(i) && isAnswered(q);
    if (!applies(q) || answered) {
      i++;
      continue;
    }
    if ((await askOne(q, draft, p, wizard, skipped)) === BACK) {
      const j = back(i);
      if (j === undefined) return BACK;
      i = j;
      continue;
    }
    reopened.delete(i);
    asked.push(i);
    i++;
  }
  return undefined;
}

/** Required questions that apply and have no answer: what a run without a terminal must be told is missing. */
export function missingAnswers(questions: readonly Question[], draft: Draft): string[] {
  return questions.flatMap((q) => {
    if ((q.when && !q.when(draft)) || getAt(draft, q.path) !== undefined) return [];
    if (q.kind === "group") return (q.min ?? 0) > 0 ? q.entry(0, draft).flatMap((e) => missingAnswers([e], draft)) : [];
    // A computed default (the proposed id) needs no answer; a static one (today) is only offered to a person.
    if ((q.kind === "text" || q.kind === "date") && (q.optional || typeof q.default === "function")) return [];
    if (q.kind === "multi" || q.kind === "yesno" || (q.kind === "select" && q.optional)) return [];
    return [q.path];
  });
}
