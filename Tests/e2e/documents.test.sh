#!/usr/bin/env bash
# The documents an office sends, opened as people open them: the 督办通报 and the completion
# report as Word files, the report as a workbook with a chart. python-docx and openpyxl read
# them (check_documents.py: fonts, sizes, full-width punctuation, folded periods, tables per
# unit, the office and date); LibreOffice turns them into PDF and pdftoppm into PNG pages,
# whose text is checked and which are kept for a person to look at ($TAIZHANG_PAGES, else a
# temporary folder that is removed).
set -uo pipefail
cd "$(dirname "$0")/../.."
bin="$(swift build --show-bin-path)/taizhang"
work=$(mktemp -d /tmp/tz-documents-XXXXXX)
pages="${TAIZHANG_PAGES:-$work/pages}"
mkdir -p "$pages"
failed=0
pass() { echo "PASS $1"; }
fail() { echo "FAIL $1"; failed=1; }
( trap 'kill $s 2>/dev/null; exit 0' TERM; sleep 300 & s=$!; wait $s; echo "FAIL deadline: more than 300 s"; kill -TERM $$ ) &
watchdog=$!
trap 'kill $watchdog 2>/dev/null; rm -rf "$work"' EXIT

export TAIZHANG_STORE="$work/ledger.json" TAIZHANG_TODAY=2021-10-15 LANG=zh_CN.UTF-8 TZ=UTC
office="东莞市人民政府办公室"
"$bin" import seeds/*.txt >/dev/null 2>&1 && "$bin" config set noticeOffice "$office" >/dev/null \
    && "$bin" config set noticeContact "王明,电话 0769-12345678" >/dev/null && pass "seed ledger with an office and a contact" || fail "set-up"
"$bin" overdue --by-unit --format docx --out "$work/notice.docx" 2>/dev/null && pass "overdue --by-unit --format docx" || fail "notice docx"
"$bin" report --by unit --format docx --out "$work/report.docx" 2>/dev/null && pass "report --format docx" || fail "report docx"
"$bin" report --by unit --format xlsx --out "$work/report.xlsx" 2>/dev/null && pass "report --format xlsx" || fail "report xlsx"
out=$("$bin" overdue --by-unit --format docx 2>&1); code=$?
[ $code -eq 1 ] && echo "$out" | grep -q -- "--out" && pass "a docx without --out is refused" || fail "docx to stdout ($code): $out"

python3 Tests/e2e/check_documents.py "$work/notice.docx" "$work/report.docx" "$work/report.xlsx" "$office" || failed=1

# The same words in Markdown and on the terminal.
md=$("$bin" overdue --by-unit --format md)
# Here-strings, not `echo … | grep -q`: with pipefail, grep leaving at its first match while
# echo still wrote made the check fail now and then (pipes get one page on a loaded machine).
grep -q "每月（2017年1月至12月，逾期12期）" <<<"$md" && ! grep -q "共有 " <<<"$md" && pass "Markdown: folded and full-width" || fail "markdown"
# Captured first: with pipefail, `grep -q` leaving early made the command's last write fail (SIGPIPE).
term=$("$bin" overdue --by-unit)
grep -q "每月（2017年1月至12月，逾期12期）" <<<"$term" && pass "terminal: folded and full-width" || fail "terminal"

# LibreOffice → PDF → PNG.
if soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir "$work" "$work/notice.docx" "$work/report.docx" >/dev/null 2>&1 \
   && [ -s "$work/notice.pdf" ] && [ -s "$work/report.pdf" ]; then
    pass "LibreOffice converts both to PDF ($(pdfinfo "$work/notice.pdf" | awk '/Pages/{print $2}') and $(pdfinfo "$work/report.pdf" | awk '/Pages/{print $2}') pages)"
else
    fail "LibreOffice conversion"
fi
pdftotext -layout "$work/notice.pdf" "$work/notice.txt" 2>/dev/null
grep -q "逾期任务督办通报" "$work/notice.txt" && grep -q "$office" "$work/notice.txt" && pass "the PDF holds the title and the office" || fail "pdf text"
[ "$(pdffonts "$work/notice.pdf" | tail -n +3 | wc -l)" -gt 0 ] && pass "the PDF embeds its fonts" || fail "pdf fonts"
pdftoppm -r 60 -png -f 1 -l 1 "$work/notice.pdf" "$pages/notice" && pdftoppm -r 60 -png -f 1 -l 1 "$work/report.pdf" "$pages/report"
for png in "$pages"/notice*.png "$pages"/report*.png; do
    [ -s "$png" ] && [ "$(stat -c %s "$png")" -gt 10000 ] && pass "page rendered: $png ($(stat -c %s "$png") bytes)" || fail "png $png"
done
exit $failed
