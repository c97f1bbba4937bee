/** The validators of the two formats: precompiled at build time when available, else compiled once on first use. */
import type { ErrorObject, ValidateFunction } from "ajv";
import { decisionItemSchema, workspaceSchema } from "./definitions.js";

export type Validator = (data: unknown) => ErrorObject[];

type Compiled = { item: ValidateFunction; workspace: ValidateFunction };

// dist/schema/standalone.js is written by scripts/build-validators.mjs; running from source (tests) it is absent.
const precompiled: Partial<Compiled> = await import(/* @vite-ignore */ `./standalone${".js"}`).catch(() => ({}));

let compiled: Compiled | undefined;

async function compileAll(): Promise<Compiled> {
  const { Ajv2020 } = await import("ajv/dist/2020.js");
  const { ajvOptions, configureAjv } = await import("./ajv-options.js");
  const ajv = configureAjv(new Ajv2020(ajvOptions));
  return { item: ajv.compile(decisionItemSchema()), workspace: ajv.compile(workspaceSchema()) };
}

// Without precompiled code, compile now (top-level await) so validation itself stays synchronous.
if (!precompiled.item || !precompiled.workspace) compiled = await compileAll();

function validator(name: keyof Compiled): Validator {
  const fn = (precompiled[name] ?? compiled?.[name]) as ValidateFunction;
  return (data) => (fn(data) ? [] : [...(fn.errors ?? [])]);
}

/** Validates a decision-item record; returns ajv's raw errors. */
export const validateItemSchema: Validator = validator("item");

/** Validates `wenping.yaml`; returns ajv's raw errors. */
export const validateWorkspaceSchema: Validator = validator("workspace");

/** Whether the build-time validators are in use (for the test that compares them with a fresh compile). */
export const usingPrecompiled = Boolean(precompiled.item);

/** Freshly compiled validators, for that comparison. */
export async function freshValidators(): Promise<{ item: Validator; workspace: Validator }> {
  const fresh = await compileAll();
  const wrap =
    (fn: ValidateFunction): Validator =>
    (data) =>
      fn(data) ? [] : [...(fn.errors ?? [])];
  return { item: wrap(fresh.item), workspace: wrap(fresh.workspace) };
}
