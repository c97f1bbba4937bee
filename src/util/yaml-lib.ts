/**
 * The `yaml` parser, loaded on first use: a check of plain records does not need it (~40 ms of start-up).
 * It is loaded through `require`, which keeps callers synchronous.
 */
import { createRequire } from "node:module";
import type * as Yaml from "yaml";

const require = createRequire(import.meta.url);
let yaml: typeof Yaml | undefined;

/** The position-keeping `yaml` package (the same instance as `import "yaml"`: its Node entry is CommonJS). */
export function yamlLib(): typeof Yaml {
  yaml ??= require("yaml") as typeof Yaml;
  return yaml;
}
