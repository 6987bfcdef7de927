#!/usr/bin/env bash
# A full disk and an unwritable directory give a clear error and leave the old ledger whole;
# a ledger edited by hand into invalid JSON is refused with the position and never overwritten.
set -uo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/taizhang"
failed=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; failed=1; }
work=$(mktemp -d)
cleanup() { mountpoint -q "$work/full" && umount "$work/full"; rm -rf "$work"; }
trap cleanup EXIT
export TAIZHANG_TODAY=2021-10-15 LANG=C.UTF-8

# --- a ledger edited by hand into invalid JSON
export TAIZHANG_STORE="$work/hand/ledger.json"
"$bin" import seeds/*.txt >/dev/null
sed -i 's/"id":"HN21-7",/"id":"HN21-7" /' "$TAIZHANG_STORE"
sum=$(md5sum <"$TAIZHANG_STORE")
line=$(grep -n '"id":"HN21-7" ' "$TAIZHANG_STORE" | cut -d: -f1)
out=$("$bin" list 2>&1); code=$?
[ $code -eq 1 ] && echo "$out" | grep -q "ledger.json:$line:" && pass "invalid JSON refused with its position: ${out:0:120}" || fail "invalid JSON ($code): $out"
"$bin" import seeds/000_3380e45f1e1637e5.txt >/dev/null 2>&1 && fail "import over a corrupt ledger succeeded"
"$bin" compact >/dev/null 2>&1 && fail "compact over a corrupt ledger succeeded"
[ "$(md5sum <"$TAIZHANG_STORE")" = "$sum" ] && pass "the corrupt ledger was never overwritten" || fail "corrupt ledger changed"

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP full-disk check: mounting a small tmpfs needs root"
    exit $failed
fi

# --- a full disk: a tiny tmpfs holding the ledger
mkdir -p "$work/full"
mount -t tmpfs -o size=400k tmpfs "$work/full" || { echo "SKIP full-disk check: cannot mount tmpfs here"; exit $failed; }
export TAIZHANG_STORE="$work/full/ledger.json"
"$bin" import seeds/000_3380e45f1e1637e5.txt seeds/003_d5d796a1468ca5a8.txt >/dev/null || fail "import onto the small disk"
"$bin" set HD21-1 --status done >/dev/null || fail "first edit"
sum=$(cat "$TAIZHANG_STORE" "$TAIZHANG_STORE.journal" | md5sum)
# Fill the disk, then try to save.
dd if=/dev/zero of="$work/full/filler" bs=4k >/dev/null 2>&1
out=$("$bin" import seeds/001_2ab362e8b5c07e64.txt 2>&1); code=$?
[ $code -ne 0 ] && echo "$out" | grep -q -i "disk is full\|No space" && pass "import on a full disk: clear error: ${out:0:110}" || fail "import on a full disk ($code): $out"
long=$(printf '进展%.0s' $(seq 1 3000))
out=$("$bin" set HD21-2 --note "$long" 2>&1); code=$?
[ $code -ne 0 ] && echo "$out" | grep -q -i "disk is full\|No space" && pass "edit on a full disk: clear error: ${out:0:110}" || fail "edit on a full disk ($code): $out"
[ "$(cat "$TAIZHANG_STORE" "$TAIZHANG_STORE.journal" | md5sum)" = "$sum" ] && pass "old ledger intact after the failed saves" || fail "ledger changed on a full disk"
ls "$work/full" | grep -q tmp- && fail "temporary files left behind: $(ls "$work/full")" || pass "no temporary file left behind"
rm -f "$work/full/filler"
"$bin" check >/dev/null && "$bin" set HD21-2 --status in-progress >/dev/null && pass "saving works again once there is space" || fail "after freeing space"

# --- an unwritable directory (as a user who cannot write there)
if id nobody >/dev/null 2>&1; then
    export TAIZHANG_STORE="$work/ro/ledger.json"
    "$bin" import seeds/003_d5d796a1468ca5a8.txt >/dev/null
    chmod 755 "$work" "$work/ro"; chmod 644 "$work/ro"/*
    out=$(runuser -u nobody -- env TAIZHANG_STORE="$TAIZHANG_STORE" "$bin" set SH19-1 --status done 2>&1); code=$?
    [ $code -eq 1 ] && echo "$out" | grep -q "$work/ro" && pass "unwritable store: clear error: ${out:0:110}" || fail "unwritable ($code): $out"
    "$bin" check >/dev/null && pass "ledger whole after the refused save" || fail "check after unwritable"
fi
exit $failed
