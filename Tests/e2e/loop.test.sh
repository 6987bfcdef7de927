#!/usr/bin/env bash
# The 督办 loop end to end with the real commands, as two real accounts on one shared ledger
# (docs/loop.md): the officer reports with evidence, the coordinator returns the task, the
# officer reads the reason and reports again, the coordinator confirms — and the completion
# figures change only at that last step. Then an extension asked and approved, and the
# warning lights of a list at three dates.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP loop test: it creates accounts with useradd and must run as root"
    exit 0
fi
src="$(swift build --show-bin-path)/taizhang"
tag="tl$$"
group="${tag}g" coord="${tag}wang" li="${tag}li"
dir="/tmp/${tag}-loop"
failed=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; failed=1; }
cleanup() {
    for u in "$coord" "$li"; do userdel "$u" 2>/dev/null; done
    groupdel "$group" 2>/dev/null
    rm -rf "$dir"
}
# A deadline: past it the test fails instead of hanging (the sleep is killed with it).
( trap 'kill $s 2>/dev/null; exit 0' TERM; sleep 300 & s=$!; wait $s; echo "FAIL deadline: more than 300 s"; kill -TERM $$ ) &
watchdog=$!
trap 'kill $watchdog 2>/dev/null; cleanup' EXIT

groupadd "$group"
for u in "$coord" "$li"; do useradd -M -N -g users -G "$group" -s /bin/sh "$u"; done
mkdir -p "$dir/bin" "$dir/ledger"
cp "$src" "$dir/bin/taizhang"
cp -r seeds "$dir/seeds"
chmod -R a+rX "$dir/bin" "$dir/seeds"
chgrp "$group" "$dir/ledger"
chmod 2770 "$dir/ledger"
store="$dir/ledger/ledger.json"
echo "执法信息公示截图" > "$dir/scan.txt"; chmod a+r "$dir/scan.txt"

