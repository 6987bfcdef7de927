#!/usr/bin/env bash
# Bytes per cursor move on the tree screen stay under 64 (a slow SSH link feels each one):
# runs measure-tui-bytes.sh and checks every move it measured.
set -u
cd "$(dirname "$0")/../.."
BIN=${TZ_BIN:-$PWD/.build/debug/taizhang}
[ -x "$BIN" ] || swift build --product taizhang >/dev/null || { echo "FAIL build taizhang"; exit 1; }
out=$(TZ_BIN="$BIN" timeout 120 bash Tests/e2e/measure-tui-bytes.sh 10) || { echo "FAIL measure-tui-bytes.sh"; echo "$out"; exit 1; }
echo "$out" | head -1
sizes=$(printf '%s\n' "$out" | sed -n 's/^tree: bytes per move: \([0-9 ]*\) (mean.*/\1/p')
[ -n "$sizes" ] || { echo "FAIL no measurement in the output"; exit 1; }
max=0
for s in $sizes; do [ "$s" -gt "$max" ] && max=$s; done
if [ "$max" -lt 64 ]; then echo "PASS every move under 64 bytes (largest $max)"; echo "passed 1, failed 0"
else echo "FAIL a move took $max bytes"; echo "passed 0, failed 1"; exit 1; fi
