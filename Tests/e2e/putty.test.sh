#!/usr/bin/env bash
# The real PuTTY (Debian's 0.78) under Xvfb, over a real sshd on 127.0.0.1, TERM=xterm, 80x24,
# with "CJK ambiguous characters as wide" on and off. The program finds the setting itself
# (DSR 6n). In each: open the overdue screen, open a task's note dialog, type a note, press
# End, Home and F1, then Enter: the note is saved as typed. PuTTY's own session log (every
# byte it received) is replayed in an emulated terminal of the same setting: no row may
# wrap and no frame break. Screenshots: $TZ_PUTTY_SHOTS (default .build/putty/).
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" -ne 0 ]; then echo "SKIP putty test: it creates an account and starts sshd, and must run as root"; exit 0; fi
for tool in putty Xvfb xdotool import /usr/sbin/sshd; do
    command -v "$tool" >/dev/null || { echo "FAIL $tool is not installed (scripts/test installs it)"; exit 1; }
done
python3 -c 'import pyte' || { echo "FAIL pyte is not installed (scripts/test installs it)"; exit 1; }
source Tests/e2e/lib.sh
tz_deadline 300

src="$(swift build --show-bin-path)/taizhang"
tag="tzp$$" dir="/tmp/tzp$$" port=$((30000 + RANDOM % 10000)) display=$((50 + RANDOM % 40))
user="${tag}o" password="pw$RANDOM$RANDOM"
shots=${TZ_PUTTY_SHOTS:-$PWD/.build/putty}
mkdir -p "$shots" "$dir/bin" "$dir/home" "$dir/ledger" /run/sshd
xvfb_pid= putty_pid=
cleanup_putty() {
    [ -n "$putty_pid" ] && kill "$putty_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    [ -f "$dir/sshd.pid" ] && kill "$(cat "$dir/sshd.pid")" 2>/dev/null
    pkill -u "$user" 2>/dev/null
    userdel "$user" 2>/dev/null
    rm -rf "$dir"
}
trap 'cleanup_putty; tz_cleanup' EXIT

useradd -m -d "$dir/home/$user" -s /bin/sh -p "$(openssl passwd -6 "$password")" "$user"
cp "$src" "$dir/bin/taizhang"; chmod 755 "$dir" "$dir/bin" "$dir/bin/taizhang"
chown "$user" "$dir/ledger"
store="$dir/ledger/ledger.json"
ssh-keygen -q -t ed25519 -N '' -f "$dir/host_key"
cat >"$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_key
PidFile $dir/sshd.pid
StrictModes no
UsePAM no
PasswordAuthentication yes
KbdInteractiveAuthentication no
PermitRootLogin no
AllowUsers $user
CONF
/usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log" || { echo "FAIL sshd did not start"; cat "$dir/sshd.log"; exit 1; }
cp -r seeds "$dir/seeds"; chmod -R a+rX "$dir/seeds"
su -s /bin/sh "$user" -c "TAIZHANG_STORE=$store TAIZHANG_TODAY=2021-10-15 $dir/bin/taizhang import $dir/seeds/*.txt" >/dev/null \
    || { echo "FAIL import as $user"; exit 1; }
hostkey=$(ssh-keygen -lf "$dir/host_key.pub" | awk '{print $2}')

Xvfb ":$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$display"
for _ in $(seq 1 100); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.05; done

last_note() {
    su -s /bin/sh "$user" -c "TAIZHANG_STORE=$store $dir/bin/taizhang list --format json" | python3 -c '
import json, sys
for t in json.load(sys.stdin):
    if t["id"] == sys.argv[1]: print((t["lastNote"] or {}).get("text") or "")' "$1"
}
log_has() { grep -qF -- "$1" "$log" 2>/dev/null; }
wait_log() { local end=$((SECONDS + ${2:-10})); while [ $SECONDS -le $end ]; do log_has "$1" && return 0; sleep 0.1; done; return 1; }
shot() { import -window root -crop 740x580+0+0 "$shots/putty-$setting-$1.png"; }
replay() {   # NAME: PuTTY's log in an emulated terminal of this setting
    local out
    if out=$(python3 Tests/e2e/termreplay.py "$log" 80 24 "$setting" --screen "$shots/putty-$setting-$1.txt" 2>&1); then
        tz_pass "$setting: $1: no row wrapped, frames whole ($(printf '%s\n' "$out" | tail -1))"
    else
        tz_fail "$setting: $1" "$(printf '%s\n' "$out" | grep -E 'OVERFLOW|FRAME' | head -5)"
    fi
}

run_putty() {   # SETTING: wide or narrow
    setting=$1
    local cjk=0 note="已在网站公开 $1"
    [ "$setting" = wide ] && cjk=1
    log="$dir/putty-$setting.log"
    export HOME="$dir/puttyhome-$setting"
    mkdir -p "$HOME/.putty/sessions"
    cat >"$HOME/.putty/sessions/tz" <<SESSION
HostName=127.0.0.1
PortNumber=$port
Protocol=ssh
UserName=$user
TerminalType=xterm
TermWidth=80
TermHeight=24
LineCodePage=UTF-8
CJKAmbigWide=$cjk
FontName=client:WenQuanYi Zen Hei Mono 14
WarnOnClose=0
LogType=2
LogFileName=$log
LogFileClash=0
LogFlush=1
RemoteCommand=env LANG=zh_CN.UTF-8 TAIZHANG_STORE=$store TAIZHANG_TODAY=2021-10-15 $dir/bin/taizhang
SESSION
    putty -load tz -pw "$password" -hostkey "$hostkey" >/dev/null 2>&1 &
    putty_pid=$!
    wait_log "截至 2021-10-15" 20 || { tz_fail "$setting: PuTTY shows the ledger"; return; }
    sleep 0.5
    xdotool mousemove 300 300 click 1
    xdotool key 4
    wait_log "各镇（街、园区）" 5
    sleep 0.5
    shot overdue
    replay overdue
    xdotool key j Return
    wait_log "具体要求" 5
    xdotool key n
    wait_log "添加进展" 5
    sleep 0.3
    xdotool type --delay 30 "$note"
    sleep 0.5
    xdotool key End Home F1
    sleep 0.5
    shot note-after-End-Home-F1
    replay note-dialog
    tz_check "$setting: End, Home and F1 leave the note dialog open" grep -qF "添加进展" "$shots/putty-$setting-note-dialog.txt"
    tz_check "$setting: the typed note is on screen" grep -qF "$note" "$shots/putty-$setting-note-dialog.txt"
    xdotool key Return
    sleep 1
    shot saved
    tz_check "$setting: the note is saved as typed" test "$(last_note DG17-4.2)" = "$note"
    xdotool key q q q
    sleep 0.5
    kill "$putty_pid" 2>/dev/null; wait "$putty_pid" 2>/dev/null
    putty_pid=
}

run_putty wide
run_putty narrow
echo "screenshots: $shots/putty-*.png"
tz_finish
