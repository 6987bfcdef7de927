#!/usr/bin/env bash
# Eight processes make 100 changes each (statuses and notes, half of them on tasks shared
# with another process) as fast as they can. Afterwards every change is in the ledger and
# in the history, and `taizhang check` passes. Prints the figures.
set -uo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/taizhang"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAIZHANG_STORE="$work/ledger.json" TAIZHANG_TODAY=2021-10-15 LANG=C.UTF-8
"$bin" import seeds/*.txt >/dev/null || { echo "FAIL import"; exit 1; }

writers=8 changes=100
statuses=(not-started in-progress done blocked)
start=$(date +%s.%N)
for w in $(seq 0 $((writers - 1))); do
    (
        pair=$((w ^ 1))        # writers 0/1, 2/3 … share their "shared" tasks
        for k in $(seq 1 $changes); do
            if [ $((k % 2)) -eq 0 ]; then task="HD21-$((pair / 2 * 4 + k % 4 + 1))"   # shared with the pair
            else task="HN21-$((w * 3 + k % 3 + 1))"; fi                              # this writer's own
            if [ $((k % 3)) -eq 0 ]; then
                "$bin" set "$task" --status "${statuses[$((k % 4))]}" >>"$work/status-out" 2>>"$work/errors" || echo "fail $w $k" >>"$work/failed"
            else
                "$bin" set "$task" --note "writer $w change $k" >/dev/null 2>>"$work/errors" || echo "fail $w $k" >>"$work/failed"
            fi
        done
    ) &
done
wait
end=$(date +%s.%N)

failed=0
[ -s "$work/failed" ] && { echo "FAIL $(wc -l <"$work/failed") commands failed:"; head "$work/errors"; failed=1; }

# Every change is in the ledger and in the history.
"$bin" list --format json >"$work/tasks.json"
python3 - "$work/tasks.json" "$writers" "$changes" "$bin" "$work/status-out" <<'PY' || failed=1
import json, subprocess, sys
tasks = json.load(open(sys.argv[1]))
writers, changes, binary = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
ids = [t["id"] for t in tasks if t["plan"] in ("HD21", "HN21")]
notes, status_changes = set(), 0
for i in ids:
    t = json.loads(subprocess.run([binary, "show", i, "--format", "json"], capture_output=True, text=True, check=True).stdout)
    for n in t["notes"]:
        if n["text"].startswith("writer "): notes.add(n["text"])
    status_changes += sum(1 for c in t["history"] if c["field"] == "status")
expected_notes = {f"writer {w} change {k}" for w in range(writers) for k in range(1, changes + 1) if k % 3 != 0}
# Setting the status a task already has changes nothing and is not recorded; `set` says so.
unchanged = sum(1 for line in open(sys.argv[5]) if "unchanged" in line)
expected_status = writers * sum(1 for k in range(1, changes + 1) if k % 3 == 0) - unchanged
found = len(notes) + status_changes
print(f"changes made {writers * changes}, found in the ledger {found} "
      f"({len(notes)} notes of {len(expected_notes)}, {status_changes} status changes of {expected_status})")
missing = expected_notes - notes
if missing or status_changes != expected_status:
    print("FAIL lost changes:", sorted(missing)[:10]); sys.exit(1)
print("PASS every change is in the ledger and its history")
PY
if "$bin" check >/dev/null; then echo "PASS taizhang check"; else echo "FAIL taizhang check"; "$bin" check; failed=1; fi
python3 -c "print('concurrency: %d writers x %d changes in %.1f s' % ($writers, $changes, $end - $start))"
exit $failed
