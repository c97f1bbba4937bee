#!/usr/bin/env node
// Writes docs/reference/generated/ from the built code (`npm run reference`, which builds first).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { zhProblems as messages } from "../dist/i18n/problems.zh.js";
import * as labels from "../dist/report/labels.js";
import { rules } from "../dist/rules/index.js";
import { uniqueIds } from "../dist/rules/wp001-unique-ids.js";
import { decisionItemSchema, workspaceSchema } from "../dist/schema/definitions.js";
import { generatedReference } from "./reference.mjs";

const dir = join(import.meta.dirname, "..", "docs", "reference", "generated");
for (const [name, text] of Object.entries(
  generatedReference({ decisionItemSchema, workspaceSchema, rules, uniqueIds, messages, labels }),
)) {
  writeFileSync(join(dir, name), text);
  console.log(`docs/reference/generated/${name}`);
}