as() { local who=$1; shift; runuser -u "$who" -- env TAIZHANG_STORE="$store" TAIZHANG_TODAY=2021-10-15 LANG=zh_CN.UTF-8 "$dir/bin/taizhang" "$@"; }
done_count() { as "$coord" report --by plan --format json | python3 -c 'import json,sys; a=json.load(sys.stdin)["all"]; print(a["done"], a["reported"])'; }
status_of() { as "$coord" show "$1" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'; }

as "$coord" access coordinator "$coord" >/dev/null && as "$coord" access officer "$li" 区市场监管局 办公室 >/dev/null \
    && as "$coord" import "$dir"/seeds/*.txt >/dev/null 2>&1 && pass "coordinator sets up the shared ledger" || fail "set-up"
start=$(done_count)

# 1. The officer reports HD21-4 with evidence; a report without evidence is refused.
out=$(as "$li" set HD21-4 --status done 2>&1); code=$?
[ $code -eq 1 ] && echo "$out" | grep -q "佐证材料" && pass "a report without evidence is refused: $out" || fail "no evidence ($code): $out"
out=$(as "$li" set HD21-4 --status done --url http://www.huadu.gov.cn/zwgk/1.html --evidence "$dir/scan.txt" 2>&1) \
    && echo "$out" | grep -q "已报结" && pass "officer reports with a URL and a file" || fail "report: $out"
[ "$(status_of HD21-4)" = reported ] && pass "HD21-4 is reported (已报结,待审核)" || fail "status after report: $(status_of HD21-4)"
ev=$(ls "$dir/ledger/evidence/" 2>/dev/null | head -1)
[ -n "$ev" ] && [ "$(sha256sum < "$dir/ledger/evidence/$ev" | cut -c1-64)" = "$(sha256sum < "$dir/scan.txt" | cut -c1-64)" ] \
    && as "$coord" show HD21-4 --format json | grep -c "$(sha256sum < "$dir/scan.txt" | cut -c1-64)" >/dev/null \
    && pass "the evidence file is in the ledger's folder with its checksum" || fail "evidence file"
[ "$(stat -c %G "$dir/ledger/evidence")" = "$group" ] && pass "the evidence folder belongs to the ledger's group" || fail "evidence group"
[ "$(done_count)" = "$(echo "$start" | awk '{print $1, $2 + 1}')" ] && pass "figures: done unchanged, reported +1 ($(done_count))" \
    || fail "figures after report: $(done_count) (start $start)"
out=$(as "$li" confirm HD21-4 2>&1); code=$?
[ $code -eq 1 ] && echo "$out" | grep -q "协调人" && pass "the officer may not confirm" || fail "officer confirm ($code): $out"

# 2. The coordinator returns it with a reason.
as "$coord" return HD21-4 --reason "网址打不开,请补充文号" >/dev/null && pass "coordinator returns HD21-4" || fail "return"
[ "$(status_of HD21-4)" = in-progress ] && pass "returned: in progress again" || fail "status after return"
[ "$(done_count)" = "$start" ] && pass "figures back where they started ($(done_count))" || fail "figures after return: $(done_count)"

# 3. The officer sees the reason first and reports again.
dig=$(as "$li" digest)
echo "$dig" | head -1 | grep -q "退回整改 1 项 HD21-4.*网址打不开" && pass "digest shows the reason first: $(echo "$dig" | head -1)" || fail "digest: $dig"
as "$li" show HD21-4 | sed -n 2p | grep -q "退回整改:网址打不开" && pass "show puts the reason under the title" || fail "show: $(as "$li" show HD21-4 | head -3)"
as "$li" list --unit 区市场监管局 | sed -n 3p | grep -q "HD21-4.*进行中" && pass "the returned task is first in the officer's list" || fail "list order"
out=$(as "$li" set HD21-4 --status done 2>&1); code=$?
[ $code -eq 1 ] && pass "the old evidence does not count after a return" || fail "re-report without new evidence: $out"
as "$li" set HD21-4 --status done --doc-no "花市监〔2021〕12号" >/dev/null && [ "$(status_of HD21-4)" = reported ] \
    && pass "officer reports again with a 文号" || fail "second report"
[ "$(done_count)" = "$(echo "$start" | awk '{print $1, $2 + 1}')" ] && pass "figures: still not done ($(done_count))" || fail "figures after 2nd report"

# 4. The coordinator confirms: only now does it count as done.
as "$coord" confirm HD21-4 --note "审核通过" >/dev/null && [ "$(status_of HD21-4)" = done ] && pass "coordinator confirms" || fail "confirm"
[ "$(done_count)" = "$(echo "$start" | awk '{print $1 + 1, $2}')" ] && pass "figures change at confirmation: $start → $(done_count)" \
    || fail "figures after confirm: $(done_count) (start $start)"
hist=$(as "$coord" history HD21-4)
hist_en=$(as "$coord" history HD21-4 --lang en)
echo "$hist" | grep -q "$li 状态: 进行中 → 已报结" && echo "$hist" | grep -q "$coord 状态: 已报结 → 已完成" \
    && echo "$hist_en" | grep -q "$li status: in progress → reported" && echo "$hist_en" | grep -q "$coord status: reported → done" \
    && pass "history names both accounts" || fail "history: $hist"

# Extension: asked by the officer, decided by the coordinator; overdue moves, the limit stays.
as "$li" set HD21-1 --due 2022-01-31 >/dev/null 2>&1 && fail "officer set a due day directly" || pass "officer may not set a due day"
due=$(as "$coord" show HD21-1 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["deadline"]["due"])')
as "$li" extend HD21-1 --to 2022-03-31 --reason "等待省级平台上线" >/dev/null && pass "officer asks to extend HD21-1 (due $due)" || fail "extend request"
as "$li" extend HD21-1 --approve >/dev/null 2>&1 && fail "officer approved" || pass "officer may not approve"
as "$coord" list --pending-extension --format json | grep -c '"id":"HD21-1"' >/dev/null && pass "the coordinator's list of pending requests" || fail "pending list"
as "$coord" extend HD21-1 --approve >/dev/null && pass "coordinator approves" || fail "approve"
json=$(as "$coord" show HD21-1 --format json --as-of 2022-02-15)
echo "$json" | python3 -c 'import json,sys; t=json.load(sys.stdin); assert t["deadline"]["due"]=="2022-03-31" and t["originalDue"]=="'"$due"'" and not t["overdue"] and t["extensions"][0]["decision"]["approved"]' \
    && pass "due 2022-03-31, original $due kept, not overdue on 2022-02-15" || fail "extension: $json"
as "$coord" report --by plan --format json | grep -c '"extended":1' >/dev/null && pass "the report counts the extension" || fail "report extended"

# Warning lights of HD21's open tasks at three dates.
for day in 2021-12-26 2021-12-29 2022-01-02; do
    lights=$(as "$coord" list --plan HD21 --format json --as-of $day | python3 -c 'import json,sys,collections; c=collections.Counter(t["warning"] for t in json.load(sys.stdin)); print(c["blue"], c["yellow"], c["red"])')
    red=$(as "$coord" list --plan HD21 --warning red --as-of $day --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
    echo "  $day blue/yellow/red: $lights; --warning red: $red"
    case $day in
        2021-12-26) [ "$(echo $lights | cut -d' ' -f3)" = "$red" ] && [ "$(echo $lights | cut -d' ' -f1)" -gt 0 ] && pass "$day: blue before the year-end deadline" || fail "$day lights";;
        2021-12-29) [ "$(echo $lights | cut -d' ' -f1)" = 0 ] && [ "$(echo $lights | cut -d' ' -f2)" -gt 0 ] && pass "$day: yellow within 3 days" || fail "$day lights";;
        2022-01-02) [ "$red" -gt 0 ] && [ "$(echo $lights | cut -d' ' -f3)" = "$red" ] && pass "$day: red once overdue" || fail "$day lights";;
    esac
done
as "$coord" list --plan HD21 --as-of 2021-12-29 | grep -c "^Y  " >/dev/null && pass "the table shows the letter" || fail "letter in list"
as "$coord" check >/dev/null && pass "taizhang check" || fail "check"
exit $failed
