/** The one ajv configuration, shared by the runtime compiler and the build-time precompiler. */
import type { Ajv2020, Options } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// verbose: errors carry their subschema, which is how messages learn a field's title and kind.
export const ajvOptions: Options = { allErrors: true, verbose: true, strict: true, strictRequired: false };

/** Adds the annotation keywords the schemas carry and the `date` format. */
export function configureAjv(ajv: Ajv2020): Ajv2020 {
  for (const keyword of ["enumDescriptions", "x-wenping-kind", "x-wenping-message"]) ajv.addKeyword(keyword);
  addFormats.default(ajv, ["date"]);
  return ajv;
}
