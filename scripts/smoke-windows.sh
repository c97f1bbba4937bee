#!/usr/bin/env bash
# The Windows build, proven under wine: unpacks release/wenping-<version>-win-x64.zip into a folder whose path has
# spaces and Chinese characters and runs every command through wenping.cmd (cmd.exe, Windows' node.exe) on a copy
# of examples/ and on a generated 1,000-record workspace. Exit codes are checked, written files are read back
# (scripts/smoke-read.mjs) and compared with what the Linux build (the tar.gz, also unpacked) gives on the same
# input. Standard output goes to files: a pipe fails under wine. Usage: scripts/smoke-windows.sh [--keep]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
version=$(node -p 'require("./package.json").version')
zip="release/wenping-$version-win-x64.zip"
tgz="release/wenping-$version-linux-x64.tar.gz"
started=$SECONDS
say() { printf 'smoke-windows: %s (%ss)\n' "$*" "$((SECONDS - started))"; }
fail() {
  printf 'smoke-windows: FAILED: %s\n' "$*" >&2
  exit 1
}

# --- wine and unzip, from Debian's packages (another engineer may hold the apt lock: wait and retry) ---
apt_install() {
  for try in 1 2 3 4 5 6 7 8 9 10; do
    if apt-get -o DPkg::Lock::Timeout=300 update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "$@"; then
      return 0
    fi
    say "apt-get failed (try $try), retrying in 20 s"
    sleep 20
  done
  return 1
}
if ! command -v wine >/dev/null 2>&1 || ! command -v unzip >/dev/null 2>&1; then
  say "installing wine and unzip"
  apt_install wine wine64 unzip >/dev/null || fail "could not install wine"
fi
[[ -f $zip && -f $tgz ]] || npm run dist
say "built: $(du -h "$zip" | cut -f1) $zip"

work=$(mktemp -d /tmp/wenping-smoke.XXXXXX)
[[ ${1:-} == --keep ]] || trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export WINEPREFIX="$work/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LANG=C.UTF-8 LC_ALL=C.UTF-8
export NO_COLOR=1
# Node 22 refuses to start on what wine reports by default (Windows 7): report Windows 10.
wine winecfg -v win10 >/dev/null 2>&1 || fail "wine could not create its prefix"
say "wine prefix ready"

folder="$work/稳评 工具"
mkdir -p "$folder" "$work/linux"
unzip -q "$zip" -d "$folder"
tar xzf "$tgz" -C "$work/linux"
app="$folder/wenping-$version-win-x64"
launcher=$(winepath -w "$app/wenping.cmd")
linux="$work/linux/wenping-$version-linux-x64/wenping"
for asset in node.exe app/dist/check/worker.js app/dist/check/stat-worker.js app/dist/schema/standalone.js app/node_modules/exceljs/package.json; do
  [[ -f "$app/$asset" ]] || fail "the zip lacks $asset"
done
out="$work/out"
mkdir -p "$out"

# win NAME EXPECTED-EXIT [ARGS...]: runs the Windows build's wenping.cmd in $cwd as Windows runs a batch file
# typed in cmd or PowerShell (CreateProcess hands it to cmd.exe); output in $out/NAME.{out,err}.
win() {
  local name=$1 expect=$2 code=0
  shift 2
  (cd "$cwd" && wine "$launcher" "$@" >"$out/$name.out" 2>"$out/$name.err" </dev/null) || code=$?
  [[ $code == "$expect" ]] || fail "$name: exit $code, expected $expect; stdout: $(head -c 2000 "$out/$name.out"); stderr: $(head -c 2000 "$out/$name.err")"
}
# linux NAME EXPECTED-EXIT [ARGS...]: the same with the Linux build, in $lcwd.
linux() {
  local name=$1 expect=$2 code=0
  shift 2
  (cd "$lcwd" && "$linux" "$@" >"$out/$name.linux.out" 2>"$out/$name.linux.err" </dev/null) || code=$?
  [[ $code == "$expect" ]] || fail "$name (linux): exit $code, expected $expect; $(head -c 2000 "$out/$name.linux.err")"
}
contains() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2 (it says: $(head -c 1000 "$1"))"; }
same() { diff -u "$1" "$2" >"$out/diff.txt" || fail "$1 and $2 differ: $(head -c 3000 "$out/diff.txt")"; }
read_back() { node scripts/smoke-read.mjs "$@"; }
winpath() { winepath -w "$1"; }
asof=(--as-of 2026-11-05)

