#!/usr/bin/env bash
# A record no one can rewrite and a ledger that never claims a save it didn't make (issue 12):
# journal lines edited, deleted, inserted or swapped are named by `check`; a head written down
# earlier exposes even a past rewritten with the hashes recomputed (as root could);
# `history --verify` catches a history changed in the snapshot; a ledger cut in half is
# refused by every command, writes included, and `restore` brings the last backup back.
set -uo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/taizhang"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; failed=1; }
export LANG=C.UTF-8 TAIZHANG_TODAY=2021-10-15
tz() { timeout 60 env TAIZHANG_STORE="$store" "$bin" "$@"; }

# A ledger with a history: an import, edits, a compaction (a backup), more edits.
store="$work/base/ledger.json"
mkdir -p "$work/base"
tz import seeds/000_3380e45f1e1637e5.txt seeds/004_179f6169358b91c8.txt >/dev/null || fail "import"
tz set HD21-4 --status in-progress --note "第一次进展" >/dev/null
tz set HD21-5 --status done >/dev/null
tz set HD21-6 --note "已公开" >/dev/null
tz compact >/dev/null
tz set HD21-7 --status blocked >/dev/null
tz set HD21-8 --note "补充材料" >/dev/null
tz check >/dev/null && pass "the untouched ledger checks whole" || fail "baseline check: $(tz check 2>&1)"
head_line=$(tz report | tail -1)
seq_hash=$(echo "$head_line" | sed -n 's/.*entry \([0-9]*\) \([0-9a-f]*\).*/\1:\2/p')
[ -n "$seq_hash" ] && pass "report prints the chain's head: $head_line" || fail "no head on the report: $head_line"
out=$(tz check --head "$seq_hash"); echo "$out" | grep -q "matches" && pass "check --head accepts the head written down" || fail "check --head"

# One copy of the store per kind of tampering; the journal is edited as a text file.
tamper() { # NAME PYTHON-ON-LINES(L)
    local d="$work/$1"
    cp -r "$work/base" "$d"
    python3 - "$d/ledger.json.journal" <<EOF
import sys
p = sys.argv[1]
L = open(p, encoding="utf-8").read().split("\n")
$2
open(p, "w", encoding="utf-8").write("\n".join(L))
EOF
    store="$d/ledger.json"
}
expect_check() { # NAME LINE TEXT
    local out code
    out=$(tz check 2>&1); code=$?
    if [ $code -eq 1 ] && echo "$out" | grep -qE "ledger.json.journal:$2: .*($3)"; then pass "$1: check names line $2"
    else fail "$1 ($code): $out"; fi
}
# Line 1 is the header, line 2 the import's record; line 3 is the first edit.
tamper edited '
i = next(k for k, l in enumerate(L) if "\"value\":\"in-progress\"" in l)
L[i] = L[i].replace("in-progress", "done")
open(p + ".edited-line", "w").write(str(i + 1))'
expect_check "a line edited" "$(cat "$work/edited/ledger.json.journal.edited-line")" "changed after it was written"
tamper deleted 'del L[3]'
expect_check "a line deleted" 4 "lines before this one were removed"
tamper inserted 'L.insert(4, L[3].replace("\"by\":\"", "\"by\":\"x"))'
expect_check "a line inserted" 5 "inserted"
tamper swapped 'L[3], L[4] = L[4], L[3]'
expect_check "two lines swapped" 4 "moved"
tamper forged-at-end 'L.insert(len(L) - 1, L[-2].replace("补充材料", "cancel this"))'
expect_check "a forged line appended" "$(($(wc -l <"$work/base/ledger.json.journal") + 1))" "changed after it was written|inserted"

# Root rewrites the past and recomputes every hash after it (the documented algorithm):
# the chain is whole again, and only the head written down tells.
tamper rechained '
import hashlib, re
def rechain(L):
    prev = hashlib.sha256(L[0].encode()).hexdigest()
    for i in range(1, len(L)):
        m = re.fullmatch(r"(.*),\"hash\":\"([0-9a-f]{64})\"\}", L[i])
        if not m: continue
        prev = hashlib.sha256((prev + m.group(1)).encode()).hexdigest()
        L[i] = m.group(1) + ",\"hash\":\"" + prev + "\"}"
