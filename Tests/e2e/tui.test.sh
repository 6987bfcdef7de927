#!/usr/bin/env bash
# The full-screen ledger in a real terminal (tmux) on the five seed plans as of 2021-10-15:
# every screen, a status change and a Chinese note seen by `taizhang list`, resize, locales,
# terminal types, no colours, signals, and a change by another process appearing live.
#   bash Tests/e2e/tui.test.sh            builds taizhang first if needed
#   TZ_BIN=/path/to/taizhang bash ...     uses that binary
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.sh

tz_seed_ledger
READY="截至 2021-10-15"
ZH=(LC_ALL= LANG=zh_CN.UTF-8 TERM=xterm-256color TAIZHANG_STORE="$TAIZHANG_STORE" TAIZHANG_TODAY=2021-10-15)

run_test() { tz_run_test "$@"; }
wait_true() { tz_wait_true "$@"; }

row_has() { tz_capture | sed -n "$1p" | grep -qF -- "$2"; }

start_tz() {   # start_tz [VAR=VALUE ...] [-- args]
    local envs=() args=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
    [ $# -gt 0 ] && shift && args=("$@")
    tz_start 80 24 "${ZH[@]}" "${envs[@]}" -- "$BIN" "${args[@]}"
    tz_wait_for "$READY" 10
}

# The JSON of one task as `taizhang list` sees it, as "status|last note".
task_json() {
    "$BIN" list --format json | python3 -c '
import json, sys
for t in json.load(sys.stdin):
    if t["id"] == sys.argv[1]:
        print(t["status"] + "|" + ((t["lastNote"] or {}).get("text") or ""))' "$1"
}

check_columns() {   # the tree's columns, whatever mix of Chinese and ASCII is in the rows
    local tag=$1
    tz_check "$tag: due dates under their title" test "$(tz_column_of 完成时限)" -eq "$(tz_column_of 待定)"
    tz_check "$tag: units under their title" test "$(tz_column_of 牵头单位)" -eq "$(tz_column_of 市编办)"
    tz_check "$tag: counts right-aligned" test "$(tz_column_of 0/33)" -eq $(( $(tz_column_of 0/28) ))
    tz_check "$tag: nothing past column 80" test "$(tz_max_width)" -le 80
}

test_walk() {
    start_tz || { tz_fail "starts on the seed ledger" "no '$READY'"; return; }
    tz_pass "starts at 80x24 on the seed ledger"
    check_columns "tree"
    tz_assert_screen "tree: overdue counted on the plan" "逾期47"
    tz_send 2
    tz_check "2: units" tz_wait_for "各镇（街道）" 3
    tz_check "units: numbers right-aligned under 总数" test $(( $(tz_column_of 总数) + 4 )) -eq $(( $(tz_column_of " 26 ") + 3 ))
    tz_check "units: nothing past column 80" test "$(tz_max_width)" -le 80
    tz_send 3
    tz_check "3: calendar" tz_wait_for "2021年10月" 3
    tz_send ']' ']'
    tz_check "] twice: December with 27 tasks due on the 31st" tz_wait_for "31 27" 3
    tz_send 4
    tz_check "4: overdue grouped by unit" tz_wait_for "市政务服务办 · 9 项" 3
    tz_assert_screen "overdue: days overdue" "1568天"
    tz_send 5 j Enter
    tz_check "5 j Enter: a task opens" tz_wait_for "HN21-1  [ ] 未开始" 3
    tz_send s Enter
    tz_check "s Enter (the chooser opens on the next status): status saved" tz_wait_for "HN21-1  [>] 进行中" 3
    tz_send n
    tz_wait_for "添加进展" 3
    tz_type "已在政府网站“政务公开”专栏发布，文号淮府办〔2021〕7号"
    tz_check "Chinese note typed" tz_wait_for "淮府办〔2021〕7号" 3
    tz_send Enter
    tz_check "Enter saves the note" tz_wait_for "已保存" 3
    tz_check "list --format json sees both" test "$(task_json HN21-1)" = "in-progress|已在政府网站“政务公开”专栏发布，文号淮府办〔2021〕7号"
    tz_send q q
    tz_check "q q quits" tz_wait_exit 3
    tz_check "exit status 0" test "$(tz_exit_status)" = 0
}

test_resize() {
    start_tz || { tz_fail "resize: starts"; return; }
    tz_send 5 j Enter n
    tz_wait_for "添加进展" 3
    tz_type "改变窗口大小时的进展"
    tz_resize 100 30
    tz_check "100x30: status line on row 29" wait_true 3 row_has 29 "$READY"
    tz_check "100x30: the note being typed is redrawn" tz_wait_for "改变窗口大小时的进展" 3
    tz_resize 50 12
    tz_check "50x12: window too small" tz_wait_for "窗口太小" 3
    tz_resize 80 24
    tz_check "back to 80x24: status line on row 23" wait_true 3 row_has 23 "$READY"
    tz_check "back to 80x24: still editing" tz_wait_for "改变窗口大小时的进展" 3
    tz_type "。"
    tz_send Enter
    tz_check "the note is saved after the resizes" tz_wait_for "已保存" 3
    tz_check "list sees it" eval '[[ "$(task_json HN21-1)" == *"|改变窗口大小时的进展。" ]]'
    tz_start 80 24 "${ZH[@]}" -- "$BIN"
    tz_wait_for "$READY" 5
    check_columns "after resize"
    tz_send q
}

test_locales() {
    local setting
    for setting in "LANG=C" "LANG=POSIX" "LANG=zh_CN.GB18030"; do
        start_tz LC_ALL= "$setting" -- --lang zh || { tz_fail "$setting: starts"; continue; }
        check_columns "$setting"
        tz_send 5 j Enter n
        tz_wait_for "添加进展" 3
        tz_type "测试中文"
        tz_check "$setting: Chinese can be typed" tz_wait_for "测试中文" 3
        tz_send Escape                    # typed text: Esc asks first, y discards
        tz_wait_for "放弃已输入的文字" 3
        tz_send y q q
        tz_check "$setting: quits" tz_wait_exit 3
    done
    start_tz LC_ALL= LANG=en_US.UTF-8 || true
    tz_check "LANG=en_US: English" tz_wait_for "as of 2021-10-15" 3
    tz_send q
}

test_terminals() {
    local term
    for term in xterm screen tmux-256color vt100; do
        start_tz "TERM=$term" || { tz_fail "TERM=$term: starts"; continue; }
        check_columns "TERM=$term"
        tz_send j
        tz_check "TERM=$term: j moves the selection" tz_wait_for ">  ▸ 一、紧扣" 3
        tz_send q
        tz_check "TERM=$term: q quits" tz_wait_exit 3
    done
}

test_no_color() {
    local mode line
    for mode in NO_COLOR=1 --no-color; do
        if [ "$mode" = NO_COLOR=1 ]; then start_tz NO_COLOR=1; else start_tz -- --no-color; fi
        tz_send 4
        tz_wait_for "1568天" 3
        line=$(tz_capture_e | grep -F -m1 "1568")
        # 39/49 are tmux resetting to the default colours, not colours
        tz_check "$mode: no colour codes" eval '! grep -q $'"'"'\e\\[[0-9;]*[34][0-8]m'"'"' <<<"$line"'
        tz_check "$mode: days overdue still marked (underline)" eval 'grep -q $'"'"'\e\\[[0-9;]*4[;m]'"'"' <<<"$line"'
        tz_send q
    done
}

test_signals() {
    tz_start 80 24 "${ZH[@]}" PS1='$ ' -- bash --norc --noprofile -i
    tz_wait_for '$' 3
    local sane="stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' '; echo"
    tz_type "$BIN; echo EXIT=\$?"; tz_send Enter
    tz_wait_for "$READY" 10
    tz_send 5 j Enter n
    tz_wait_for "添加进展" 3
    tz_type "挂断前已确认的进展"
    tz_send Enter
    tz_wait_for "已保存" 3
    tz_send n
    tz_wait_for "添加进展" 3
    tz_type "挂断时尚未确认"
    tz_wait_for "挂断时尚未确认" 3
    local pid
    pid=$(pgrep -s "$(tz_display "#{pane_pid}")" -x taizhang)
    kill -HUP "$pid"
    tz_check "SIGHUP while typing a note: exits 129" tz_wait_for "EXIT=129" 3
    tz_check "SIGHUP: alternate screen left" test "$(tz_display '#{alternate_on}')" = 0
    tz_type "clear; $sane"; tz_send Enter
    tz_check "SIGHUP: terminal sane" tz_wait_for "icanon echo" 3
    tz_check "SIGHUP: the store is whole" "$BIN" check
    tz_check "SIGHUP: the confirmed note is saved, the unconfirmed one is not" \
        test "$(task_json HN21-1 | cut -d'|' -f2)" = "挂断前已确认的进展"
    tz_type "clear; $BIN; echo EXIT=\$?"; tz_send Enter
    tz_wait_for "$READY" 10
    tz_send C-z
    tz_check "Ctrl-Z returns to the shell" tz_wait_for "Stopped" 3
    tz_type "fg"; tz_send Enter
    tz_check "fg repaints" tz_wait_for "$READY" 3
    tz_send C-c
    tz_wait_screen main 3
    tz_type "echo CODE=\$?"; tz_send Enter
    tz_check "Ctrl-C after fg exits with 130" tz_wait_for "CODE=130" 3
    tz_type "clear; $BIN; echo EXIT=\$?"; tz_send Enter
    tz_wait_for "$READY" 10
    kill -TERM "$(pgrep -s "$(tz_display "#{pane_pid}")" -x taizhang)"
    tz_check "SIGTERM exits with 143" tz_wait_for "EXIT=143" 3
    tz_check "after the signals the store is whole" "$BIN" check
}

test_live() {
    start_tz || { tz_fail "live: starts"; return; }
    tz_assert_screen "DG17-4 not started" "[ ] ? 4      出台第二批"
    local started=$SECONDS
    "$BIN" set DG17-4 --status done --note "另一进程的修改" >/dev/null
    tz_check "another process's change appears within 3 s" tz_wait_for "[x] ? 4      出台第二批" 3
    tz_assert_screen "the status line says the ledger was updated" "台账已更新"
    echo "     (seen after $((SECONDS - started)) s or less)"
    tz_check "the selection stayed on the first row" eval 'tz_capture | grep -q "^>▾ HD21"'
    tz_send q
}

# A save that has to wait for the ledger (another process holds it) never freezes the screen:
# the dialog says it is waiting, Esc gives the wait up and keeps the typed note, and the
# note is saved once the ledger is free.
test_save_waits() {
    start_tz || { tz_fail "save waits: starts"; return; }
    tz_send 5 j Enter
    tz_wait_for "HN21-1" 3
    tz_send n
    tz_type "等锁时写下的进展"
    tz_wait_for "等锁时写下的进展" 3
    flock -o "$TAIZHANG_STORE.lock" sleep 20 &
    local holder=$!
    sleep 0.3
    tz_send Enter
    tz_check "a save that waits says so" tz_wait_for "正在等待台账" 3
    tz_send Escape
    tz_check "Esc gives the wait up" tz_wait_for "已放弃保存" 3
    tz_assert_screen "the typed note is still in the dialog" "等锁时写下的进展"
    kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
    tz_send Enter
    tz_check "the note is saved once the ledger is free" tz_wait_for "已保存" 5
    tz_check "the note is in the ledger" eval '[ "$(task_json HN21-1 | cut -d"|" -f2)" = "等锁时写下的进展" ]'
    tz_send q q q
}

run_test test_walk 60
run_test test_resize 40
run_test test_locales 90
run_test test_terminals 90
run_test test_no_color 40
run_test test_signals 90
run_test test_live 30
run_test test_save_waits 40
tz_finish
