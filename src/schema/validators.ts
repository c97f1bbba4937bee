/** Compiled validators for the two formats; compiled once per process, on first use. */
import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { decisionItemSchema, workspaceSchema } from "./definitions.js";

export type Validator = (data: unknown) => ErrorObject[];

function compiler(): Ajv2020 {
  // verbose: errors carry their subschema, which is how messages learn a field's title and kind.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false });
  ajv.addKeyword("enumDescriptions");
  ajv.addKeyword("x-wenping-kind");
  ajv.addKeyword("x-wenping-message");
  addFormats.default(ajv, ["date"]);
  return ajv;
}

let ajv: Ajv2020 | undefined;
const cache = new Map<string, ValidateFunction>();

function validator(name: string, schema: () => object): Validator {
  return (data) => {
    let fn = cache.get(name);
    if (!fn) {
      ajv ??= compiler();
      fn = ajv.compile(schema());
      cache.set(name, fn);
    }
    return fn(data) ? [] : [...(fn.errors ?? [])];
  };
}

/** Validates a decision-item record; returns ajv's raw errors. */
export const validateItemSchema: Validator = validator("item", decisionItemSchema);

/** Validates `wenping.yaml`; returns ajv's raw errors. */
export const validateWorkspaceSchema: Validator = validator("workspace", workspaceSchema);
