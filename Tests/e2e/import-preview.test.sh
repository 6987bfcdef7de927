#!/usr/bin/env bash
# The import preview in a real terminal (tmux) on a plan the importer misreads
# (Tests/Fixtures/import-preview/营商环境任务.txt: its two headings are read as tasks, the task
# paragraphs and their unlabelled unit lines as more of their text):
#   - leaving with corrections asks first, and leaves the ledger as it was;
#   - the lines corrected one by one (the kind chooser, J, u), the import confirmed, and the
#     tasks and units checked with `taizhang list --format json`;
#   - an edited copy (one more paragraph) imported without --preview reads with the same
#     corrections; both documents are kept in sources/;
#   - p on the review screen opens the preview of the plan, or names the command when the
#     document's copy is missing;
#   - without a terminal it says so and points to --dry-run.
#   bash Tests/e2e/import-preview.test.sh        builds taizhang first if needed
#   TZ_BIN=/path/to/taizhang bash ...            uses that binary
set -u
cd "$(dirname "$0")/../.."
. Tests/e2e/lib.sh

tz_setup
NAME=营商环境任务.txt
PLAN=$PWD/Tests/Fixtures/import-preview/$NAME
export TAIZHANG_STORE="$WORK/ledger.json" TAIZHANG_TODAY=2026-11-30
ZH=(LC_ALL= LANG=zh_CN.UTF-8 TERM=xterm-256color TAIZHANG_STORE="$TAIZHANG_STORE" TAIZHANG_TODAY=2026-11-30)

# The selected row (the one with the marker) holds TEXT.
selected_has() { tz_capture | grep '^>' | grep -qF -- "$1"; }

start_preview() {
    tz_start 80 24 "${ZH[@]}" -- "$BIN" import --preview "$1"
    tz_wait_for "导入预览 $NAME" 10
}

# goto TEXT: select the line that starts with TEXT (by searching for it).
goto() {
    tz_send / C-u
    tz_type "$1"
    tz_send Enter
    tz_wait_true 3 selected_has "$1"
}

# set_kind TEXT NUMBER LABEL: give the line starting with TEXT the kind numbered NUMBER in
# the chooser; its row then reads LABEL (the kind's name and the ! of a correction).
set_kind() {
    goto "$1" || { tz_fail "select '$1'"; return 1; }
    tz_send Enter
    tz_wait_for "行读作" 3 || { tz_fail "kind chooser for '$1'"; return 1; }
    tz_send "$2"
    if tz_wait_true 3 selected_has "$3"; then tz_pass "'$1' read as $3"; else tz_fail "'$1' read as $3"; fi
}

# The tasks as `taizhang list` sees them: "section|text start|unit、unit" per line.
tasks() {
    "$BIN" list --format json | python3 -c '
import json, sys
for t in json.load(sys.stdin):
    print("%s|%s|%s" % (t["section"], t["text"][:8], "、".join(u["name"] for u in t["units"])))'
}

EXPECTED="一、提升政务服务效能|加快推进企业开办|区市场监管局、区政务服务中心
一、提升政务服务效能|推行工程建设项目|区住房城乡建设局、区自然资源局
二、加强政企沟通|完善政企沟通机制|区工商联、区发展改革局"

test_leave_changes_nothing() {
    start_preview "$PLAN" || { tz_fail "import --preview starts" "no '导入预览'"; return; }
    tz_pass "import --preview opens on the preview alone at 80x24"
    tz_assert_screen "the misread reading: 2 tasks, no units" "2 项任务(有责任单位 0 项)"
    tz_check "nothing past column 80" test "$(tz_max_width)" -le 80
    set_kind "一、提升政务服务效能" 2 "标题层级!"
    tz_send q
    tz_check "q with a correction asks first" tz_wait_for "离开导入预览" 3
    tz_send Escape
    tz_check "Esc stays, the correction kept" tz_wait_gone "离开导入预览" 3
    tz_assert_screen "still corrected" "标题层级!"
    tz_send q
    tz_wait_for "离开导入预览" 3
    tz_send Enter
    tz_check "Enter leaves" tz_wait_exit 5
    tz_check "exit status 0" test "$(tz_exit_status)" = 0
    tz_assert_screen "it says nothing was imported" "未导入"
    tz_check "no ledger was written" test ! -e "$TAIZHANG_STORE"
    tz_check "no copy was kept" test ! -e "$WORK/sources"
}

