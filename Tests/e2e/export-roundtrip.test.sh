#!/usr/bin/env bash
# Export round trip: import the seeds, set statuses and notes, export xlsx and CSV, read them
# back with openpyxl and Python's csv, and find every task with its status and latest note.
# Also: the CSV starts with the UTF-8 byte-order mark, ends its lines with CRLF, and Chinese
# (and a note with a comma, quotes and a line break) comes back intact.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib/ensure.sh
ensure_pip openpyxl openpyxl

bin=.build/debug/taizhang
[ -x "$bin" ] || { echo "build first: swift build" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAIZHANG_STORE="$work/ledger.json" TAIZHANG_NOW=2021-10-15T02:00:00Z TZ=UTC

"$bin" import seeds/*.txt >/dev/null
"$bin" set HD21-1 --status done --note "已印发“十四五”规划,解读见 http://www.huadu.gov.cn/a.html" >/dev/null
"$bin" set HN21-2 --status in-progress --note $'专题已建成,含逗号,和"引号"\n第二行:待上线' >/dev/null
"$bin" set DG17-4.6 --status blocked --note "等待省平台接口" >/dev/null
"$bin" set SW19-3 --status cancelled >/dev/null
"$bin" list --format json > "$work/tasks.json"
"$bin" export --format xlsx --out "$work/ledger.xlsx" --lang zh 2>/dev/null
"$bin" export --format csv --out "$work/ledger.csv" --lang zh 2>/dev/null

python3 - "$work" <<'PY'
import csv, io, json, re, sys
import openpyxl

work = sys.argv[1]
tasks = json.load(open(f"{work}/tasks.json", encoding="utf-8"))
label = {"not-started": "未开始", "in-progress": "进行中", "done": "已完成", "blocked": "受阻", "cancelled": "已取消"}
expected = {t["id"]: (label[t["status"]], (t["lastNote"] or {}).get("text") or "") for t in tasks}
assert len(expected) == 169, len(expected)
problems = []

wb = openpyxl.load_workbook(f"{work}/ledger.xlsx")
found = {}
for ws in wb.worksheets:
    assert ws.freeze_panes == "A2", (ws.title, ws.freeze_panes)
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) for name in ("编号", "状态", "最新进展", "具体要求", "责任单位", "完成时限")}
    for row in ws.iter_rows(min_row=2, values_only=True):
        tid = row[col["编号"]]
        assert tid.startswith(ws.title + "-"), (ws.title, tid)
        found[tid] = (row[col["状态"]], row[col["最新进展"]] or "")
for tid, want in expected.items():
    if found.get(tid) != want:
        problems.append(f"xlsx {tid}: {found.get(tid)!r} != {want!r}")
if set(found) != set(expected):
    problems.append(f"xlsx ids differ: {sorted(set(found) ^ set(expected))[:5]}")

raw = open(f"{work}/ledger.csv", "rb").read()
if not raw.startswith(b"\xef\xbb\xbf"):
    problems.append("csv does not start with the UTF-8 byte-order mark")
unquoted = re.sub(rb'"(?:[^"]|"")*"', b"", raw)  # line breaks inside quoted cells are the cell's own
if re.search(rb"(?<!\r)\n", unquoted):
    problems.append("csv has a line ending in a bare LF")
if not raw.endswith(b"\r\n"):
    problems.append("csv does not end with CRLF")
rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
header = rows[0]
i_id, i_status, i_note = header.index("编号"), header.index("状态"), header.index("最新进展")
got = {r[i_id]: (r[i_status], r[i_note]) for r in rows[1:]}
for tid, want in expected.items():
    if got.get(tid) != want:
        problems.append(f"csv {tid}: {got.get(tid)!r} != {want!r}")

hd1 = [r for r in rows[1:] if r[i_id] == "HD21-1"][0]
if "主动公开国民经济和社会发展第十四个五年规划纲要" not in hd1[header.index("具体要求")]:
    problems.append("csv: Chinese requirement text of HD21-1 not intact")
if found["HN21-2"][1] != '专题已建成,含逗号,和"引号"\n第二行:待上线':
    problems.append("xlsx: the note with a comma, quotes and a line break is not intact")

if problems:
    print("\n".join(problems[:20]), file=sys.stderr)
    sys.exit(1)
print(f"export round trip: {len(expected)} tasks found in xlsx ({len(wb.worksheets)} sheets) and csv with status and latest note")
PY