# --- start ---
cwd=$work lcwd=$work
win version 0 --version
[[ $(tr -d '\r' <"$out/version.out") == "$version" ]] || fail "--version says $(cat "$out/version.out")"
say "first run of the Windows build"

# --- init, in a new folder named in Chinese ---
win init 0 init "$(winpath "$work")\\新建 工作区"
[[ -f "$work/新建 工作区/wenping.yaml" && -d "$work/新建 工作区/records" ]] || fail "init wrote no workspace"
cwd="$work/新建 工作区"
win init-validate 0 validate
contains "$out/init-validate.out" "检查了"

# --- the examples: every command, compared with the Linux build on its own copy ---
cp -r examples "$work/ex-win"
cp -r examples "$work/ex-linux"
ws=$(winpath "$work/ex-win")
cwd="$work/ex-win" lcwd="$work/ex-linux"
win validate 0 validate --workspace "$ws" "${asof[@]}"
linux validate 0 validate "${asof[@]}"
same "$out/validate.out" "$out/validate.linux.out"
contains "$out/validate.out" "检查了 11 个文件"
win validate-en 0 validate --workspace "$ws" "${asof[@]}" --lang en
contains "$out/validate-en.out" "11 files"

win report 0 report monthly --workspace "$ws" "${asof[@]}" --out "$ws\\十月 统计表.xlsx"
linux report 0 report monthly "${asof[@]}" --out 十月统计表.xlsx
read_back workbook "$work/ex-win/十月 统计表.xlsx" >"$out/report.cells"
read_back workbook "$work/ex-linux/十月统计表.xlsx" >"$out/report.linux.cells"
same "$out/report.cells" "$out/report.linux.cells"
for label in "# 统计表" "# 明细" "# 预警" '"合计"' '"本月评估事项数"'; do contains "$out/report.cells" "$label"; done
before=$(sha256sum <"$work/ex-win/十月 统计表.xlsx")
win report-refused 2 report monthly --workspace "$ws" "${asof[@]}" --out "$ws\\十月 统计表.xlsx"
[[ $(sha256sum <"$work/ex-win/十月 统计表.xlsx") == "$before" ]] || fail "a refused overwrite changed the file"
[[ -s "$out/report-refused.err" ]] || fail "a refused overwrite said nothing"
grep -q "at .*\.js:[0-9]" "$out/report-refused.err" && fail "a stack trace reached the user"
win report-force 0 report monthly --workspace "$ws" "${asof[@]}" --out "$ws\\十月 统计表.xlsx" --force
say "examples: validate, report monthly, refused overwrite"

win form 0 form BXMZ-2026-009 "${asof[@]}" --out 报备表.xlsx
linux form 0 form BXMZ-2026-009 "${asof[@]}" --out 报备表.xlsx
read_back workbook "$work/ex-win/报备表.xlsx" >"$out/form.cells"
read_back workbook "$work/ex-linux/报备表.xlsx" >"$out/form.linux.cells"
same "$out/form.cells" "$out/form.linux.cells"
contains "$out/form.cells" "填报单位"

win ledger-csv 0 ledger --format csv "${asof[@]}"
linux ledger-csv 0 ledger --format csv "${asof[@]}"
same "$out/ledger-csv.out" "$out/ledger-csv.linux.out"
contains "$out/ledger-csv.out" "BXMZ-2026-009"
win ledger 0 ledger "${asof[@]}" --out 台账.xlsx
linux ledger 0 ledger "${asof[@]}" --out 台账.xlsx
read_back workbook "$work/ex-win/台账.xlsx" >"$out/ledger.cells"
read_back workbook "$work/ex-linux/台账.xlsx" >"$out/ledger.linux.cells"
same "$out/ledger.cells" "$out/ledger.linux.cells"

win status 0 status "${asof[@]}"
linux status 0 status "${asof[@]}"
same "$out/status.out" "$out/status.linux.out"
win schema 0 schema --out 导出的模式
linux schema 0 schema --out 导出的模式
diff -r "$work/ex-win/导出的模式" "$work/ex-linux/导出的模式" >/dev/null || fail "schema --out differs"
say "examples: form, ledger, status, schema"

# --- the wizard from answer files ---
cat >"$work/ex-win/新事项.yaml" <<'YAML'
title: 提高孤儿基本生活费标准
unit: JZK
category: policy
domain: basic_livelihood
initial_risk: low
listed_on: 2026-11-02
assessment:
  assessor: self
  procedure: simple
  participants: [party_government, judicial, npc_deputy, cppcc_member, expert, public_representative]
  meeting: { date: 2026-11-05, summary: 专题会议认为风险可控 }
  filed_on: 2026-11-06
  risk_level: low
