import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/read/index.js";
import { FIXTURES } from "../helpers/check.js";
import { ROOT } from "../helpers/cli.js";

// The built validators (dist/schema/standalone.js, generated at build time) against a fresh compile of the
// same schemas: the binary must judge every record exactly as the source does.
describe("precompiled validators", () => {
  it("are in use in the build, and agree with a fresh compile on every fixture and example", async () => {
    const built = (await import(
      join(ROOT, "dist", "schema", "validators.js")
    )) as typeof import("../../src/schema/validators.js");
    expect(built.usingPrecompiled).toBe(true);
    const fresh = await built.freshValidators();
    const files = [FIXTURES, join(ROOT, "examples")].flatMap((dir) =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => join(dir, f)),
    );
    let compared = 0;
    for (const file of files) {
      const { data } = parseYaml(readFileSync(file, "utf8"));
      if (data === undefined) continue;
      const shape = (errors: { keyword: string; instancePath: string }[]) =>
        errors.map((e) => `${e.keyword} ${e.instancePath}`);
      const isConfig = file.endsWith("wenping.yaml");
      const a = isConfig ? built.validateWorkspaceSchema(data) : built.validateItemSchema(data);
      const b = isConfig ? fresh.workspace(data) : fresh.item(data);
      expect(shape(a), file).toEqual(shape(b));
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });
});
