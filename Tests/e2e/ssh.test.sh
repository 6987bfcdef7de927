#!/usr/bin/env bash
# Two people over real SSH on loopback: a coordinator's full-screen session (in tmux) shows a
# change made by an officer's concurrent session within 3 seconds. sshd runs on a high port
# with key authentication, as two accounts sharing one ledger through a group.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" -ne 0 ]; then echo "SKIP ssh test: it creates accounts and starts sshd, and must run as root"; exit 0; fi
if [ ! -x /usr/sbin/sshd ] || ! command -v ssh >/dev/null; then
    echo "SKIP ssh test: openssh-server/openssh-client not installed (scripts/test installs them)"; exit 0
fi
source Tests/e2e/lib.sh
tz_deadline 120

src="$(swift build --show-bin-path)/taizhang"
tag="tzs$$"
group="${tag}g" coord="${tag}wang" li="${tag}li"
dir="/tmp/${tag}"
port=$((20000 + RANDOM % 10000))
cleanup_ssh() {
    [ -f "$dir/sshd.pid" ] && kill "$(cat "$dir/sshd.pid")" 2>/dev/null
    for u in "$coord" "$li"; do pkill -u "$u" 2>/dev/null; userdel "$u" 2>/dev/null; done
    groupdel "$group" 2>/dev/null
    rm -rf "$dir"
}
trap 'cleanup_ssh; tz_cleanup' EXIT

groupadd "$group"
mkdir -p "$dir/bin" "$dir/keys" "$dir/ledger" "$dir/home" /run/sshd
chmod 755 "$dir" "$dir/home"
for u in "$coord" "$li"; do useradd -m -d "$dir/home/$u" -N -g users -G "$group" -s /bin/sh -p '*' "$u"; done
cp "$src" "$dir/bin/taizhang"; chmod 755 "$dir/bin" "$dir/bin/taizhang"
chgrp "$group" "$dir/ledger"; chmod 2770 "$dir/ledger"
store="$dir/ledger/ledger.json"
ssh-keygen -q -t ed25519 -N '' -f "$dir/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$dir/client_key"
for u in "$coord" "$li"; do cp "$dir/client_key.pub" "$dir/keys/$u"; done
chmod -R a+rX "$dir/keys"
cat >"$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/keys/%u
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin no
AllowUsers $coord $li
CONF
/usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log" || { echo "FAIL sshd did not start"; cat "$dir/sshd.log"; exit 1; }
remote_env="TAIZHANG_STORE=$store TAIZHANG_TODAY=2021-10-15 LANG=C.UTF-8"
ssh_as() {
    local who=$1; shift
    ssh -i "$dir/client_key" -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
        -o BatchMode=yes -o LogLevel=ERROR "$who@127.0.0.1" "$@"
}
for _ in $(seq 1 50); do ssh_as "$coord" true 2>/dev/null && break; sleep 0.1; done
tz_check "coordinator logs in over ssh with a key" ssh_as "$coord" true

# The coordinator sets up access and imports over ssh.
cp -r seeds "$dir/seeds"; chmod -R a+rX "$dir/seeds"
ssh_as "$coord" "$remote_env $dir/bin/taizhang access coordinator $coord >/dev/null && \
    $remote_env $dir/bin/taizhang access officer $li 区市场监管局 >/dev/null && \
    $remote_env $dir/bin/taizhang import $dir/seeds/*.txt >/dev/null"
tz_check "coordinator imported the plans over ssh" test -s "$store"

# The coordinator's full-screen session, in tmux, over ssh with a terminal.
tz_start 100 30 -- ssh -tt -i "$dir/client_key" -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
    -o LogLevel=ERROR "$coord@127.0.0.1" "TERM=xterm-256color $remote_env $dir/bin/taizhang"
tz_wait_for "0/33" 20
tz_assert_screen "coordinator's screen shows HD21 with nothing done" "0/33"

# The officer, in his own ssh session, marks his unit's task done.
start=$(date +%s.%N)
ssh_as "$li" "$remote_env $dir/bin/taizhang set HD21-4 --status done --note '已公示'" >/dev/null
tz_check "officer's change over ssh succeeded" test $? -eq 0
if tz_wait_for "1/33" 3; then
    elapsed=$(python3 -c "import time; print('%.2f' % (time.time() - $start))")
    tz_pass "coordinator's screen showed the officer's change after ${elapsed} s (limit 3 s)"
else
    tz_fail "coordinator's screen showed the officer's change within 3 s"; tz_capture
fi
out=$(ssh_as "$li" "$remote_env $dir/bin/taizhang history HD21-4")
if echo "$out" | grep -q "$li status"; then tz_pass "history names $li"; else tz_fail "history names $li" "$out"; fi
tz_send q
tz_wait_screen main 10
tz_finish
