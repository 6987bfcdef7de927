# Helpers for driving a full-screen program inside a private tmux server. Source this file.
#
#   tz_start COLS ROWS [VAR=VALUE ...] -- COMMAND [ARGS ...]   start it (replaces the last one)
#   tz_send KEYS ...          tmux key names: j Enter Escape BSpace C-z Up ...
#   tz_type TEXT              literal text, e.g. Chinese (send-keys -l)
#   tz_capture / tz_capture_e the screen as text / with attribute escapes (-e)
#   tz_wait_for TEXT [SECS]   poll every 20 ms until the screen contains TEXT
#   tz_wait_gone TEXT [SECS]  ... until it does not
#   tz_check NAME CMD ...     run a test command; prints PASS/FAIL NAME
#   tz_assert_screen NAME TEXT  PASS when the screen contains TEXT now
#   tz_resize COLS ROWS       resize the window
#   tz_wait_screen main|alternate [SECS]  wait until the pane shows that screen (a full-screen
#                             program left / took the terminal: type to the shell only after)
#   tz_wait_exit [SECS]       wait until the program has exited
#   tz_exit_status            its exit status ("" while it runs)
#   tz_column_of TEXT         display column (0-based) where TEXT starts on the screen
#   tz_deadline SECS          (re)arm the deadline: past it the test fails and tmux is killed
#   tz_setup                  BIN: $TZ_BIN, else .build/debug/taizhang (built if missing); WORK:
#                             a new folder, removed on exit with the tmux server
#   tz_run_test FUNC SECS     run one test function with its own deadline; its tmux server
#                             is gone at the end whatever happened
#   tz_wait_true SECS CMD ... poll CMD every 20 ms until it succeeds (the screen may lag a key)
#   tz_finish                 print the summary; exit status 1 if anything failed
#
# The program runs under `sh -c` that prints "tz-exit=STATUS" when it ends and then sleeps:
# tmux 3.3a here sometimes never reports #{pane_dead_status} (the pane's process stays a
# zombie), and drops the last output of a pane whose process exits right after writing it.
#
# Every test gets its own socket; the server is killed on exit whatever happens, and a
# deadline turns a hung program into a failure instead of a hung test.

export LANG=C.UTF-8 LC_ALL=C.UTF-8     # the tmux client must believe in UTF-8, or it prints "_"
TZ_SOCKET="tz-e2e-$$-$RANDOM"
TZ_SESSION=
TZ_PASSED=0
TZ_FAILED=0
TZ_WATCHDOG=
TZ_SCRIPT_PID=$$

tz_tmux() { tmux -u -L "$TZ_SOCKET" -f /dev/null "$@"; }

tz_cleanup() {
    [ -n "$TZ_WATCHDOG" ] && kill "$TZ_WATCHDOG" 2>/dev/null
    tz_tmux kill-server 2>/dev/null
    return 0
}
trap tz_cleanup EXIT
trap 'echo "FAIL deadline: gave up after ${TZ_DEADLINE_SECS}s"; echo "--- screen ---"; tz_capture 2>/dev/null; exit 124' USR1

tz_deadline() {
    TZ_DEADLINE_SECS=$1
    [ -n "$TZ_WATCHDOG" ] && kill "$TZ_WATCHDOG" 2>/dev/null
    (
        trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
        sleep "$1" &
        sleeper=$!
        wait "$sleeper"
        kill -USR1 "$TZ_SCRIPT_PID" 2>/dev/null
        sleep 2   # the script may be blocked in tmux: kill the server to free it
        tmux -L "$TZ_SOCKET" kill-server 2>/dev/null
    ) &
    TZ_WATCHDOG=$!
}

tz_setup() {
    BIN=${TZ_BIN:-$PWD/.build/debug/taizhang}
    [ -x "$BIN" ] || swift build --product taizhang >/dev/null || { echo "FAIL build taizhang"; exit 1; }
    WORK=$(mktemp -d)
    trap 'tz_cleanup; rm -rf "$WORK"' EXIT
}

tz_run_test() {
    tz_deadline "$2"
    "$1"
    tz_tmux kill-server 2>/dev/null
    TZ_SESSION=
}

tz_wait_true() {
    local end=$((SECONDS + $1))
    shift
    while [ "$SECONDS" -le "$end" ]; do "$@" && return 0; sleep 0.02; done
    return 1
}

