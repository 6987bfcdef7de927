#!/usr/bin/env bash
# Every format an office receives, end to end through the command line: the plan in
# Tests/Fixtures/formats as typed text, Word (.docx made by python-docx, .doc by LibreOffice,
# and the same .doc named .wps), Excel 97 (.xls, and as .et), PDF, a web page in UTF-8 and
# in GBK. Each import must give the tasks the text gives (ids, units, time limits). The
# fixtures are also made afresh by make_fixtures.py with today's python-docx and LibreOffice,
# and those are imported too. Then: the message when LibreOffice is missing, the size
# limit, and progress on stderr for an import that takes more than a second.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/ensure.sh
ensure_debs libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
ensure_pip docx python-docx
ensure_pip openpyxl openpyxl

bin=$PWD/.build/debug/taizhang
[ -x "$bin" ] || { echo "build first: swift build" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAIZHANG_NOW=2021-10-15T02:00:00Z TZ=UTC LANG=C.UTF-8
passed=0 failed=0
check() { # check NAME COMMAND...
    local name=$1; shift
    if "$@"; then echo "PASS $name"; passed=$((passed + 1)); else echo "FAIL $name"; failed=$((failed + 1)); fi
}

# The tasks of a file as the ledger has them: id, headings, text, units, time limit.
tasks_of() { # tasks_of FILE
    local store="$work/store-$RANDOM$RANDOM/ledger.json"
    TAIZHANG_STORE="$store" timeout 240 "$bin" import "$1" >"$work/import.out" 2>&1 || { cat "$work/import.out" >&2; return 1; }
    TAIZHANG_STORE="$store" "$bin" list --format json | python3 -c '
import json, sys
for t in json.load(sys.stdin):
    units = ",".join(u["name"] + "/" + u["role"] for u in t["units"])
    print(" | ".join(str(x) for x in [t["id"], t["section"], t["subsection"], t["text"], units, t["deadline"]["text"], t["deadline"]["date"]]))'
}

same_tasks() { # same_tasks REFERENCE FILE
    tasks_of "$1" >"$work/expected.txt"
    tasks_of "$2" >"$work/actual.txt" || return 1
    [ "$(wc -l <"$work/expected.txt")" -ge 4 ] || { echo "  too few tasks in $1" >&2; return 1; }
    diff -u "$work/expected.txt" "$work/actual.txt" >&2
}

formats=Tests/Fixtures/formats
fresh="$work/fresh"
mkdir -p "$fresh"
cp "$formats/make_fixtures.py" "$fresh/"
check "make_fixtures.py makes every fixture with today's tools" \
    timeout 300 python3 "$fresh/make_fixtures.py" --out "$fresh"
cp "$formats/table-plan.doc" "$work/table-plan.wps"
cp "$formats/table-plan.xls" "$work/table-plan.et"
for dir in "$formats" "$fresh"; do
    for f in table-plan.docx table-plan.doc table-plan.pdf table-plan.html table-plan-gbk.html table-plan.xls; do
        check "$dir/$f gives the tasks of table-plan.txt" same_tasks "$formats/table-plan.txt" "$dir/$f"
    done
    check "$dir/heading-plan.docx gives the tasks of heading-plan.txt" same_tasks "$formats/heading-plan.txt" "$dir/heading-plan.docx"
done
check ".wps (a Word 97 file) through LibreOffice" same_tasks "$formats/table-plan.txt" "$work/table-plan.wps"
check ".et (an Excel 97 file) through LibreOffice" same_tasks "$formats/table-plan.txt" "$work/table-plan.et"

# Without LibreOffice on PATH: a message naming the package, in both languages.
nolo() { env PATH=/nonexistent TAIZHANG_STORE="$work/nolo/ledger.json" LANG="$1" "$bin" import "$formats/table-plan.doc" 2>&1; }
out=$(nolo C.UTF-8 || true)
check "no LibreOffice: English message names the package" grep -q "as root run apt-get install libreoffice-writer-nogui" <<<"$out"
out=$(nolo zh_CN.UTF-8 || true)
check "no LibreOffice: Chinese message names the package" grep -q "请以 root 执行 apt-get install libreoffice-writer-nogui" <<<"$out"
check "no LibreOffice: nothing was written" test ! -e "$work/nolo/ledger.json"

# The size limit, and progress for a long import.
python3 - "$work/big.txt" 20000 <<'PY'
import sys
path, n = sys.argv[1], int(sys.argv[2])
with open(path, "w", encoding="utf-8") as out:
    out.write("示范区2021年政务公开工作要点分工方案\n序号 | 工作任务 | 具体要求 | 责任单位 | 完成时限\n")
    for i in range(n):
        if i % 1000 == 0:
            out.write(f"第{i // 1000 + 1}部分 重点工作 |\n")
        out.write(f"{i + 1} | 任务组{i // 50 + 1} | 主动公开第{i + 1}项政务信息,及时发布解读,回应社会关切。 | 区财政局牵头,区各单位配合 | 2021年底 |\n")
PY
out=$(TAIZHANG_IMPORT_LIMIT_MB=1 TAIZHANG_STORE="$work/limit/ledger.json" "$bin" import "$work/big.txt" 2>&1 || true)
check "a file over the limit is refused with the limit named" grep -q "over the import limit of 1 MB" <<<"$out"
check "a file over the limit leaves no ledger" test ! -e "$work/limit/ledger.json"
TAIZHANG_STORE="$work/big/ledger.json" timeout 300 "$bin" import "$work/big.txt" >"$work/big.out" 2>"$work/big.err"
check "a long import says its phase and rows read on stderr" grep -qE "importing big.txt: .*, [0-9]+ rows read" "$work/big.err"
check "the long import imported every row" grep -q "20000 tasks" "$work/big.out"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
