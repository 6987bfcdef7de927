#!/usr/bin/env bash
# Measures the bytes terminal-probe writes to the terminal per cursor move at 80x24.
#   bash Tests/e2e/measure-bytes.sh [MOVES]     (default 10 moves per mode)
# The probe runs under `script -f`, which records every byte written to the terminal;
# the file's growth after each `j` is the cost of that move. A measurement, not a test.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.sh
PROBE=${TZ_PROBE:-$PWD/.build/debug/terminal-probe}
MOVES=${1:-10}
OUT=$(mktemp -d)
trap 'tz_cleanup; rm -rf "$OUT"' EXIT
tz_deadline 60

size_of() { stat -c %s "$1"; }

measure() {   # measure MODE [probe args]
    local mode=$1 file="$OUT/$1.typescript"
    shift
    tz_start 80 24 LANG=C.UTF-8 TERM=xterm-256color -- script -q -f -c "$(printf '%q ' "$PROBE" "$@")" "$file"
    tz_wait_for "行 1/60" 5 || { echo "$mode: probe did not start"; return 1; }
    sleep 0.1
    local before after sizes=() total=0 i
    for i in $(seq 2 $((MOVES + 1))); do
        before=$(size_of "$file")
        tz_send j
        tz_wait_for "行 $i/60" 3 || { echo "$mode: move $i not seen"; return 1; }
        sleep 0.05
        after=$(size_of "$file")
        sizes+=($((after - before)))
        total=$((total + after - before))
        [ "$i" -eq 2 ] && tail -c $((after - before)) "$file" > "$OUT/$mode.one-move"
    done
    echo "$mode: bytes per move: ${sizes[*]} (mean $((total / MOVES)))"
    echo "$mode: one move, as written: $(cat -v "$OUT/$mode.one-move")"
    tz_send q
}

measure "row-highlight"
measure "marker-only" --marker
