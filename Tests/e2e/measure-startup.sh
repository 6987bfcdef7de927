#!/usr/bin/env bash
# Time from starting taizhang to its first full frame, in a real terminal (tmux, 80x24):
# measured outside (launch → the status line is on the screen, polled every 10 ms) and
# inside (TAIZHANG_TIMING: load, build, render+draw). A measurement, not a test.
#   bash Tests/e2e/measure-startup.sh STORE [RUNS]     TZ_BIN=... picks the binary
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.sh
BIN=${TZ_BIN:-$PWD/.build/release/taizhang}
STORE=$1
RUNS=${2:-5}
OUT=$(mktemp -d)
trap 'tz_cleanup; rm -rf "$OUT"' EXIT
tz_deadline $((RUNS * 30))
cat > "$OUT/launch.sh" <<SH
#!/bin/sh
date +%s.%N > "$OUT/started"
exec "$BIN" --store "$STORE" --as-of 2021-10-15 --lang zh
SH
chmod +x "$OUT/launch.sh"
for run in $(seq 1 "$RUNS"); do
    rm -f "$OUT/started" "$OUT/timing"
    tz_start 80 24 TERM=xterm-256color TAIZHANG_TIMING="$OUT/timing" -- "$OUT/launch.sh"
    end=$((SECONDS + 20))
    until tz_capture | grep -qF "截至 2021-10-15" || [ "$SECONDS" -gt "$end" ]; do sleep 0.01; done
    seen=$(date +%s.%N)
    sleep 0.2
    inside=$(tr '\n' ' ' < "$OUT/timing" 2>/dev/null)
    printf 'run %d: first frame seen after %.3f s; inside: %s\n' "$run" "$(echo "$seen - $(cat "$OUT/started")" | bc)" "$inside"
    tz_send q
    tz_wait_exit 10
done
