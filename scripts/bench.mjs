#!/usr/bin/env node
// npm run bench: wenping against ajv-cli on the same generated files, side by side, medians of several runs.
// Generates bench/work/w10k (10,000 records) and bench/work/w100k (100,000) with a fixed seed on first use.
// Peak memory comes from GNU time (/usr/bin/time -f %M) where it exists; elsewhere it shows "n/a".
// Options: --quick (10k only, 3 runs), --runs N.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./gen-workspace.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const WORK = join(ROOT, "bench", "work");
const BIN = join(ROOT, "bin", "wenping.js");
const AJV = join(ROOT, "node_modules", "ajv-cli", "dist", "index.js");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const runsArg = args.indexOf("--runs");
const RUNS = runsArg === -1 ? (quick ? 3 : 5) : Number(args[runsArg + 1]);

function workspace(name, count) {
  const dir = join(WORK, name);
  const marker = join(dir, ".generated");
  if (!existsSync(marker) || readFileSync(marker, "utf8") !== `${count}@42`) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`generating ${count} records in ${dir}…\n`);
    generate(dir, count, 42);
    writeFileSync(marker, `${count}@42`);
  }
  return dir;
}

/** Wall seconds and peak RSS (MB) of one run; `before` runs first, untimed (e.g. clearing the cache). */
function once(command, before) {
  before?.();
  const argv = TIME ? [TIME, "-f", "%e %M", ...command] : command;
  const started = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const last = TIME ? r.stderr.trim().split("\n").pop() : "";
  const rss = TIME ? Number(last.split(" ")[1]) / 1024 : Number.NaN;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${command.join(" ")} failed (${r.status}):\n${r.stderr.slice(-2000)}`);
  return { wall, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function measure(label, command, { before, runs = RUNS } = {}) {
  const results = Array.from({ length: runs }, () => once(command, before));
  const row = { label, wall: median(results.map((r) => r.wall)), rss: Math.max(...results.map((r) => r.rss)) };
  process.stderr.write(`  ${label}: ${row.wall.toFixed(3)} s\n`);
  return row;
}

const node = process.execPath;
const noCache = (dir) => () => rmSync(join(dir, ".wenping", "cache"), { recursive: true, force: true });
const ajvArgs = (dir) => [
  node,
  AJV,
  "validate",
  "--spec=draft2020",
  "-c",
  "ajv-formats",
  "--strict=false",
  "-s",
  join(dir, "schemas", "decision-item.schema.json"),
  "-d",
  `${join(dir, "records").split("\\").join("/")}/**/*.yaml`,
];

const w10k = workspace("w10k", 10_000);
for (const dir of [w10k]) spawnSync(node, [BIN, "schema", "--out", join(dir, "schemas")]);
const rows = [];
rows.push(measure("node -e 0 (bare node)", [node, "-e", "0"]));
rows.push(measure("wenping --version", [node, BIN, "--version"]));
const one = join(ROOT, "examples", "records", "2026", "BXMZ-2026-009.yaml");
rows.push(
  measure("wenping validate (1 record)", [
    node,
    BIN,
    "validate",
    "-w",
    join(ROOT, "examples"),
    one,
    "--no-cache",
    "--as-of",
    "2026-11-27",
  ]),
);
rows.push(measure("ajv-cli validate 10k", ajvArgs(w10k)));
const validate10k = [node, BIN, "validate", "-w", w10k, "--format", "json", "--as-of", "2026-11-27"];
rows.push(measure("wenping validate 10k cold", validate10k, { before: noCache(w10k) }));
once(validate10k); // make sure the cache is there
rows.push(measure("wenping validate 10k warm", validate10k));

if (!quick) {
  const w100k = workspace("w100k", 100_000);
  spawnSync(node, [BIN, "schema", "--out", join(w100k, "schemas")]);
  const runs = Math.min(RUNS, 3);
  rows.push(measure("ajv-cli validate 100k", ajvArgs(w100k), { runs }));
  const report = [
    node,
    BIN,
    "report",
    "monthly",
    "-w",
    w100k,
    "--as-of",
    "2025-12-05",
    "--allow-invalid",
    "--force",
    "--out",
    join(WORK, "r100k.xlsx"),
  ];
  rows.push(measure("wenping report 100k cold", report, { before: noCache(w100k), runs }));
  once(report);
  rows.push(measure("wenping report 100k warm", report, { runs }));
}

const by = Object.fromEntries(rows.map((r) => [r.label, r]));
const ratio = (a, b) => (by[a] && by[b] ? by[a].wall / by[b].wall : Number.NaN);
const over = (a) => (by[a] ? (by[a].wall - by["node -e 0 (bare node)"].wall) * 1000 : Number.NaN);
const goals = [
  ["validate 10k cold / ajv-cli 10k", ratio("wenping validate 10k cold", "ajv-cli validate 10k"), 0.8, "×"],
  ["validate 10k warm / ajv-cli 10k", ratio("wenping validate 10k warm", "ajv-cli validate 10k"), 0.15, "×"],
  ["report 100k cold / ajv-cli 100k", ratio("wenping report 100k cold", "ajv-cli validate 100k"), 1.0, "×"],
  ["report 100k warm / ajv-cli 100k", ratio("wenping report 100k warm", "ajv-cli validate 100k"), 0.15, "×"],
  [
    "report 100k peak memory (MB)",
    Math.max(by["wenping report 100k cold"]?.rss ?? Number.NaN, by["wenping report 100k warm"]?.rss ?? Number.NaN),
    1024,
    "",
  ],
  ["--version over bare node (ms)", over("wenping --version"), 60, ""],
  ["validate 1 record over bare node (ms)", over("wenping validate (1 record)"), 150, ""],
];

const lines = ["", `| run (median of ${RUNS}; 100k: of ${Math.min(RUNS, 3)}) | wall s | peak MB |`, "|---|---:|---:|"];
for (const r of rows)
  lines.push(`| ${r.label} | ${r.wall.toFixed(3)} | ${Number.isNaN(r.rss) ? "n/a" : r.rss.toFixed(0)} |`);
lines.push("", "| goal | measured | target | met |", "|---|---:|---:|:---:|");
for (const [name, value, target, unit] of goals) {
  if (Number.isNaN(value)) continue;
  const shown = unit === "×" ? `${value.toFixed(2)}×` : value.toFixed(0);
  lines.push(`| ${name} | ${shown} | ≤ ${target}${unit} | ${value <= target ? "yes" : "no"} |`);
}
process.stdout.write(`${lines.join("\n")}\n`);
writeFileSync(join(WORK, "results.json"), JSON.stringify({ date: new Date().toISOString(), rows, goals }, null, 2));
