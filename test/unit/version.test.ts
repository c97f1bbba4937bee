import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildStamp, version } from "../../src/util/version.js";

describe("version and build stamp", () => {
  it("the version is package.json's", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    expect(version).toBe(manifest.version);
  });

  it("running from source there is no build to stamp", () => {
    expect(buildStamp()).toBe("source");
  });

  it("a build is stamped with the time its compiled version.js was written", async () => {
    const built = new URL("../../dist/util/version.js", import.meta.url);
    const { buildStamp: builtStamp } = (await import(built.href)) as typeof import("../../src/util/version.js");
    expect(builtStamp()).toBe(String(statSync(built).mtimeMs));
  });
});
