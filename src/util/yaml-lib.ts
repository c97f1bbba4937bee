/**
 * The YAML libraries, loaded on first use: a check of plain records needs neither (together ~40 ms of
 * start-up). Both are loaded through `require`, which keeps callers synchronous.
 */
import { createRequire } from "node:module";
import type * as JsYaml from "js-yaml";
import type * as Yaml from "yaml";

const require = createRequire(import.meta.url);
let yaml: typeof Yaml | undefined;
let jsYaml: typeof JsYaml | undefined;

/** The position-keeping `yaml` package (the same instance as `import "yaml"`: its Node entry is CommonJS). */
export function yamlLib(): typeof Yaml {
  yaml ??= require("yaml") as typeof Yaml;
  return yaml;
}

/** js-yaml, the second, quicker parser for clean records outside the plain subset. */
export function jsYamlLib(): typeof JsYaml {
  jsYaml ??= require("js-yaml") as typeof JsYaml;
  return jsYaml;
}
