#!/usr/bin/env bash
# Measures the bytes taizhang writes to the terminal per cursor move on the tree screen,
# at 80x24 on the seed ledger as of 2021-10-15.
#   bash Tests/e2e/measure-tui-bytes.sh [MOVES]     (default 10)
# taizhang runs under `script -f`, which records every byte written to the terminal; the
# file's growth after each `j` is the cost of that move. A measurement, not a test.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.sh
BIN=${TZ_BIN:-$PWD/.build/debug/taizhang}
MOVES=${1:-10}
OUT=$(mktemp -d)
trap 'tz_cleanup; rm -rf "$OUT"' EXIT
tz_deadline 60
fail() { echo "$1"; echo "--- screen ---"; tz_capture; exit 1; }
export TAIZHANG_STORE="$OUT/ledger.json" TAIZHANG_TODAY=2021-10-15
"$BIN" import seeds/*.txt >/dev/null || { echo "import failed"; exit 1; }
file="$OUT/tree.typescript"
tz_start 80 24 LC_ALL= LANG=zh_CN.UTF-8 TERM=xterm-256color TAIZHANG_STORE="$TAIZHANG_STORE" TAIZHANG_TODAY=2021-10-15 -- \
    script -q -f -c "$(printf '%q' "$BIN")" "$file"
tz_wait_for "截至 2021-10-15" 10 || fail "taizhang did not start"
sleep 0.3
selected_row() { tz_capture | grep -n '^>' | cut -d: -f1; }
sizes=() total=0
for i in $(seq 1 "$MOVES"); do
    before=$(stat -c %s "$file")
    row=$(selected_row)
    tz_send j
    end=$((SECONDS + 3))
    while [ "$(selected_row)" = "$row" ] && [ "$SECONDS" -le "$end" ]; do sleep 0.02; done
    sleep 0.1
    after=$(stat -c %s "$file")
    sizes+=($((after - before)))
    total=$((total + after - before))
    [ "$i" -eq 2 ] && tail -c $((after - before)) "$file" > "$OUT/one-move"
done
echo "tree: bytes per move: ${sizes[*]} (mean $((total / MOVES)))"
echo "tree: one move, as written: $(cat -v "$OUT/one-move")"
tz_send q
