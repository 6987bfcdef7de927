#!/usr/bin/env bash
# Real accounts on one shared ledger: a coordinator and two officers of different units in
# one group. Each can change only what the access file allows; the ledger stays readable and
# writable by the group whoever saved last; the history shows who did what.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP multi-user test: it creates accounts with useradd and must run as root"
    exit 0
fi
src="$(swift build --show-bin-path)/taizhang"
tag="tz$$"
group="${tag}g" coord="${tag}wang" li="${tag}li" zhao="${tag}zhao"
dir="/tmp/${tag}-shared"
failed=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; failed=1; }
cleanup() {
    for u in "$coord" "$li" "$zhao"; do userdel "$u" 2>/dev/null; done
    groupdel "$group" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT

groupadd "$group"
for u in "$coord" "$li" "$zhao"; do useradd -M -N -g users -G "$group" -s /bin/sh "$u"; done
mkdir -p "$dir/bin"
cp "$src" "$dir/bin/taizhang"
cp -r seeds "$dir/seeds"
chmod -R a+rX "$dir/bin" "$dir/seeds"
mkdir "$dir/ledger"
chgrp "$group" "$dir/ledger"
chmod 2770 "$dir/ledger"            # the set-up docs/shared-server.md describes
store="$dir/ledger/ledger.json"

as() { local who=$1; shift; runuser -u "$who" -- env TAIZHANG_STORE="$store" TAIZHANG_TODAY=2021-10-15 LANG=C.UTF-8 "$dir/bin/taizhang" "$@"; }
group_writable() {
    for f in "$store" "$store.journal"; do
        [ -e "$f" ] || continue
        [ "$(stat -c %G "$f")" = "$group" ] || { echo "  $f belongs to group $(stat -c %G "$f")"; return 1; }
        [ $(( 0$(stat -c %a "$f") & 060 )) -eq $((060)) ] || { echo "  $f has mode $(stat -c %a "$f")"; return 1; }
    done
}

# The coordinator writes the access file and imports the plans.
as "$coord" access coordinator "$coord" >/dev/null && pass "coordinator creates the access file" || fail "access file"
as "$coord" access officer "$li" 区市场监管局 >/dev/null && as "$coord" access officer "$zhao" 区财政局 >/dev/null \
    && pass "coordinator names the officers" || fail "officers"
as "$coord" import seeds/*.txt >/dev/null 2>&1 || as "$coord" import "$dir"/seeds/*.txt >/dev/null || fail "coordinator import"
group_writable && pass "ledger group-writable after the coordinator's import" || fail "group mode after import"

# Officer li: his unit's task yes, another unit's task no, a coordinator's job no.
as "$li" set HD21-4 --status done --note "执法信息已公示" >/dev/null && pass "officer changes his unit's task" || fail "officer own task"
group_writable && pass "ledger group-writable after an officer's save" || fail "group mode after officer"
before=$(md5sum "$store" "$store.journal" | md5sum)
out=$(as "$li" set HD21-5 --status done 2>&1); code=$?
[ $code -eq 1 ] && echo "$out" | grep -q "not a task of" && pass "officer refused another unit's task: $out" || fail "refusal ($code): $out"
out=$(as "$li" units merge 区财政局 区市场监管局 2>&1); code=$?
[ $code -eq 1 ] && echo "$out" | grep -q "coordinators" && pass "officer may not merge units" || fail "merge refusal ($code): $out"
out=$(as "$li" import "$dir/seeds/003_d5d796a1468ca5a8.txt" 2>&1); code=$?
[ $code -eq 1 ] && pass "officer may not import" || fail "import refusal ($code): $out"
[ "$(md5sum "$store" "$store.journal" | md5sum)" = "$before" ] && pass "refusals changed nothing" || fail "a refusal changed the ledger"

# Officer zhao (区财政局) works on HD21-5; the coordinator rewrites the snapshot (compact);
# then li can still save: nobody is locked out by who saved last.
as "$zhao" set HD21-5 --status in-progress >/dev/null && pass "second officer changes his unit's task" || fail "zhao"
as "$coord" compact && group_writable && pass "ledger group-writable after the coordinator rewrote it" || fail "group mode after compact"
[ "$(stat -c %U "$store")" = "$coord" ] && pass "snapshot now owned by the coordinator" || fail "owner"
as "$li" set HD21-4 --note "补充:网址已更新" >/dev/null && pass "officer still saves after another user rewrote the ledger" || fail "li after compact"
as "$coord" set HN21-1 --status blocked >/dev/null && pass "coordinator changes any task" || fail "coordinator edit"

# The history names the real logins, whatever $USER says.
hist=$(runuser -u "$li" -- env USER=impostor LOGNAME=impostor TAIZHANG_STORE="$store" "$dir/bin/taizhang" history HD21-4)
echo "$hist" | grep -q "$li status: not started → reported" && pass "history names $li (his done is a report: docs/loop.md)" || { fail "history: $hist"; }
echo "$hist" | grep -q impostor && fail "history used \$USER" || pass "history ignores \$USER"
as "$coord" history HD21-5 | grep -c "$zhao status" >/dev/null && pass "history names $zhao" || fail "history zhao"
as "$coord" check >/dev/null && pass "taizhang check" || fail "check"
exit $failed
