#!/usr/bin/env node
// Renders a workbook to PDF and PNG pages with LibreOffice and pdftoppm, to look at it as the office will print it.
// Usage: node scripts/render-report.mjs <file.xlsx> [outdir]   (needs libreoffice and poppler-utils)
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";

const [input, outArg] = process.argv.slice(2);
if (!input) {
  console.error("usage: node scripts/render-report.mjs <file.xlsx> [outdir]");
  process.exit(2);
}
const out = resolve(outArg ?? "render");
mkdirSync(out, { recursive: true });
const soffice = spawnSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, resolve(input)], {
  stdio: "inherit",
});
if (soffice.status !== 0) process.exit(soffice.status ?? 1);
const pdf = join(out, basename(input).replace(/\.xlsx$/i, ".pdf"));
const png = spawnSync("pdftoppm", ["-png", "-r", "110", pdf, join(out, "page")], { stdio: "inherit" });
if (png.status !== 0) process.exit(png.status ?? 1);
console.log(
  readdirSync(out)
    .map((f) => join(out, f))
    .join("\n"),
);