YAML
win new 0 new --answers 新事项.yaml --as-of 2026-11-27
record="$work/ex-win/records/2026/BXMZ-2026-015.yaml"
[[ -f $record ]] || fail "new did not write $record: $(cat "$out/new.out")"
grep -qE "错误|WP0" "$out/new.out" && fail "new found problems in the record it saved: $(cat "$out/new.out")"
read_back record "$record" | grep -qF '"title":"提高孤儿基本生活费标准"' || fail "the new record reads back wrong"
printf 'decision: { outcome: implement_after_mitigation, decided_on: 2026-11-20 }\nmitigation:\n  - { measure: 分类过渡安置, owner: JZK, due: 2027-03-31 }\n' >"$work/ex-win/决策.yaml"
win next 0 next BXMZ-2026-011 --answers 决策.yaml --as-of 2026-11-27
grep -qE "错误|WP0" "$out/next.out" && fail "next found problems in the record it saved: $(cat "$out/next.out")"
read_back record "$work/ex-win/records/2026/BXMZ-2026-011.yaml" | grep -qF '"outcome":"implement_after_mitigation"' ||
  fail "next did not record the decision"
win new-validate 0 validate --strict --as-of 2026-11-27
say "wizard: new and next with --answers"

# --- a record with CRLF line ends, a GBK record ---
sed 's/$/\r/' "$work/ex-win/records/2026/BXMZ-2026-009.yaml" >"$work/ex-win/records/2026/BXMZ-2026-016.yaml"
sed -i 's/BXMZ-2026-009/BXMZ-2026-016/' "$work/ex-win/records/2026/BXMZ-2026-016.yaml"
win crlf 0 validate records/2026/BXMZ-2026-016.yaml --as-of 2026-11-27
cp test/fixtures/invalid/ENCODING/gbk.yaml "$work/ex-win/records/2026/BXMZ-2026-099.yaml"
win gbk 1 validate --format json --as-of 2026-11-27
read_back summary "$out/gbk.out" >"$out/gbk.summary"
contains "$out/gbk.summary" "records/2026/BXMZ-2026-099.yaml ENCODING"
win gbk-text 1 validate records/2026/BXMZ-2026-099.yaml --as-of 2026-11-27
contains "$out/gbk-text.out" "ENCODING"
say "CRLF and GBK records"

# --- 1,000 records, with the parsing workers and the stat thread forced on, cold then from the cache ---
node scripts/gen-workspace.mjs "$work/big-win" 1000 >/dev/null
node scripts/gen-workspace.mjs "$work/big-linux" 1000 >/dev/null
cwd="$work/big-win" lcwd="$work/big-linux"
export WENPING_WORKERS=2 WENPING_STAT_THREAD=always
t0=$SECONDS
win big 1 validate --format json "${asof[@]}"
say "1,000 records validated cold in $((SECONDS - t0)) s"
linux big 1 validate --format json "${asof[@]}"
read_back summary "$out/big.out" >"$out/big.summary"
read_back summary "$out/big.linux.out" >"$out/big.linux.summary"
same "$out/big.summary" "$out/big.linux.summary"
grep -q '"files":1000' "$out/big.summary" || fail "the big workspace did not check 1,000 files: $(head -1 "$out/big.summary")"
[[ -d "$work/big-win/.wenping" ]] || fail "no cache was written"
t0=$SECONDS
win big-warm 1 validate --format json "${asof[@]}"
say "1,000 records validated warm in $((SECONDS - t0)) s"
read_back summary "$out/big-warm.out" >"$out/big-warm.summary"
same "$out/big-warm.summary" "$out/big.summary"
unset WENPING_WORKERS WENPING_STAT_THREAD
win big-report 0 report monthly --allow-invalid "${asof[@]}" --out 统计表.xlsx
linux big-report 0 report monthly --allow-invalid "${asof[@]}" --out 统计表.xlsx
read_back workbook "$work/big-win/统计表.xlsx" >"$out/big-report.cells"
read_back workbook "$work/big-linux/统计表.xlsx" >"$out/big-report.linux.cells"
same "$out/big-report.cells" "$out/big-report.linux.cells"
win big-status 0 status "${asof[@]}"
linux big-status 0 status "${asof[@]}"
same "$out/big-status.out" "$out/big-status.linux.out"
say "passed: the Windows build under wine did every command"