test_correct_and_confirm() {
    start_preview "$PLAN" || { tz_fail "import --preview starts"; return; }
    set_kind "一、提升政务服务效能" 2 "标题层级!"
    set_kind "加快推进企业开办" 1 "任务!"
    set_kind "区市场监管局、区政务服务中心" 4 "完成时限!"   # a slip,
    tz_send u                                                # taken back
    tz_check "u undoes the line's correction" tz_wait_true 3 eval '! selected_has "!"'
    set_kind "区市场监管局、区政务服务中心" 3 "责任单位!"
    set_kind "推行工程建设项目" 1 "任务!"
    goto "审批时间压缩至60个工作日以内"
    tz_send J
    tz_check "J joins the line to the task above" tz_wait_true 3 selected_has "接上!"
    set_kind "区住房城乡建设局" 3 "责任单位!"
    set_kind "二、加强政企沟通" 2 "标题层级!"
    set_kind "完善政企沟通机制" 1 "任务!"
    set_kind "区工商联" 3 "责任单位!"
    set_kind "各单位要高度重视" 7 "前言!"
    tz_assert_screen "the reading rebuilt: 3 tasks with units" "3 项任务(有责任单位 3 项) · 未归位 0 行"
    tz_send i
    tz_check "i asks to confirm the import" tz_wait_for "确认导入" 3
    tz_send Enter
    tz_check "the program ends with the import" tz_wait_exit 10
    tz_check "exit status 0" test "$(tz_exit_status)" = 0
    tz_assert_screen "import's own message" "已导入 $NAME:QS26"
    local got
    got=$(tasks)
    if [ "$got" = "$EXPECTED" ]; then tz_pass "list --format json: tasks and units as corrected"
    else tz_fail "list --format json: tasks and units as corrected" "got: $got"; fi
    local sum
    sum=$(sha256sum "$PLAN" | cut -d' ' -f1)
    tz_check "the document is kept as sources/<sha256>" cmp -s "$PLAN" "$WORK/sources/$sum"
}

test_reimport_applies_the_corrections() {
    mkdir -p "$WORK/v2"
    cp "$PLAN" "$WORK/v2/$NAME"
    printf '\n优化纳税服务,推广非接触式办税缴费。\n区税务局\n' >> "$WORK/v2/$NAME"
    local out
    out=$(LANG=C.UTF-8 "$BIN" import "$WORK/v2/$NAME")
    if printf '%s' "$out" | grep -qF "updated plan QS26: 3 tasks matched, 0 added, 0 removed"; then
        tz_pass "the edited copy updates the plan"
    else
        tz_fail "the edited copy updates the plan" "import said: $out"
    fi
    local got
    got=$(tasks)
    if [ "$got" = "$EXPECTED" ]; then tz_pass "the corrections were applied again"
    else tz_fail "the corrections were applied again" "got: $got"; fi
    tz_check "the new paragraph is left for review, not lost" \
        sh -c "\"$BIN\" review | grep -qF '优化纳税服务'"
    tz_check "import keeps the edited copy too" test "$(ls "$WORK/sources" | wc -l)" -eq 2
}

test_review_key() {
    tz_start 80 24 "${ZH[@]}" -- "$BIN"
    tz_wait_for "截至 2026-11-30" 10 || { tz_fail "the ledger opens"; return; }
    tz_send 5
    tz_wait_for "待核任务" 3
    tz_send j p
    # At 80 columns the sixth screen's tab leaves room for the name without its extension.
    tz_check "p on the review screen opens the plan's preview" tz_wait_for "导入预览 ${NAME%.txt}" 5
    tz_assert_screen "with the corrections kept with the plan" "标题层级!"
    tz_send q
    tz_check "q goes back to the review screen" tz_wait_for "待核任务" 3
    rm -f "$WORK"/sources/*
    tz_send p
    tz_check "a missing copy names the command to use" tz_wait_for "taizhang import --preview $NAME" 3
    tz_send C-c
    tz_wait_exit 5
}

test_no_terminal() {
    local err status
    err=$(LANG=C.UTF-8 "$BIN" import --preview "$PLAN" </dev/null 2>&1 >/dev/null)
    status=$?
    tz_check "without a terminal it fails" test "$status" -ne 0
    if printf '%s' "$err" | grep -qF "taizhang import --dry-run $PLAN"; then tz_pass "and points to --dry-run"
    else tz_fail "and points to --dry-run" "said: $err"; fi
    err=$(LANG=C.UTF-8 "$BIN" import --preview "$PLAN" "$PLAN" </dev/null 2>&1 >/dev/null)
    status=$?
    tz_check "--preview takes one file" sh -c "[ $status -ne 0 ] && printf '%s' '$err' | grep -qF -- '--preview takes one file'"
}

tz_run_test test_leave_changes_nothing 60
tz_run_test test_correct_and_confirm 120
tz_run_test test_reimport_applies_the_corrections 60
tz_run_test test_review_key 60
tz_run_test test_no_terminal 30
tz_finish
