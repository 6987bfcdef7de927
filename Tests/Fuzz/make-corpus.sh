#!/usr/bin/env bash
# Makes the fuzzers' seed corpus (Tests/Fuzz/corpus/TARGET/), committed with the inputs
# libFuzzer found worth keeping. Seeds are small: a store made by the real program from a
# three-task plan, pieces of the seed plans, and the Office fixtures.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/taizhang"
out=Tests/Fuzz/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAIZHANG_STORE="$work/ledger.json" TAIZHANG_NOW=2021-10-15T02:00:00Z LANG=C.UTF-8

# json: any JSON text.
printf '%s' '{}' >"$out/json/empty-object"
printf '%s' '[1,-2.5e3,0,true,false,null,"中文\u4e2d\ud83d\ude00\n\"\\/"]' >"$out/json/scalars"
printf '%s' '{"a":{"b":[{"c":[]}]},"d":"x","a":2}' >"$out/json/nested"
printf '%s' '"\uD83D\u0041"' >"$out/json/lone-surrogate"

# snapshot and journal: a small store written by taizhang itself.
cat >"$work/plan.txt" <<'PLAN'
广州市花都区测试局2021年工作要点分工
| 序号 | 工作任务 | 责任单位 | 完成时限 |
| 一、加强公开 | | | |
| 1 | 公开权力清单 | 区市场监管局牵头,各镇(街)配合 | 2021年6月底前 |
| 2 | 公开“双随机”结果 | 区财政局 | 长期推进 |
| 3 | 按季度公开进展 | 区政务服务数据管理局、区发展改革局 | 每季度 |
PLAN
"$bin" import --year 2021 --code T20 "$work/plan.txt" >/dev/null
"$bin" set T20-1 --status in-progress --note "已公开 http://x.gov.cn/1" >/dev/null
"$bin" set T20-2 --due 2021-12-31 >/dev/null
"$bin" units merge 区发展改革局 区财政局 >/dev/null
"$bin" access coordinator "$(id -un)" wang >/dev/null
"$bin" access officer li 区市场监管局 审批科 >/dev/null
cp "$work/ledger.json" "$out/snapshot/small-ledger"
cp "$work/ledger.json.journal" "$out/journal/small-journal"
cp "$work/access.json" "$out/access/written"
printf '%s' '{"format":"taizhang-access","version":1,"coordinators":["wang"],"officers":{"li":["区市场监管局"]}}' >"$out/access/by-hand"

# import: the first byte picks the format (0 text, 1 CSV, 2 Word, 3 Excel).
for f in seeds/*.txt; do { printf '\x00'; head -c 3000 "$f"; } >"$out/import/$(basename "$f" .txt)-head"; done
{ printf '\x01'; head -c 3000 Tests/Fixtures/office/seed000.csv; } >"$out/import/seed000-csv-head"
{ printf '\x02'; cat Tests/Fixtures/office/seed000.docx; } >"$out/import/seed000-docx"
{ printf '\x03'; cat Tests/Fixtures/office/seed001.xlsx; } >"$out/import/seed001-xlsx"
ls "$out"/* | head -40
