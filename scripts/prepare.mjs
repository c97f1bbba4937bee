#!/usr/bin/env node
// `prepare` (run by `npm ci` / `npm install` in a clone): build dist/ when the compiler is there. Under
// `npm ci --omit=dev` TypeScript is absent: say so and succeed, instead of failing the install with exit 127.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

try {
  createRequire(import.meta.url).resolve("typescript/package.json");
} catch {
  console.warn(
    "wenping: TypeScript is not installed (npm ci --omit=dev), so dist/ was not built; run `npm ci` to build.",
  );
  process.exit(0);
}
const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", shell: process.platform === "win32" });
process.exit(build.status ?? 1);
