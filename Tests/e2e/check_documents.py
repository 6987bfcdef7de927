#!/usr/bin/env python3
"""Opens the documents Taizhang writes with the libraries offices' scripts use (python-docx,
openpyxl) and checks what a 公文 needs: fonts and sizes, full-width punctuation, one table per
unit with its header row repeated, recurring periods folded, requirements in full, collective
bodies listed once, the office and date at the end; the xlsx's numbers and bar chart.
Usage: check_documents.py NOTICE.docx REPORT.docx REPORT.xlsx OFFICE"""
import re
import sys

import docx
import openpyxl
from docx.shared import Pt

notice_path, report_path, xlsx_path, office = sys.argv[1:5]
failed = 0


def check(name, ok, detail=""):
    global failed
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else ": " + str(detail)))
    if not ok:
        failed = 1


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HALF_WIDTH = re.compile(r"[\u4e00-\u9fff][,;:()?!]|[,;:()?!][\u4e00-\u9fff]|[\u4e00-\u9fff] +[0-9]|[0-9] +[\u4e00-\u9fff]")


def texts(document):
    for p in document.paragraphs:
        yield p.text
    for t in document.tables:
        for row in t.rows:
            for cell in row.cells:
                yield cell.text


def east_asian_font(style):
    fonts = style.element.find(W + "rPr/" + W + "rFonts")
    return fonts.get(W + "eastAsia") if fonts is not None else None


notice = docx.Document(notice_path)
paras = [p for p in notice.paragraphs if p.text.strip()]
title = paras[0]
check("title is the notice's", title.text == "逾期任务督办通报", title.text)
check("title style 方正小标宋简体 二号 centred",
      east_asian_font(title.style) == "方正小标宋简体" and title.style.font.size == Pt(22)
      and title.style.paragraph_format.alignment == 1, (east_asian_font(title.style), title.style.font.size))
body = paras[1]
check("body style 仿宋_GB2312 三号", body.style.name == "公文正文" and body.style.font.size == Pt(16)
      and east_asian_font(notice.styles["Normal"]) in (None, "仿宋_GB2312"), (body.style.name, body.style.font.size))
fonts_xml = [p for p in notice.part.package.parts if p.partname.endswith("fontTable.xml")][0].blob.decode()
check("方正小标宋简体 falls back to 黑体", '<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>' in fonts_xml)
section = notice.sections[0]
check("A4 page", abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1,
      (section.page_width.mm, section.page_height.mm))
bad = [t for t in texts(notice) if HALF_WIDTH.search(re.sub(r"https?://\S+", "", t))]
check("full-width punctuation and no spaces around numbers", not bad, bad[:3])
headings = [p.text for p in notice.paragraphs if p.style.name == "一级标题"]
check("one table per unit", len(headings) == len(notice.tables) and len(headings) > 5, (len(headings), len(notice.tables)))
check("headings numbered 一、二、", headings[0].startswith("一、") and headings[1].startswith("二、"), headings[:2])
repeated = all(t.rows[0]._tr.find(W + "trPr/" + W + "tblHeader") is not None for t in notice.tables)
check("each table's header row repeats on every page", repeated)
cells = [[c.text for c in row.cells] for t in notice.tables for row in t.rows[1:]]
monthly = [r for r in cells if r[0] == "DG17-19.3"]
check("a monthly task is one row, its periods folded",
      len(monthly) == 1 and monthly[0][3] == "每月（2017年1月至12月，逾期12期）", monthly)
check("no requirement is cut", not any("…" in r[1] for r in cells) and max(len(r[1]) for r in cells) > 100)
check("collective bodies are not addressed as units",
      not any("各镇" in h or "各有关单位" in h or "各部门" in h for h in headings), headings)
closing = [p.text for p in notice.paragraphs if p.text.startswith("另有以下逾期事项由")]
check("collective bodies listed once at the end", len(closing) == 1 and "各镇（街、园区）" in closing[0], closing)
check("the office and the date sign it", paras[-2].text == office and re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", paras[-1].text),
      [p.text for p in paras[-3:]])
check("the office is asked for in every unit's paragraph", all(office in p.text for p in notice.paragraphs if p.text.startswith("截至") and "你单位" in p.text))

report = docx.Document(report_path)
check("report opens with its title", report.paragraphs[0].text.startswith("完成情况统计"), report.paragraphs[0].text)
table = report.tables[0]
header = [c.text for c in table.rows[0].cells]
check("report ranks by on-time rate", header[0] == "排名" and "按期办结率" in header and "平均逾期天数" in header, header)
ranks = [row.cells[0].text for row in table.rows[1:] if row.cells[0].text]
check("ranks are 1, 2, 3 …", ranks == [str(i + 1) for i in range(len(ranks))], ranks[:5])
bad = [t for t in texts(report) if HALF_WIDTH.search(t)]
check("report punctuation", not bad, bad[:3])

book = openpyxl.load_workbook(xlsx_path)
sheet = book.worksheets[0]
check("xlsx header", sheet["A1"].value == "排名" and sheet["B1"].value == "责任单位", (sheet["A1"].value, sheet["B1"].value))
check("figures are numbers", isinstance(sheet["C2"].value, (int, float)), type(sheet["C2"].value))
charts = sheet._charts
check("a bar chart of completion by unit", len(charts) == 1 and type(charts[0]).__name__ == "BarChart",
      [type(c).__name__ for c in charts])
sys.exit(failed)
