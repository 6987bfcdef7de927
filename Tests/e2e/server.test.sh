#!/usr/bin/env bash
# The shared server as scripts/install-server sets it up, tried with real accounts the way an
# officer who knows a little Python would (issue 12): taizhang setgid to a service group that
# no person is in, the ledger's directory closed to everyone else, /etc/taizhang.conf listing
# the ledger. Installs into a private prefix and directory, and removes everything at the end.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP shared-server test: it creates accounts and a setgid program and must run as root"
    exit 0
fi
src="$(swift build --show-bin-path)/taizhang"
tag="tz$$"
group="${tag}svc" coord="${tag}wang" li="${tag}li"
base="/tmp/${tag}-server"
prefix="$base/prefix" dir="$base/ledger"
tz="$prefix/bin/taizhang"
failed=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; failed=1; }
check() { local name=$1; shift; if "$@"; then pass "$name"; else fail "$name"; fi; }
cleanup() {
    [ -n "${holder:-}" ] && kill "$holder" 2>/dev/null
    for u in "$coord" "$li"; do userdel "$u" 2>/dev/null; done
    groupdel "$group" 2>/dev/null
    rm -rf "$base"
}
trap cleanup EXIT
# Each command gets its own deadline; the whole script has scripts/test's.
as() { local who=$1; shift; timeout 60 runuser -u "$who" -- env -i LANG=C.UTF-8 TAIZHANG_TODAY=2021-10-15 "$tz" "$@"; }
as_env() { local who=$1; shift; timeout 60 runuser -u "$who" -- env -i LANG=C.UTF-8 "$@"; }
sh_as() { timeout 20 runuser -u "$1" -- sh -c "$2"; }