tz_start() {
    local cols=$1 rows=$2
    shift 2
    local envs=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    # The server exits with its last session, and a new-session racing that exit is lost:
    # so a keeper session outlives the others, and the old session goes after the new exists.
    tz_tmux has-session -t keep 2>/dev/null || tz_tmux new-session -d -s keep -x 20 -y 5 "exec sleep 3600"
    local old=$TZ_SESSION
    TZ_SESSION_COUNT=$((${TZ_SESSION_COUNT:-0} + 1))
    TZ_SESSION="t$TZ_SESSION_COUNT"
    # One quoted command string: tmux hands it to sh -c, whatever it does with several words.
    local command
    command="env $(printf '%q ' "${envs[@]}" "$@"); echo tz-exit=\$?; exec sleep 3600"
    tz_tmux new-session -d -s "$TZ_SESSION" -x "$cols" -y "$rows" "$command" \; \
        set-option -t "$TZ_SESSION" remain-on-exit on
    if [ -n "$old" ]; then tz_tmux kill-session -t "$old" 2>/dev/null; fi
    return 0
}

tz_send() { tz_tmux send-keys -t "$TZ_SESSION" "$@"; }
tz_type() { tz_tmux send-keys -t "$TZ_SESSION" -l "$1"; }
tz_capture() { tz_tmux capture-pane -p -t "$TZ_SESSION"; }
tz_capture_e() { tz_tmux capture-pane -p -e -t "$TZ_SESSION"; }
tz_resize() { tz_tmux resize-window -t "$TZ_SESSION" -x "$1" -y "$2"; }
tz_display() { tz_tmux display-message -p -t "$TZ_SESSION" "$1"; }

tz_wait_for() {
    local text=$1 end=$((SECONDS + ${2:-5}))
    while [ "$SECONDS" -le "$end" ]; do
        tz_capture | grep -qF -- "$text" && return 0
        sleep 0.02
    done
    return 1
}

tz_wait_gone() {
    local text=$1 end=$((SECONDS + ${2:-5}))
    while [ "$SECONDS" -le "$end" ]; do
        tz_capture | grep -qF -- "$text" || return 0
        sleep 0.02
    done
    return 1
}

tz_wait_screen() {
    local want=0 end=$((SECONDS + ${2:-5}))
    [ "$1" = alternate ] && want=1
    while [ "$SECONDS" -le "$end" ]; do
        [ "$(tz_display '#{alternate_on}')" = "$want" ] && return 0
        sleep 0.02
    done
    return 1
}

tz_wait_exit() { tz_wait_for "tz-exit=" "${1:-5}"; }
tz_exit_status() { tz_capture | sed -n 's/.*tz-exit=\([0-9]*\).*/\1/p' | tail -1; }

tz_pass() { TZ_PASSED=$((TZ_PASSED + 1)); echo "PASS $1"; }
tz_fail() {
    TZ_FAILED=$((TZ_FAILED + 1))
    echo "FAIL $1${2:+: $2}"
    echo "--- screen ---"; tz_capture 2>/dev/null | sed 's/^/| /'; echo "--------------"
}

tz_check() {
    local name=$1
    shift
    if "$@"; then tz_pass "$name"; else tz_fail "$name"; fi
}

tz_assert_screen() {
    if tz_capture | grep -qF -- "$2"; then tz_pass "$1"; else tz_fail "$1" "screen lacks '$2'"; fi
}

# Display width of text, as the terminal counts it (wc -L uses wcwidth in a UTF-8 locale).
tz_width() { printf '%s' "$1" | wc -L; }

tz_column_of() {
    local line prefix
    line=$(tz_capture | grep -F -m1 -- "$1") || { echo -1; return; }
    prefix=${line%%"$1"*}
    tz_width "$prefix"
}

# The widest line on the screen, in columns.
tz_max_width() { tz_capture | wc -L; }

tz_finish() {
    echo "passed $TZ_PASSED, failed $TZ_FAILED"
    [ "$TZ_FAILED" -eq 0 ]
}

# Sets BIN (built if missing) and WORK, and imports the seed plans into $WORK/ledger.json,
# viewed as of 2021-10-15 (TAIZHANG_STORE and TAIZHANG_TODAY exported). Cleans up on exit.
tz_seed_ledger() {
    tz_setup
    export TAIZHANG_STORE="$WORK/ledger.json" TAIZHANG_TODAY=2021-10-15
    "$BIN" import seeds/*.txt >/dev/null || { echo "FAIL import seeds"; exit 1; }
}