L = [l.replace("第一次进展", "改写过的进展") for l in L]
rechain(L)
# ... points the snapshot at the rewritten chain (its head and place in the journal),
snap_path = p[:-len(".journal")]
s = open(snap_path, encoding="utf-8").read()
seq = int(re.search(r"\"seq\":(\d+)", s).group(1))
line = next(i for i in range(1, len(L)) if L[i].startswith("{\"seq\":%d," % seq))
offset = sum(len(x.encode()) + 1 for x in L[:line + 1])
head = re.search(r"\"hash\":\"([0-9a-f]{64})\"", L[line]).group(1)
s = re.sub(r"\"head\":\"[0-9a-f]{64}\"", "\"head\":\"" + head + "\"", s, count=1)
s = re.sub(r"\"journal\":\d+", "\"journal\":%d" % offset, s, count=1)
open(snap_path, "w", encoding="utf-8").write(s)
# ... records the changed snapshot, and chains everything once more.
b = s.encode()
L[line + 1] = re.sub(r"\"sha256\":\"[0-9a-f]{64}\",\"bytes\":\d+", "\"sha256\":\"%s\",\"bytes\":%d" % (hashlib.sha256(b).hexdigest(), len(b)), L[line + 1])
rechain(L)'
out=$(tz check 2>&1)
echo "$out" | grep -q "hash chain whole" && pass "a consistently recomputed chain verifies on its own (documented hashing)" || fail "rechained: $out"
out=$(tz check --head "$seq_hash" 2>&1); code=$?
[ $code -eq 1 ] && echo "$out" | grep -q "not .* as written down" && pass "... and fails against the head written down" || fail "rechained --head ($code): $out"

# A history changed inside the snapshot (same length, so the file still reads).
cp -r "$work/base" "$work/history"
store="$work/history/ledger.json"
python3 - "$store" <<'EOF'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
i = t.index('"id":"HD21-5"')
j = t.index('"field":"status"', i)
k = t.index('"new":"done"', j)
open(p, "w", encoding="utf-8").write(t[:k] + '"new":"gone"' + t[k + len('"new":"done"'):])
EOF
out=$(tz history HD21-5 --verify 2>&1); code=$?
[ $code -eq 1 ] && echo "$out" | grep -q "not in the journal" && echo "$out" | grep -q "missing from the history" \
    && pass "history --verify: a history edited in the snapshot" || fail "history --verify ($code): $out"
out=$(tz check 2>&1)
echo "$out" | grep -q "changed outside taizhang" && pass "check: the snapshot differs from its record" || fail "snapshot record: $out"
store="$work/base/ledger.json"
out=$(tz history HD21-4 --verify); echo "$out" | grep -q "matches the journal" && pass "history --verify on an untouched task" || fail "history verify ok"

# A ledger cut in half: every command refuses it with the same message; restore.
cp -r "$work/base" "$work/half"
store="$work/half/ledger.json"
python3 -c "import sys; p=sys.argv[1]; b=open(p,'rb').read(); open(p,'wb').write(b[:len(b)//2])" "$store"
read_err=$(tz list 2>&1 >/dev/null); read_code=$?
set_err=$(tz set HD21-9 --status in-progress 2>&1 >/dev/null); set_code=$?
[ $read_code -eq 1 ] && [ $set_code -eq 1 ] && [ "$read_err" = "$set_err" ] && pass "a half ledger: set refused with the message list gives" \
    || fail "half ledger: list ($read_code) $read_err / set ($set_code) $set_err"
echo "$set_err" | grep -q "ledger.json.bak.1 (taizhang restore" && pass "the message names the readable backup" || fail "backup named: $set_err"
tz set HD21-9 --note x >/dev/null 2>&1; tz import seeds/003_d5d796a1468ca5a8.txt >/dev/null 2>&1; tz compact >/dev/null 2>&1
cmp -s <(head -c 100 "$store") <(head -c 100 "$work/base/ledger.json") && [ "$(wc -c <"$store")" -lt "$(wc -c <"$work/base/ledger.json")" ] \
    && pass "no command wrote over the half ledger" || fail "half ledger changed"
out=$(tz restore 2>&1); code=$?
[ $code -eq 0 ] && echo "$out" | grep -q "restored from .*bak.1" && pass "restore: $(echo "$out" | head -1)" || fail "restore ($code): $out"
tz show HD21-7 | grep -c blocked >/dev/null && tz show HD21-8 | grep -c "补充材料" >/dev/null && pass "changes after the backup were re-applied" || fail "re-applied"
ls "$work/half" | grep -q "ledger.json.damaged-" && pass "the damaged file was set aside, not deleted" || fail "set aside"
tz check >/dev/null && pass "check passes after the restore" || fail "check after restore: $(tz check 2>&1)"

# A store that never had a second snapshot names no backup.
mkdir -p "$work/nobak"
store="$work/nobak/ledger.json"
tz import seeds/000_3380e45f1e1637e5.txt >/dev/null
python3 -c "import sys; p=sys.argv[1]; b=open(p,'rb').read(); open(p,'wb').write(b[:len(b)//2])" "$store"
out=$(tz check 2>&1)
echo "$out" | grep -q "no readable backup" && ! echo "$out" | grep -q "\.bak" && pass "no backup: none is named" || fail "no backup: $out"

exit $failed
