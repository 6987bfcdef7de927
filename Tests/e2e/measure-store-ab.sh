#!/usr/bin/env bash
# A/B of two release builds on one generated 10,000-task ledger, alternating, 21 runs each;
# wall medians in ms (docs/benchmarks.md, "What the integrity checks cost"). Set up /tmp/ab:
#   taizhang-old, taizhang-new   the two static release builds of `taizhang`
#   new/ledger.json              taizhang-bench generate 10000 /tmp/ab/new/ledger.json seeds
#   old/ledger.json              a copy of it without the journal (an older build reads it)
#   bash Tests/e2e/measure-store-ab.sh
cd /tmp/ab || exit 1
export LANG=C.UTF-8 TAIZHANG_TODAY=2021-10-15
run() { # label which args...
  local label=$1 which=$2; shift 2
  local store=/tmp/ab/$which/ledger.json
  local s e; s=$(date +%s%N); TAIZHANG_STORE=$store ./taizhang-$which "$@" >/dev/null 2>&1; e=$(date +%s%N)
  echo "$label $which $(((e - s) / 100000))"
}
for i in $(seq 1 21); do
  for w in old new; do
    run overdue $w list --overdue --format json
    run unit $w list --unit 区市场监管局 --format json
    run set $w set B0025-1 --note "A/B $i"
    run open $w list --plan B0001 --format json
  done
done > /tmp/ab/results.txt
for l in overdue unit set open; do
  for w in old new; do
    grep "^$l $w " /tmp/ab/results.txt | awk '{print $3}' | sort -n | awk -v l="$l" -v w="$w" '{a[NR]=$1} END {printf "%-8s %-4s median %.1f ms  (min %.1f, n=%d)\n", l, w, a[int((NR+1)/2)]/10, a[1]/10, NR}'
  done
done