for u in "$coord" "$li"; do useradd -M -N -g users -s /bin/sh "$u"; done
mkdir -p "$base/seeds" "$base/out"
cp seeds/*.txt "$base/seeds/"
chmod -R a+rX "$base"

# --- install ---------------------------------------------------------------------------
scripts/install-server --prefix "$prefix" --dir "$dir" --group "$group" --binary "$src" --coordinator "$coord" >"$base/install.log" 2>&1 \
    && pass "install-server ran" || { fail "install-server: $(cat "$base/install.log")"; exit 1; }
check "taizhang is setgid to the service group" [ "$(stat -c '%a %U %G' "$tz")" = "2755 root $group" ]
check "the ledger's directory is root:$group 2770" [ "$(stat -c '%a %U %G' "$dir")" = "2770 root $group" ]
check "nobody is in the service group" [ -z "$(getent group "$group" | cut -d: -f4)" ]
check "the configuration lists the ledger" grep -q "\"$dir/ledger.json\"" "$prefix/etc/taizhang.conf"
check "the first coordinator is in the access file" grep -q "\"$coord\"" "$dir/access.json"

# --- the coordinator can do everything the access file gives --------------------------------
as "$coord" access officer "$li" 区市场监管局 >/dev/null && pass "coordinator names an officer" || fail "access officer"
as "$coord" import "$base"/seeds/*.txt >/dev/null && pass "coordinator imports the plans" || fail "coordinator import"
as "$coord" set HN21-1 --status blocked --note "协调中" >/dev/null && pass "coordinator changes any task" || fail "coordinator set"
as "$coord" units merge 区市场监督管理局 区市场监管局 >/dev/null && pass "coordinator merges units" || fail "coordinator merge"
as "$coord" set HD21-5 --due 2021-12-20 --reviewed >/dev/null && pass "coordinator sets dates and reviews" || fail "coordinator due"
as "$coord" compact >/dev/null && pass "coordinator compacts" || fail "coordinator compact"
as "$coord" export --format csv --out /dev/null >/dev/null 2>&1 && pass "coordinator exports" || fail "coordinator export"
as "$coord" check >/dev/null && pass "coordinator checks the ledger" || fail "coordinator check"
as "$li" set HD21-4 --status done --note "执法信息已公示" >/dev/null && pass "officer changes his unit's task" || fail "officer own task"
out=$(as "$li" set HD21-5 --status done 2>&1); code=$?
[ $code -eq 1 ] && echo "$out" | grep -q "not a task of" && pass "officer refused another unit's task" || fail "officer refusal ($code): $out"
hist=$(as "$coord" history HD21-4)
echo "$hist" | grep -q "$li status" && pass "history names the officer (real uid)" || fail "history: $hist"

# --- an officer writing the files directly gets "permission denied" -----------------------
for f in ledger.json ledger.json.journal access.json; do
    out=$(sh_as "$li" "echo '{}' >> '$dir/$f'" 2>&1)
    [ $? -ne 0 ] && echo "$out" | grep -qi "permission denied" && pass "officer cannot write $f directly" || fail "direct write $f: $out"
done
out=$(sh_as "$li" "python3 -c \"import json; p='$dir/access.json'; a=json.load(open(p)); a['coordinators'].append('$li'); json.dump(a, open(p,'w'))\"" 2>&1)
[ $? -ne 0 ] && echo "$out" | grep -q "Permission denied" && pass "officer cannot make himself coordinator with Python" || fail "python access.json: $out"
out=$(sh_as "$li" "cat '$dir/ledger.json'" 2>&1)
[ $? -ne 0 ] && pass "officer cannot read the files outside taizhang either" || fail "direct read: $out"

# --- only a ledger the configuration lists --------------------------------------------------
out=$(as_env "$li" TAIZHANG_STORE=/etc/shadow "$tz" list 2>&1); code=$?
[ $code -ne 0 ] && echo "$out" | grep -q "not one of the ledgers" && ! echo "$out" | grep -q "root:" \
    && pass "TAIZHANG_STORE=/etc/shadow refused" || fail "shadow ($code): $out"
mkdir -p "$base/elsewhere"
out=$(as "$li" --store "$base/elsewhere/ledger.json" list 2>&1); code=$?
[ $code -ne 0 ] && echo "$out" | grep -q "not one of the ledgers" && pass "--store outside the configuration refused" || fail "--store ($code): $out"
as "$li" --store main list --unit 区市场监管局 >/dev/null && pass "--store picks a listed ledger by name" || fail "--store main"

# --- files a person names are opened with their own rights ------------------------------------
: >"$base/out/group-only.csv"
chgrp "$group" "$base/out/group-only.csv"
chmod 660 "$base/out/group-only.csv"
out=$(as "$li" export --format csv --out "$base/out/group-only.csv" 2>&1); code=$?
[ $code -ne 0 ] && [ ! -s "$base/out/group-only.csv" ] && pass "export --out to a file only the group may write refused" \
    || fail "export to group file ($code): $out"
install -d -o "$li" -m 700 "$base/li-home"
as "$li" export --format csv --out "$base/li-home/mine.csv" >/dev/null 2>&1 && [ "$(stat -c %U "$base/li-home/mine.csv")" = "$li" ] \
    && pass "export to the officer's own file, owned by him" || fail "export to own file"
cp seeds/003_d5d796a1468ca5a8.txt "$base/secret.txt"
chmod 600 "$base/secret.txt"
out=$(as "$coord" import "$base/secret.txt" 2>&1); code=$?
[ $code -ne 0 ] && echo "$out" | grep -q "secret.txt" && ! grep -q "secret.txt" <(as "$coord" list --plan SH19 2>&1) \
    && pass "import of a file only root can read refused ($(echo "$out" | head -1))" || fail "import root file ($code): $out"
out=$(as "$li" set HD21-4 --evidence "$base/secret.txt" 2>&1); code=$?
[ $code -ne 0 ] && ! ls "$dir/evidence" 2>/dev/null | grep -q secret && pass "evidence from a file only root can read refused" \
    || fail "evidence root file ($code): $out"
chgrp "$group" "$base/secret.txt"; chmod 640 "$base/secret.txt"
out=$(as "$coord" import "$base/secret.txt" 2>&1); code=$?
[ $code -ne 0 ] && pass "import of a file only the service group can read refused" || fail "import group file ($code): $out"

# --- no symlink tricks ---------------------------------------------------------------------
mv "$dir/ledger.json" "$dir/ledger.json.real"
ln -s /etc/shadow "$dir/ledger.json"
out=$(as "$li" list 2>&1); code=$?
[ $code -ne 0 ] && echo "$out" | grep -q "not a regular file" && ! echo "$out" | grep -q "root:" \
    && pass "ledger.json swapped for a symlink: reading refused" || fail "symlink read ($code): $out"
out=$(as "$coord" set HN21-2 --status done 2>&1); code=$?
[ $code -ne 0 ] && [ -L "$dir/ledger.json" ] && pass "ledger.json swapped for a symlink: writing refused, the link left alone" \
    || fail "symlink write ($code): $out"
rm "$dir/ledger.json"
mv "$dir/ledger.json.real" "$dir/ledger.json"
as "$li" list --unit 区市场监管局 >/dev/null && pass "the ledger reads again once the file is back" || fail "after symlink"

# --- the environment is an allow-list ------------------------------------------------------------
as_env "$li" TAIZHANG_NOW=2000-01-01T00:00:00Z TAIZHANG_TODAY=2021-10-15 "$tz" set HD21-4 --note "时间不可伪造" >/dev/null
hist=$(as "$coord" history HD21-4)
echo "$hist" | grep "时间不可伪造" | grep -q "^2000" && fail "TAIZHANG_NOW set the record's time: $hist" \
    || pass "TAIZHANG_NOW cannot set the time of the record"

# --- a waiting process: no core dumps, not open to its own user ------------------------------------
flock -o "$dir/ledger.json.lock" sleep 20 &
holder=$!
sleep 0.3
runuser -u "$li" -- env -i LANG=C.UTF-8 "$tz" set HD21-4 --note "等待中" >/dev/null 2>&1 &
waiter=$!
pid=
for _ in $(seq 1 100); do pid=$(ps -o pid= --ppid "$waiter" | tr -d ' '); [ -n "$pid" ] && break; sleep 0.05; done
[ -z "$pid" ] && pid=$waiter
sleep 0.3
grep -q "^Max core file size *0 *0" "/proc/$pid/limits" && pass "no core dumps (RLIMIT_CORE 0)" || fail "core limit: $(grep core "/proc/$pid/limits")"
out=$(sh_as "$li" "cat /proc/$pid/environ" 2>&1)
[ $? -ne 0 ] && pass "the officer cannot read the privileged process's memory or environment" || fail "environ readable: $out"
kill "$holder" 2>/dev/null; holder=
wait "$waiter" && pass "the waiting save lands once the lock is free" || fail "waiting save"

as "$coord" check >/dev/null && pass "ledger whole after all of it" || fail "final check"
exit $failed
