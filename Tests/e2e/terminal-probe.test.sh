#!/usr/bin/env bash
# Real-terminal checks of the ncurses adapter (NCursesTerminal) through terminal-probe in tmux.
#   bash Tests/e2e/terminal-probe.test.sh            builds terminal-probe first if needed
#   TZ_PROBE=/path/to/terminal-probe bash ...   uses that binary
# Prints PASS/FAIL per check; exits non-zero if any check failed.
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.sh

PROBE=${TZ_PROBE:-$PWD/.build/debug/terminal-probe}
[ -x "$PROBE" ] || swift build --product terminal-probe >/dev/null || { echo "FAIL build terminal-probe"; exit 1; }
READY="行 1/60"

start_probe() {   # start_probe [VAR=VALUE ...] [-- extra probe args]
    local envs=() args=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
    [ $# -gt 0 ] && shift && args=("$@")
    tz_start 80 24 LANG=C.UTF-8 TERM=xterm-256color "${envs[@]}" -- "$PROBE" "${args[@]}"
    tz_wait_for "$READY" 5
}

# The line of the screen that contains TEXT.
screen_line() { tz_capture | grep -F -m1 -- "$1"; }
screen_line_e() { tz_capture_e | grep -F -m1 -- "$1"; }

check_layout() {   # what every terminal type and locale must get right
    local tag=$1
    tz_check "$tag: 目 at column 9" test "$(tz_column_of 目标)" -eq 9
    tz_check "$tag: 牵 at column 33" test "$(tz_column_of 牵头)" -eq 33
    tz_check "$tag: full-width row" test "$(tz_column_of 全角)" -eq 37
    tz_check "$tag: nothing past column 80" test "$(tz_max_width)" -le 80
}

test_layout() {
    tz_deadline 20
    start_probe || { tz_fail "probe starts" "no '$READY'"; return; }
    tz_pass "probe starts at 80x24"
    check_layout "utf-8"
    local long edge
    long=$(screen_line LONG)
    tz_check "long row is cut with … within 80 columns" test "$(tz_width "$long")" -ge 79 -a "$(tz_width "$long")" -le 80 -a "${long: -1}" = "…"
    edge=$(screen_line xxxx)
    tz_check "wide char straddling the edge becomes a space" test "$edge" = "  $(printf 'x%.0s' $(seq 77))"
    tz_check "row after the edge row is intact" test "$(tz_column_of 'OVERDUE 逾期')" -eq 2
    tz_assert_screen "ESC, BEL, C1 and bidi shown as text" "HOSTILE^[[31m红色^G响铃<U+009B>2J<U+202E>反转"
    local hostile
    hostile=$(screen_line_e HOSTILE)
    tz_check "hostile row sends no colour" eval '! grep -q $'"'"'\e\\[[0-9;]*3[0-9]'"'"' <<<"$hostile"'
    tz_check "overdue row is red" eval 'grep -q $'"'"'\e\\[[0-9;]*31m'"'"' <<<"$(screen_line_e OVERDUE)"'
    tz_send j
    tz_check "j moves the cursor line" tz_wait_for "▶ ASCII only" 2
    tz_assert_screen "status shows the move" "行 2/60"
    tz_send Down Down
    tz_check "Down arrow moves" tz_wait_for "行 4/60" 2
    tz_send q
    tz_check "q quits" tz_wait_exit 3
    tz_check "exit status 0" test "$(tz_exit_status)" = 0
}

test_resize() {
    tz_deadline 20
    start_probe || { tz_fail "probe starts" "no '$READY'"; return; }
    tz_resize 50 12
    tz_check "50x12 shows too small" tz_wait_for "Window too small" 3
    tz_assert_screen "too small names both sizes" "need 60x16, have 50x12"
    tz_check "list is gone while too small" tz_wait_gone "标记ABC" 1
    tz_resize 80 24
    tz_check "back to 80x24 restores the list" tz_wait_for "size 80x24" 3
    check_layout "after resize"
    tz_resize 100 30
    tz_check "grows to 100x30" tz_wait_for "size 100x30" 3
    tz_check "status on the last row" test "$(tz_capture | sed -n 30p | cut -c1-12)" = "size 100x30 "
    tz_send q
}

test_locales() {
    local setting
    for setting in "LANG=C" "LC_ALL=POSIX" "LANG=zh_CN.GB18030" "LANG=zh_CN.UTF-8"; do
        tz_deadline 20
        start_probe "$setting" || { tz_fail "$setting: starts" "no '$READY'"; continue; }
        check_layout "$setting"
        tz_send e
        tz_wait_for "编辑:" 2
        tz_type "测试"
        tz_check "$setting: Chinese can be typed" tz_wait_for "编辑: 测试" 2
        tz_send Escape q
        tz_check "$setting: quits" tz_wait_exit 3
    done
}

test_terminal_types() {
    local term
    for term in xterm screen tmux-256color vt100 xterm-256color; do
        tz_deadline 20
        start_probe "TERM=$term" || { tz_fail "TERM=$term: starts" "no '$READY'"; continue; }
        check_layout "TERM=$term"
        tz_send j
        tz_check "TERM=$term: j moves" tz_wait_for "行 2/60" 2
        tz_assert_screen "TERM=$term: hostile text visible" "HOSTILE^[[31m"
        tz_send q
        tz_check "TERM=$term: q quits" tz_wait_exit 3
    done
}

test_no_color() {
    tz_deadline 20
    start_probe NO_COLOR=1 || { tz_fail "NO_COLOR starts" "no '$READY'"; return; }
    local overdue
    overdue=$(screen_line_e OVERDUE)
    tz_check "NO_COLOR: overdue has no colour" eval '! grep -q $'"'"'\e\\[[0-9;]*3[0-9]m'"'"' <<<"$overdue"'
    tz_check "NO_COLOR: overdue is underlined" eval 'grep -q $'"'"'\e\\[[0-9;]*4m'"'"' <<<"$overdue"'
    tz_send q
    start_probe -- --no-color || { tz_fail "--no-color starts"; return; }
    tz_check "--no-color: overdue has no colour" eval '! grep -q $'"'"'\e\\[[0-9;]*3[0-9]m'"'"' <<<"$(screen_line_e OVERDUE)"'
    tz_send q
}

test_line_editor() {
    tz_deadline 20
    start_probe || { tz_fail "editor: starts"; return; }
    tz_send e
    tz_check "e opens the editor" tz_wait_for "编辑:" 2
    tz_type "测试"
    tz_check "typed Chinese appears" tz_wait_for "编辑: 测试" 2
    tz_check "cursor after 测试 is at column 10" test "$(tz_display '#{cursor_x}')" -eq 10
    tz_send BSpace
    tz_check "backspace removes a whole character" tz_wait_gone "测试" 2
    tz_assert_screen "one character left" "编辑: 测"
    tz_send Left
    tz_type "a"
    tz_check "insert before a wide char" tz_wait_for "编辑: a测" 2
    tz_check "cursor between a and 测 at column 7" test "$(tz_display '#{cursor_x}')" -eq 7
    tz_send Enter
    tz_check "Enter stores the text" tz_wait_for "▶ a测" 2
    tz_send q
}

test_suspend_and_hangup() {
    tz_deadline 30
    tz_start 80 24 LANG=C.UTF-8 TERM=xterm-256color PS1='$ ' -- bash --norc --noprofile -i
    tz_wait_for '$' 3
    tz_type "$PROBE"; tz_send Enter
    tz_check "probe runs under a shell" tz_wait_for "$READY" 5
    tz_check "probe uses the alternate screen" test "$(tz_display '#{alternate_on}')" = 1
    tz_send C-z
    tz_check "Ctrl-Z returns to the shell" tz_wait_for "Stopped" 3
    tz_type "stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' '; echo"; tz_send Enter
    tz_check "terminal is sane while suspended" tz_wait_for "icanon echo" 3
    tz_type "fg"; tz_send Enter
    tz_check "fg repaints the list" tz_wait_for "$READY" 3
    tz_assert_screen "fg repaints the header" "台账 terminal-probe"
    tz_send j
    tz_check "keys work after resume" tz_wait_for "行 2/60" 2
    tz_send z
    tz_check "ProgramCommand.suspend returns to the shell" tz_wait_for "Stopped" 3
    tz_check "suspend left the alternate screen" test "$(tz_display '#{alternate_on}')" = 0
    tz_type "fg"; tz_send Enter
    tz_check "fg after suspend repaints" tz_wait_for "行 2/60" 3
    tz_send q
    tz_wait_screen main 3
    tz_type "echo EXIT=\$?"; tz_send Enter
    tz_check "quits with 0 after resume" tz_wait_for "EXIT=0" 3
    tz_type "$PROBE; echo EXIT=\$?"; tz_send Enter
    tz_wait_for "$READY" 5
    local pid
    pid=$(pgrep -s "$(tz_display "#{pane_pid}")" -x terminal-probe)
    kill -HUP "$pid"
    tz_check "SIGHUP exits with 129" tz_wait_for "EXIT=129" 3
    tz_check "SIGHUP: alternate screen left" test "$(tz_display '#{alternate_on}')" = 0
    tz_type "clear; stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' '; echo"; tz_send Enter
    tz_check "after SIGHUP the terminal is sane" tz_wait_for "icanon echo" 3
    tz_type "echo ALIVE\$((40+2))"; tz_send Enter
    tz_check "shell prompt usable after SIGHUP" tz_wait_for "ALIVE42" 3
    tz_type "$PROBE; echo EXIT=\$?"; tz_send Enter
    tz_wait_for "$READY" 5
    pid=$(pgrep -s "$(tz_display "#{pane_pid}")" -x terminal-probe)
    kill -TERM "$pid"
    tz_check "SIGTERM exits with 143" tz_wait_for "EXIT=143" 3
    tz_type "$PROBE; echo EXIT=\$?"; tz_send Enter
    tz_wait_for "$READY" 5
    tz_send C-c
    tz_check "Ctrl-C exits with 130" tz_wait_for "EXIT=130" 3
}

test_exit_paths() {   # the guards in CSupport restore the terminal when stop() is skipped
    tz_deadline 30
    tz_start 80 24 LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=enable=no PS1='$ ' -- bash --norc --noprofile -i
    tz_wait_for '$' 3
    local sane="stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' '; echo"
    tz_type "$PROBE; echo EXIT=\$?"; tz_send Enter
    tz_wait_for "$READY" 5
    tz_send X
    tz_check "exit() without stop: status 3" tz_wait_for "EXIT=3" 3
    tz_check "exit() without stop: alternate screen left" test "$(tz_display '#{alternate_on}')" = 0
    tz_type "clear; $sane"; tz_send Enter
    tz_check "exit() without stop: terminal sane" tz_wait_for "icanon echo" 3
    tz_type "$PROBE; echo EXIT=\$?"; tz_send Enter
    tz_wait_for "$READY" 5
    tz_send C
    tz_check "crash: shell gets control back" tz_wait_for "EXIT=13" 5
    tz_check "crash: alternate screen left" test "$(tz_display '#{alternate_on}')" = 0
    tz_type "clear; $sane"; tz_send Enter
    tz_check "crash: terminal sane" tz_wait_for "icanon echo" 3
    tz_type "$PROBE"; tz_send Enter
    tz_wait_for "$READY" 5
    local pid
    pid=$(pgrep -s "$(tz_display "#{pane_pid}")" -x terminal-probe)
    tz_tmux kill-session -t "$TZ_SESSION"
    local end=$((SECONDS + 3))
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -le "$end" ]; do sleep 0.02; done
    tz_check "terminal gone (pane killed): probe exits instead of spinning" eval '! kill -0 "$pid" 2>/dev/null'
}

test_layout
test_exit_paths
test_resize
test_locales
test_terminal_types
test_no_color
test_line_editor
test_suspend_and_hangup
tz_finish
