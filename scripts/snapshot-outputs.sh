#!/usr/bin/env bash
# Usage: scripts/snapshot-outputs.sh CHECKOUT OUTDIR — runs the built CLI of CHECKOUT (npm run build first) on
# examples/, test/fixtures/report, test/fixtures/invalid and, once `npm run bench` has made it, bench/work/w10k, and
# writes every output (stdout, stderr, exit code; xlsx/docx parts without their timestamps) under OUTDIR. A change
# meant to keep behaviour is checked by snapshotting before and after (a second checkout: git worktree) and
# `diff -r BEFORE AFTER`. WP018 judges dates by the real clock: take both snapshots on the same day.
set -u
SRC=$(cd "$1" && pwd); OUT=$2
rm -rf "$OUT"; mkdir -p "$OUT"
W=$(mktemp -d)
cp -r "$SRC/examples" "$W/ex"; cp -r "$SRC/test/fixtures/report" "$W/rep"; cp -r "$SRC/test/fixtures/invalid" "$W/inv"
[ -d "$SRC/bench/work/w10k" ] && cp -r "$SRC/bench/work/w10k" "$W/w10k" # made by npm run bench
cp "$SRC/test/fixtures/wenping.yaml" "$W/inv/" 2>/dev/null
rm -rf "$W"/*/.wenping
CLI="node $SRC/bin/wenping.js"
run() { # name, args...
  local n=$1; shift
  (cd "$W" && NO_COLOR=1 COLUMNS=120 $CLI "$@" >"$OUT/$n.out" 2>"$OUT/$n.err"; echo $? >"$OUT/$n.rc")
  sed -i "s#$W#W#g; s#$SRC#SRC#g" "$OUT/$n.out" "$OUT/$n.err"
}
unz() { # file, name
  mkdir -p "$OUT/$2"; (cd "$OUT/$2" && unzip -qo "$1" -x 'docProps/*' && find . -name '*.xml' -exec sed -i 's/<dcterms:[a-z]*[^>]*>[^<]*<\/dcterms:[a-z]*>//g' {} +)
}
for ws in ex rep w10k; do
  [ -d "$W/$ws" ] || continue
  run "$ws-validate-json-cold" validate -w $ws --as-of 2026-11-05 --format json --no-cache
  run "$ws-validate-json-1" validate -w $ws --as-of 2026-11-05 --format json
  run "$ws-validate-json-warm" validate -w $ws --as-of 2026-11-05 --format json
  run "$ws-validate-text" validate -w $ws --as-of 2026-11-05
  run "$ws-validate-text-en" validate -w $ws --as-of 2026-11-05 --lang en --strict
  run "$ws-status" status -w $ws --as-of 2026-11-05
  run "$ws-status-json" status -w $ws --as-of 2026-11-05 --format json
  run "$ws-status-en" status -w $ws --as-of 2026-11-05 --lang en
  run "$ws-monthly" report monthly -w $ws --as-of 2026-11-05 --month 2026-10 --out "$W/$ws-m.xlsx" --allow-invalid
  [ -f "$W/$ws-m.xlsx" ] && unz "$W/$ws-m.xlsx" "$ws-monthly.xlsx"
  run "$ws-monthly-en" report monthly -w $ws --as-of 2026-11-05 --month 2026-10 --out "$W/$ws-me.xlsx" --allow-invalid --lang en
  [ -f "$W/$ws-me.xlsx" ] && unz "$W/$ws-me.xlsx" "$ws-monthly-en.xlsx"
  run "$ws-ledger" ledger -w $ws --as-of 2026-11-05 --out "$W/$ws-l.xlsx"
  [ -f "$W/$ws-l.xlsx" ] && unz "$W/$ws-l.xlsx" "$ws-ledger.xlsx"
  run "$ws-ledger-csv" ledger -w $ws --as-of 2026-11-05 --format csv --out "$W/$ws-l.csv"
  [ -f "$W/$ws-l.csv" ] && cp "$W/$ws-l.csv" "$OUT/$ws-ledger.csv"
  if [ "$ws" != w10k ]; then
    run "$ws-annual" report annual -w $ws --as-of 2026-11-05 --year 2026 --out "$W/$ws-a.docx" --allow-invalid
    [ -f "$W/$ws-a.docx" ] && unz "$W/$ws-a.docx" "$ws-annual.docx"
    for x in "$W"/稳评年度统计-2026.xlsx; do [ -f "$x" ] && unz "$x" "$ws-annual.xlsx" && rm "$x"; done
  fi
done
ID=$(ls "$W/ex/records/2026" | head -1 | sed 's/\.yaml$//')
run ex-form form "$ID" -w ex --as-of 2026-11-05 --out "$W/f.xlsx"; [ -f "$W/f.xlsx" ] && unz "$W/f.xlsx" ex-form.xlsx
run ex-draft draft BXMZ-2026-005 -w ex --as-of 2026-11-05 --out "$W/d.docx"; [ -f "$W/d.docx" ] && unz "$W/d.docx" ex-draft.docx
run inv-validate validate -w inv --as-of 2026-11-05 --format json --no-cache
run inv-validate-text validate -w inv --as-of 2026-11-05 --no-cache
run inv-validate-files validate -w ex --as-of 2026-11-05 --no-cache $(find "$W"/inv -name "*.yaml" -path "*/WP*" | sort)
run help --help; run version --version; run report-help report --help; run new-help new --help
run bad-lang --lang fr validate -w ex
run schema schema
rm -rf "$W"
echo "snapshot in $OUT: $(ls "$OUT" | wc -l) entries"
