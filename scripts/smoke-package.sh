#!/usr/bin/env bash
# The package for Node users, proven away from the repository:
#   1. `npm ci --omit=dev` in a clean copy of the repository succeeds (prepare skips the build without TypeScript);
#   2. the packed tarball holds the built program and no source map (nor a pointer to one);
#   3. `npm install -g ./wenping-<version>.tgz` into a temporary prefix gives a `wenping` that checks a workspace
#      and writes a workbook that reads back.
# Uses release/wenping-<version>.tgz from `npm run dist`, or packs one.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
version=$(node -p 'require("./package.json").version')
started=$SECONDS
say() { printf 'smoke-package: %s (%ss)\n' "$*" "$((SECONDS - started))"; }
fail() {
  printf 'smoke-package: FAILED: %s\n' "$*" >&2
  exit 1
}
work=$(mktemp -d /tmp/wenping-package.XXXXXX)
trap 'rm -rf "$work"' EXIT
npm_flags=(--prefer-offline --no-audit --no-fund --loglevel=error)

# 1. npm ci --omit=dev from the repository's own files, without dist/ or node_modules/
mkdir "$work/clone"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$work/clone"
(cd "$work/clone" && npm ci --omit=dev "${npm_flags[@]}" >"$work/omit-dev.log" 2>&1) ||
  fail "npm ci --omit=dev: $(tail -20 "$work/omit-dev.log")"
grep -q "TypeScript is not installed" "$work/omit-dev.log" || fail "npm ci --omit=dev did not say why dist/ was not built"
say "npm ci --omit=dev succeeds"

# 2. the tarball's contents
tgz="release/wenping-$version.tgz"
[[ -f $tgz ]] || tgz="$work/$(npm pack --silent --pack-destination "$work")"
tar tzf "$tgz" >"$work/contents"
for file in package/bin/wenping.js package/dist/cli/main.js package/dist/check/worker.js package/dist/check/stat-worker.js package/dist/schema/standalone.js package/schemas; do
  grep -q "^$file" "$work/contents" || fail "the package lacks $file"
done
grep -q '\.map$' "$work/contents" && fail "the package ships source maps"
mkdir "$work/unpacked"
tar xzf "$tgz" -C "$work/unpacked"
grep -rl "sourceMappingURL" "$work/unpacked/package/dist" && fail "the package's JavaScript points at source maps it does not ship"
say "$(basename "$tgz"): $(wc -l <"$work/contents") files, no source maps"

# 3. a global install into a temporary prefix, run from outside the repository
cp "$tgz" "$work/wenping.tgz"
(cd "$work" && npm install -g ./wenping.tgz --prefix "$work/prefix" "${npm_flags[@]}" >"$work/install.log" 2>&1) ||
  fail "npm install -g: $(tail -20 "$work/install.log")"
wenping="$work/prefix/bin/wenping"
[[ $("$wenping" --version) == "$version" ]] || fail "the installed wenping --version"
cp -r examples "$work/ws"
cd "$work/ws"
NO_COLOR=1 "$wenping" validate --as-of 2026-11-05 >"$work/validate.out" || fail "installed validate: $(cat "$work/validate.out")"
grep -q "检查了 11 个文件" "$work/validate.out" || fail "installed validate said: $(cat "$work/validate.out")"
"$wenping" report monthly --as-of 2026-11-05 --out "$work/统计表.xlsx" >/dev/null || fail "installed report monthly"
node "$root/scripts/smoke-read.mjs" workbook "$work/统计表.xlsx" | grep -q '"合计"' || fail "the installed build's workbook reads back without 合计"
say "passed: npm install -g of the package gives a working wenping"
