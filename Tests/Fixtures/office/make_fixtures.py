#!/usr/bin/env python3
"""Builds Word, Excel and CSV versions of seeds 000 and 001 with real merged cells.

The text seeds are conversions that lost their tables' merged cells: seed 000 simply omits
a cell that was merged with the one above (its rows have 4, 5 or 6 cells), seed 001 lost the
table altogether (one cell per line) and its section rows spanned the whole table. These
files put the merges back as Word and Excel write them:

  seed000.docx  vMerge for the omitted 区工作任务 / 区责任单位 cells, gridSpan for the title
                and section rows; the closing 备注 as a paragraph after the table
  seed000.xlsx  the same as <mergeCells>
  seed000.csv   what Excel saves for that sheet: a merged cell's text in its first row only
  seed001.docx  the notice's paragraphs before the table, the feedback form after it,
                section and subsection rows merged across the four columns
  seed001.xlsx  the table, section rows merged across the columns

Run once (python-docx and openpyxl from PyPI) and commit the output:
  python3 Tests/Fixtures/office/make_fixtures.py
"""
import csv
import re
import sys
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt
from openpyxl.styles import Alignment

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent.parent / "seeds"
HEADING = re.compile(r"^([一二三四五六七八九十]+、|、|[（(][一二三四五六七八九十]+[)）]|[)）])")


def seed(prefix):
    return next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


# ---------------------------------------------------------------- seed 000: a |-table

def table_000():
    """Rows of 6 slots (None = merged with the cell above), plus what comes before and after."""
    title, header, rows, after = None, None, [], []
    for line in seed("000").splitlines():
        cells = [c.strip() for c in line.split("|")]
        while cells and cells[-1] == "":
            cells.pop()
        if not cells:
            continue
        if header is None and title is None:
            title = cells
        elif header is None:
            header = cells
        elif cells[0].startswith("备注"):
            after.append(cells[0])
        elif len(cells) == 1:
            rows.append(("span", cells[0]))
        else:
            rows.append(("data", slots_000(cells)))
    return title, header, rows, after


def slots_000(cells):
    """Where the omitted cells of a row were: 区工作任务 (0) when the row starts with the task
    number, and 区责任单位 (2) when the row is short of it."""
    group_omitted = re.match(r"^\d+\.", cells[0]) is not None
    full = 6 - (1 if group_omitted else 0)
    units_omitted = len(cells) < full
    slots = [None] * 6
    order = [c for c in range(6) if not (c == 0 and group_omitted) and not (c == 2 and units_omitted)]
    assert len(order) == len(cells), cells
    for c, text in zip(order, cells):
        slots[c] = text
    return slots


def vertical_runs(rows, width):
    """(first row, last row, column) of each merge down a column, over data rows only."""
    runs = []
    for c in range(width):
        origin = None
        for i, (kind, value) in enumerate(rows):
            if kind != "data":
                origin = None
                continue
            if value[c] is not None:
                origin = i
            elif origin is not None:
                if runs and runs[-1][2] == c and runs[-1][0] == origin:
                    runs[-1] = (origin, i, c)
                else:
                    runs.append((origin, i, c))
    return runs


# ---------------------------------------------------------------- seed 001: one cell a line

def blocks_001():
    blocks, current = [], []
    for line in seed("001").splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append("".join(current))
            current = []
    if current:
        blocks.append("".join(current))
    return blocks


def table_001():
    blocks = blocks_001()
    h = next(i for i in range(len(blocks)) if blocks[i:i + 4] == ["工作任务", "具体要求", "责任单位", "时限要求"])
    before, rows, i = blocks[:h], [], h + 4
    while i < len(blocks):
        b = blocks[i]
        if HEADING.match(b):
            rows.append(("span", b))
            i += 1
        elif b.isdigit():
            rows.append(("data", blocks[i:i + 4]))
            i += 4
        else:
            break
    return before, blocks[h:h + 4], rows, blocks[i:]


# ---------------------------------------------------------------- writers

def write_docx(path, before, title_cells, header, rows, after, width):
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    for p in before:
        d.add_paragraph(p)
    extra = 1 if title_cells else 0
    table = d.add_table(rows=extra + 1 + len(rows), cols=width)
    table.style = "Table Grid"
    if title_cells:  # two titles side by side, each over half the table
        half = width // 2
        table.cell(0, 0).text, table.cell(0, half).text = title_cells
        table.cell(0, 0).merge(table.cell(0, half - 1))
        table.cell(0, half).merge(table.cell(0, width - 1))
    for c, text in enumerate(header):
        table.cell(extra, c).text = text
    for i, (kind, value) in enumerate(rows):
        r = extra + 1 + i
        if kind == "span":
            table.cell(r, 0).text = value
            table.cell(r, 0).merge(table.cell(r, width - 1))
        else:
            for c, text in enumerate(value):
                if text is not None:
                    table.cell(r, c).text = text
    for first, last, c in vertical_runs(rows, width):
        table.cell(extra + 1 + first, c).merge(table.cell(extra + 1 + last, c))
    for p in after:
        d.add_paragraph(p)
    d.save(path)


def sheet_rows(title_cells, header, rows, after, width, titles=()):
    """The sheet as (row values, merged ranges), 1-based as Excel counts."""
    values, merges = [], []
    for text in titles:  # a title merged across the table
        merges.append((len(values) + 1, 1, len(values) + 1, width))
        values.append([text] + [None] * (width - 1))
    if title_cells:
        half = width // 2
        values.append([title_cells[0]] + [None] * (half - 1) + [title_cells[1]] + [None] * (width - half - 1))
        merges += [(1, 1, 1, half), (1, half + 1, 1, width)]
    values.append(list(header))
    top = len(values) + 1
    for kind, value in rows:
        if kind == "span":
            merges.append((len(values) + 1, 1, len(values) + 1, width))
            values.append([value] + [None] * (width - 1))
        else:
            values.append(list(value))
    for first, last, c in vertical_runs(rows, width):
        merges.append((top + first, c + 1, top + last, c + 1))
    for text in after:
        merges.append((len(values) + 1, 1, len(values) + 1, width))
        values.append([text] + [None] * (width - 1))
    return values, merges


def write_xlsx(path, sheet_name, values, merges):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_name
    for row in values:
        ws.append(row)
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)


def write_csv(path, values):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in values:
            w.writerow(["" if v is None else v for v in row])


def main():
    title, header, rows, after = table_000()
    write_docx(HERE / "seed000.docx", [], title, header, rows, after, 6)
    values, merges = sheet_rows(title, header, rows, after, 6)
    write_xlsx(HERE / "seed000.xlsx", "细化分工", values, merges)
    write_csv(HERE / "seed000.csv", values)

    before, header, rows, after = table_001()
    write_docx(HERE / "seed001.docx", before, None, header, rows, after, 4)
    title = next(b for b in before if b.endswith("任务分工"))
    values, merges = sheet_rows(None, header, rows, [], 4, titles=[title])
    write_xlsx(HERE / "seed001.xlsx", "任务分工", values, merges)
    print("wrote", ", ".join(sorted(p.name for p in HERE.glob("seed00*.*"))), file=sys.stderr)


if __name__ == "__main__":
    main()
