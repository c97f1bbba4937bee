/** The questions of registering an item (`wenping new`): what it is, then its id. */

import * as v from "../model/vocabulary.js";
import { getAt } from "../util/pointer-data.js";
import { nextFreeId } from "./next-id.js";
import { choicesOf, domainChoices, happenedBy, type Question, type QuestionContext } from "./questions.js";

const str = (draft: Record<string, unknown>, path: string) => getAt(draft, path) as string | undefined;

/** `wenping new`: the item itself, then its id. */
export function registrationQuestions(wizard: QuestionContext): Question[] {
  const q = wizard.text.q;
  return [
    { kind: "text", path: "/title", message: q.title },
    {
      kind: "select",
      path: "/unit",
      message: q.unit,
      choices: wizard.config.units.map((u) => ({ value: u.code, name: `${u.name}(${u.code})` })),
    },
    { kind: "select", path: "/category", message: q.category, choices: choicesOf(v.categories, wizard.lang) },
    { kind: "select", path: "/domain", message: q.domain, choices: domainChoices(wizard.config, wizard.lang) },
    { kind: "multi", path: "/sensitive", message: q.sensitive, choices: choicesOf(v.sensitiveTags, wizard.lang) },
    { kind: "select", path: "/initial_risk", message: q.initialRisk, choices: choicesOf(v.riskLevels, wizard.lang) },
    { kind: "date", path: "/listed_on", message: q.listedOn, default: happenedBy(wizard) },
    { kind: "text", path: "/overview", message: q.overview, optional: true },
    {
      kind: "group",
      path: "/risks",
      message: q.riskDescription,
      add: q.addRisk,
      entry: (i) => [
        { kind: "text", path: `/risks/${i}/description`, message: q.riskDescription },
        { kind: "text", path: `/risks/${i}/measure`, message: q.riskMeasure, optional: true },
      ],
    },
    {
      kind: "text",
      path: "/id",
      message: q.id,
      default: (d) =>
        nextFreeId(wizard.existing, str(d, "/unit") ?? "", (str(d, "/listed_on") ?? wizard.asOf).slice(0, 4)),
      check: (id) => {
        const taken = wizard.existing.find((e) => e.id === id);
        return taken ? wizard.text.advice.idTaken(id) : undefined;
      },
    },
  ];
}
