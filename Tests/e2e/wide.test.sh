#!/usr/bin/env bash
# Every screen and dialog at 80x24 with East Asian ambiguous characters drawn two columns
# wide (TAIZHANG_AMBIGUOUS=wide, as PuTTY or Xshell with "CJK ambiguous as wide"), and one
# column wide, and with --ascii. tmux draws them one column, so the program's output bytes
# (tmux pipe-pane) are replayed in an emulated terminal of each kind (termreplay.py): no
# character may land past the right edge, and every dialog frame must stay whole.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.sh
tz_seed_ledger
LOG="$WORK/session.bytes"

# Replays the output so far; PASS when nothing overflowed and the frames on screen are whole.
check_replay() {   # NAME MODE
    local out
    if out=$(python3 Tests/e2e/termreplay.py "$LOG" 80 24 "$2" 2>&1); then
        tz_pass "$1"
    else
        tz_fail "$1" "$(printf '%s\n' "$out" | grep -E 'OVERFLOW|FRAME' | head -5)"
        printf '%s\n' "$out" | sed 's/^/> /' | head -30
    fi
}

walk() {   # MODE AMBIGUOUS [OPTION]
    local mode=$1
    : >"$LOG"
    tz_start 80 24 LC_ALL= LANG=zh_CN.UTF-8 TERM=xterm TAIZHANG_AMBIGUOUS="$2" TAIZHANG_STORE="$TAIZHANG_STORE" TAIZHANG_TODAY=2021-10-15 \
        -- sh -c "sleep 0.3; exec $BIN ${3:-}"
    tz_tmux pipe-pane -t "$TZ_SESSION" -o "cat >>$LOG"
    tz_wait_for "截至 2021-10-15" 10 || { tz_fail "$mode: starts"; return; }
    check_replay "$mode: tree" "${mode% *}"
    local step
    for step in "2:各镇" "3:日历" "y:按月" "4:各镇（街、园区）" "5:待核任务"; do
        tz_send "${step%%:*}"
        tz_wait_for "${step#*:}" 3
        sleep 0.2
        check_replay "$mode: screen ${step%%:*}" "${mode% *}"
    done
    tz_send j Enter
    tz_wait_for "HN21-1  [ ] 未开始" 3
    local dialog
    for dialog in "n:添加进展:已在网站公开,文号“穗府办〔2021〕1号”……" "s:的状态:" "d:完成时限:" "u:责任单位(:" "f:筛选:" "?:› 帮助:"; do
        IFS=: read -r key title typed <<<"$dialog"
        tz_send "$key"
        tz_wait_for "$title" 3 || tz_fail "$mode: $key opens" "no '$title'"
        [ -n "$typed" ] && tz_type "$typed"
        sleep 0.3
        check_replay "$mode: $key ($title)" "${mode% *}"
        # A lone Esc acts after the escape delay: Esc and y sent at once would be Alt-y.
        tz_send Escape
        sleep 0.3
        [ -n "$typed" ] && tz_send y
        [ "$key" = "?" ] && tz_send q
        tz_wait_gone "$title" 3
    done
    tz_send C-c
    tz_wait_exit 5
}

tz_deadline 240
ensure_pyte() { python3 -c 'import pyte' 2>/dev/null; }
ensure_pyte || { tz_fail "pyte is installed (scripts/test installs it)"; tz_finish; exit 1; }
walk wide wide
walk narrow narrow
walk "wide --ascii" wide --ascii
tz_finish
