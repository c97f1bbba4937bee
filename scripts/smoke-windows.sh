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
step=$SECONDS
# say WHAT: the step just finished, its own seconds and the total so far (CI's log shows where the time goes).
say() {
  printf 'smoke-windows: %s (%s s; %s s in all)\n' "$*" "$((SECONDS - step))" "$((SECONDS - started))"
  step=$SECONDS
}
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
for asset in node.exe app/dist/check/worker.js app/node_modules/@resvg/resvg-wasm/index_bg.wasm \
  app/node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf app/dist/check/stat-worker.js app/dist/schema/standalone.js app/node_modules/exceljs/package.json; do
  [[ -f "$app/$asset" ]] || fail "the zip lacks $asset"
done
# The build keeps only the font files the program names (scripts/dist.mjs, prune): one weight of Noto Sans SC.
fonts=$(find "$app/app/node_modules" -type f \( -iname '*.otf' -o -iname '*.ttf' -o -iname '*.woff*' \) | wc -l)
[[ $fonts == 1 ]] || fail "the zip holds $fonts font files, expected only NotoSansHans-Regular.otf"
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
# docx_text FILE: the text of a docx's body (word/document.xml, unzipped, tags dropped).
docx_text() { unzip -p "$1" word/document.xml | sed 's/<[^>]*>//g'; }
# docx_pngs FILE: one line per picture embedded in a docx (word/media/*.png), as smoke-read.mjs describes a PNG.
docx_pngs() {
  local media
  media=$(mktemp -d "$work/media.XXXXXX")
  unzip -q "$1" 'word/media/*' -d "$media" || fail "$1 holds no picture"
  for png in "$media"/word/media/*; do read_back png "$png"; done
}
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

# --- the year's summary and its workbook (charts: ECharts → SVG → resvg WebAssembly with the bundled font), into
# a new folder whose name has a space and Chinese characters; compared with the Linux build, pictures byte for byte
annual=(report annual --year 2026 --as-of 2026-12-20)
win annual 0 "${annual[@]}" --out "$ws\\年度 材料\\稳评工作总结-2026.docx"
linux annual 0 "${annual[@]}" --out 年度材料/稳评工作总结-2026.docx
docx="$work/ex-win/年度 材料/稳评工作总结-2026.docx"
book="$work/ex-win/年度 材料/稳评年度统计-2026.xlsx"
[[ -f $docx && -f $book ]] || fail "report annual did not write both files: $(cat "$out/annual.out")"
docx_text "$docx" >"$out/annual.text"
docx_text "$work/ex-linux/年度材料/稳评工作总结-2026.docx" >"$out/annual.linux.text"
same "$out/annual.text" "$out/annual.linux.text"
for fact in 本溪市民政局2026年度社会稳定风险评估工作总结 "共完成重大决策社会稳定风险评估 6 件,去年同期 3 件" \
  "重大政策类 4 件,占 66.7%" "简易程序 2 件、普通程序 3 件、特殊程序 1 件" 督导发现 未办结事项 【请填写】; do
  contains "$out/annual.text" "$fact"
done
docx_pngs "$docx" >"$out/annual.pngs"
docx_pngs "$work/ex-linux/年度材料/稳评工作总结-2026.docx" >"$out/annual.linux.pngs"
same "$out/annual.pngs" "$out/annual.linux.pngs"
[[ $(grep -c '^1520x760 ' "$out/annual.pngs") == 2 ]] || fail "the summary lacks its two charts: $(cat "$out/annual.pngs")"
read_back workbook "$book" >"$out/annual.cells"
read_back workbook "$work/ex-linux/年度材料/稳评年度统计-2026.xlsx" >"$out/annual.linux.cells"
same "$out/annual.cells" "$out/annual.linux.cells"
for label in "# 年度统计" "# 分月统计" "# 督导清单" '"合计"'; do contains "$out/annual.cells" "$label"; done
read_back images "$book" | cut -d' ' -f3- >"$out/annual.book-pngs"
[[ $(grep -c '^1520x760 ' "$out/annual.book-pngs") == 2 ]] || fail "the workbook lacks its charts: $(cat "$out/annual.book-pngs")"
same "$out/annual.book-pngs" "$out/annual.pngs"
say "examples: report annual (docx and xlsx, two charts, same pixels as Linux)"

# --- the assessment report draft of an ordinary-procedure (seven-step) item ---
win draft 0 draft BXMZ-2026-005 --as-of 2026-12-20 --out "$ws\\草稿\\BXMZ-2026-005 评估报告.docx"
linux draft 0 draft BXMZ-2026-005 --as-of 2026-12-20 --out 草稿/BXMZ-2026-005.docx
docx_text "$work/ex-win/草稿/BXMZ-2026-005 评估报告.docx" >"$out/draft.text"
docx_text "$work/ex-linux/草稿/BXMZ-2026-005.docx" >"$out/draft.linux.text"
same "$out/draft.text" "$out/draft.linux.text"
for fact in 养老服务补贴政策调整社会稳定风险评估报告 事项编号BXMZ-2026-005 评估程序:普通程序 制定方案 编制报告 【请填写】; do
  contains "$out/draft.text" "$fact"
done
win draft-simple 2 draft BXMZ-2026-009 --as-of 2026-12-20
contains "$out/draft-simple.err" "wenping form BXMZ-2026-009"
say "examples: draft of a seven-step item; a simple-procedure item refused"

# --- the wizard from answer files ---
cp "$root/test/fixtures/answers/new-simple.yaml" "$work/ex-win/新事项.yaml" # the answers test/e2e/wizard.test.ts uses
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
say "1,000 records: report monthly, status"
win big-annual 0 report annual --year 2026 --as-of 2026-12-20 --allow-invalid
linux big-annual 0 report annual --year 2026 --as-of 2026-12-20 --allow-invalid
docx_text "$work/big-win/稳评工作总结-2026.docx" >"$out/big-annual.text"
docx_text "$work/big-linux/稳评工作总结-2026.docx" >"$out/big-annual.linux.text"
same "$out/big-annual.text" "$out/big-annual.linux.text"
contains "$out/big-annual.text" "共完成重大决策社会稳定风险评估"
read_back workbook "$work/big-win/稳评年度统计-2026.xlsx" >"$out/big-annual.cells"
read_back workbook "$work/big-linux/稳评年度统计-2026.xlsx" >"$out/big-annual.linux.cells"
same "$out/big-annual.cells" "$out/big-annual.linux.cells"
read_back images "$work/big-win/稳评年度统计-2026.xlsx" | cut -d' ' -f3- >"$out/big-annual.book-pngs"
docx_pngs "$work/big-win/稳评工作总结-2026.docx" >"$out/big-annual.pngs"
same "$out/big-annual.book-pngs" "$out/big-annual.pngs"
[[ $(grep -c '^1520x760 ' "$out/big-annual.pngs") == 2 ]] || fail "the big summary lacks its charts"
say "1,000 records: report annual"
say "passed: the Windows build under wine did every command"
