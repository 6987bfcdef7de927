#!/usr/bin/env bash
# Every key's real bytes, under the seven TERMs officers' clients run with, into a note
# dialog holding typed Chinese text: the text must stay as typed and be saved on Enter.
#
# The bytes are each terminal's terminfo entry (tput) plus what the clients really send
# whatever TERM says: xterm normal and application mode, PuTTY ESC[n~ / SCO / VT100+,
# Xshell and SecureCRT, screen and tmux, rxvt, the Linux console (docs/keys.md).
# Keypad digits are left out: they type digits, as they should.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.sh

tz_seed_ledger

E=$'\e'
CLIENT_KEYS=(
    # xterm, normal and application cursor keys, Home/End both ways
    "$E[A" "$E[B" "$E[C" "$E[D" "${E}OA" "${E}OB" "${E}OC" "${E}OD" "$E[H" "$E[F" "${E}OH" "${E}OF"
    "$E[2~" "$E[3~" "$E[5~" "$E[6~" "$E[Z"
    "${E}OP" "${E}OQ" "${E}OR" "${E}OS" "$E[15~" "$E[17~" "$E[18~" "$E[19~" "$E[20~" "$E[21~" "$E[23~" "$E[24~"
    # PuTTY's default ESC[n~, Xshell, SecureCRT, screen, tmux, the Linux console
    "$E[1~" "$E[4~" "$E[11~" "$E[12~" "$E[13~" "$E[14~"
    # PuTTY SCO
    "$E[M" "$E[N" "$E[O" "$E[P" "$E[Q" "$E[R" "$E[S" "$E[T" "$E[U" "$E[V" "$E[W" "$E[X" "$E[I" "$E[G" "$E[L"
    # PuTTY VT100+ and rxvt Home/End
    "${E}OT" "${E}OU" "${E}OV" "${E}OW" "${E}OX" "${E}OY" "${E}OZ" "${E}O[" "${E}Ow"
    # rxvt
    "$E[7~" "$E[8~" "$E[a" "$E[b" "$E[c" "$E[d" "${E}Oa" "${E}Ob" "${E}Oc" "${E}Od" "$E[7^" "$E[8\$" "$E[2\$"
    # Linux console F1-F5
    "$E[[A" "$E[[B" "$E[[C" "$E[[D" "$E[[E"
    # modified keys (Ctrl, Shift) and sequences nobody maps: swallowed whole
    "$E[1;5A" "$E[1;5H" "$E[3;5~" "$E[1;2P" "$E[200~" "$E[99;9z" "$E[E"
)
CAPS="kcuu1 kcud1 kcub1 kcuf1 khome kend kpp knp kich1 kdch1 kcbt kf1 kf2 kf3 kf4 kf5 kf6 kf7 kf8 kf9 kf10 kf11 kf12"

hex() { printf '%s' "$1" | od -An -tx1 | tr -s ' \n' ' '; }

# Sends each sequence, then Ctrl-E (end of line), so that Delete finds nothing to delete
# and the text typed after the keys lands at the end.
send_all() {
    local seq
    for seq in "$@"; do
        # shellcheck disable=SC2046
        tz_tmux send-keys -t "$TZ_SESSION" -H $(hex "$seq") 05
    done
}

last_note() {
    "$BIN" list --format json | python3 -c '
import json, sys
for t in json.load(sys.stdin):
    if t["id"] == sys.argv[1]: print((t["lastNote"] or {}).get("text") or "")' "$1"
}

test_term() {
    local term=$1 text="已在网站公开 $1"
    local keys=("${CLIENT_KEYS[@]}") cap value
    for cap in $CAPS; do
        value=$(tput -T "$term" "$cap" 2>/dev/null) && [ -n "$value" ] && keys+=("$value")
    done
    tz_start 80 24 LC_ALL= LANG=zh_CN.UTF-8 TERM="$term" TAIZHANG_STORE="$TAIZHANG_STORE" TAIZHANG_TODAY=2021-10-15 -- "$BIN"
    tz_wait_for "截至 2021-10-15" 10 || { tz_fail "$term: starts" "no status line"; return; }
    tz_send 5 j Enter
    tz_wait_for "HN21-1  [ ] 未开始" 5 || { tz_fail "$term: opens HN21-1"; return; }
    tz_send n
    tz_wait_for "添加进展" 5 || { tz_fail "$term: note dialog"; return; }
    tz_type "已在网站"
    send_all "${keys[@]}"
    tz_type "公开 $term"
    tz_check "$term: ${#keys[@]} key sequences leave the dialog open with the text" tz_wait_for "已在网站公开 $term" 5
    tz_send Enter
    tz_check "$term: saved on Enter" tz_wait_for "已保存" 5
    tz_check "$term: the note is exactly what was typed" test "$(last_note HN21-1)" = "$text"
    tz_send q q q
    tz_wait_exit 5 || tz_send C-c
}

# PuTTY's Home and End in a list move the selection and stay on the screen; a lone Esc in a
# dialog with typed text asks first, and Esc again (with y) discards.
test_lists_and_escape() {
    tz_start 80 24 LC_ALL= LANG=zh_CN.UTF-8 TERM=xterm TAIZHANG_STORE="$TAIZHANG_STORE" TAIZHANG_TODAY=2021-10-15 -- "$BIN"
    tz_wait_for "截至 2021-10-15" 10 || { tz_fail "starts"; return; }
    tz_send 4
    tz_wait_for "市政务服务办 · 9 项" 5 || { tz_fail "overdue screen"; return; }
    tz_tmux send-keys -t "$TZ_SESSION" -H 1b 5b 34 7e 1b 5b 31 7e 1b 5b 31 31 7e
    sleep 0.3
    tz_check "End, Home, F1 (PuTTY): End and Home stay on the overdue screen, F1 opens help" tz_wait_for "› 帮助" 3
    tz_send q
    tz_check "q from help: back on the overdue screen" tz_wait_for "市政务服务办 · 9 项" 3
    tz_send 5 j Enter n
    tz_wait_for "添加进展" 5 || { tz_fail "note dialog"; return; }
    tz_type "不要丢"
    tz_send Escape
    tz_check "Esc with typed text asks before discarding" tz_wait_for "放弃已输入的文字" 3
    tz_send Escape
    tz_check "Esc again goes back to the text" tz_wait_gone "放弃已输入的文字" 3
    tz_assert_screen "the text is still there" "不要丢"
    tz_send Escape
    tz_wait_for "放弃已输入的文字" 3
    tz_send y
    tz_check "y discards and closes" tz_wait_gone "添加进展" 3
}

# A terminal that cannot place the cursor gets a clear message that points to the command line.
test_dumb_terminal() {
    tz_start 80 24 LC_ALL= LANG=zh_CN.UTF-8 TERM=dumb TAIZHANG_STORE="$TAIZHANG_STORE" TAIZHANG_TODAY=2021-10-15 -- "$BIN"
    tz_check "TERM=dumb: says it cannot draw a screen" tz_wait_for "不能定位光标" 5
    tz_assert_screen "TERM=dumb: points to the command line" "taizhang list"
    tz_check "TERM=dumb: exits with 1" test "$(tz_wait_exit 5; tz_exit_status)" = 1
}

tz_deadline 300
test_dumb_terminal
test_lists_and_escape
for term in xterm xterm-256color putty putty-256color screen-256color linux vt100; do
    test_term "$term"
done
tz_finish
