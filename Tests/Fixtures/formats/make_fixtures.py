#!/usr/bin/env python3
"""Builds one plan in every form an office receives it, each by the tool that makes it.

Two plans, each written first as the typed text the importer reads (the reference), then:

  table-plan.txt    a |-table: 序号 | 工作任务 | 具体要求 | 责任单位 | 完成时限 (the reference)
  table-plan.docx   python-docx: the same table in Word, with Word's automatic numbering for
                    the section rows (chineseCounting "%1、") and the 序号 column (decimal "%1"),
                    工作任务 cells merged down rows (vMerge), section rows merged across (gridSpan),
                    a header and a footer that must not be read
  table-plan.doc    LibreOffice: the .docx saved as Word 97-2003
  table-plan.pdf    LibreOffice: the .docx printed to PDF (page numbers in the footer)
  table-plan.html   a page as a government site publishes it: navigation, script, style, the
                    table with rowspan for the merged cells and colspan for the section rows
  table-plan-gbk.html  the same page encoded in GBK, declared as <meta charset=gb2312>
  heading-plan.txt  paragraphs under 一、/(一) headings, each task "N.…(牵头部门:X)" (the reference)
  heading-plan.docx python-docx: headings by style — Heading 1 numbered through its style by a
                    multilevel list (chineseCounting "%1、"), a style named "标题 2" with no
                    number at all — tasks numbered by a decimal list "%1.", the document number
                    in a text box, a tracked insertion and a tracked deletion, a comment, a header
                    and a footer
  table-plan.xls    LibreOffice: the table as an Excel 97-2003 sheet (from an .xlsx openpyxl writes)

Run it when the plans here change (python-docx and openpyxl from PyPI, LibreOffice for the
conversions) and commit the output:
  python3 Tests/Fixtures/formats/make_fixtures.py
Tests/e2e/formats.test.sh runs it into a temporary folder (--out DIR) and imports what the
tools make there, so the importer is checked against today's tools as well.
"""
import copy
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).resolve().parent
if "--out" in sys.argv:
    HERE = Path(sys.argv[sys.argv.index("--out") + 1]).resolve()

TITLE = "示范区2021年政务公开工作要点任务分工方案"
PREAMBLE = "为做好2021年政务公开工作,结合我区实际,制定本方案。"
HEADER = ["序号", "工作任务", "具体要求", "责任单位", "完成时限"]
# (section, [(group, requirement, units, deadline)]); a group of None continues the one above.
SECTIONS = [
    ("深化重点领域信息公开", [
        ("做好规划公开", "主动公开国民经济和社会发展第十四个五年规划纲要及专项规划。", "区发展改革局牵头,区各单位配合", "2021年底"),
        (None, "及时发布规划解读材料,回应社会关切。", "区发展改革局", "6月底前"),
        ("加强财政信息公开", "按规定公开财政预决算和部门预决算。", "区财政局", "长期推进"),
    ]),
    ("提升政务公开质量", [
        ("规范政策文件公开", "做好行政规范性文件集中公开,及时标注废止失效情况。", "区司法局、区政务服务数据管理局", "2021年10月31日"),
        (None, "完善政策解读机制,主要负责人带头解读重大政策。", "区各单位", "年底前"),
    ]),
    ("强化政务公开保障", [
        ("加强平台建设", "推进政府网站集约化建设,统一信息资源库,优化栏目设置,提升检索、互动和个性化服务能力,做好网站年度报表发布和日常监测。", "区政务服务数据管理局", "2021年12月31日"),
        (None, "规范政务新媒体管理,开展常态化监测和季度检查,对内容更新不及时、互动回应差的账号及时整改或关停。", "区委网信办、区政务服务数据管理局", "每季度"),
        ("加强监督考核", "将政务公开工作纳入绩效考核,细化考核指标,加大考核权重,对工作推进不力的单位予以通报。", "区政府办公室牵头,区各单位配合", "年底前"),
        (None, "组织开展政务公开业务培训,提高工作人员的政策水平和业务能力,全年培训不少于两次。", "区政府办公室", "2021年11月30日"),
        ("做好年度报告", "按时编制并公开本单位政府信息公开工作年度报告,按照统一格式全面准确反映工作情况。", "区各单位", "2021年1月31日"),
    ]),
]


def table_rows():
    """The table as the typed text has it: section rows, then task rows numbered throughout."""
    rows, n = [], 0
    for s, (section, tasks) in enumerate(SECTIONS, 1):
        rows.append(("section", s, section))
        for group, requirement, units, deadline in tasks:
            n += 1
            rows.append(("task", n, (group, requirement, units, deadline)))
    return rows


CHINESE = "零一二三四五六七八九十"


# ---------------------------------------------------------------- typed text (the references)

def write_table_text():
    lines = [TITLE, PREAMBLE, " | ".join(HEADER)]
    for kind, n, value in table_rows():
        if kind == "section":
            lines.append(f"{CHINESE[n]}、{value}")
        else:
            group, requirement, units, deadline = value
            lines.append(" | ".join([str(n), group or "", requirement, units, deadline]))
    (HERE / "table-plan.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


HEADINGS = [
    ("全面推进决策公开", [
        ("推进决策公开", [
            ("严格落实重大行政决策程序规定,制定本年度重大行政决策目录清单。", "综合规划处"),
            ("做好规范性文件公开工作,在门户网站集中显示现行有效的规范性文件。", "法规处"),
        ]),
        ("推进执行公开", [
            ("继续做好财政预决算、涉企收费项目和收费标准信息公开。", "科技和财务处"),
        ]),
    ]),
    ("加强政策解读回应", [
        ("做好政策解读", [
            ("坚持政策文件与解读方案、解读材料同步组织、同步审签、同步部署。", "办公室、法规处"),
        ]),
    ]),
]
DOC_NUMBER = "示市监办〔2021〕3号"
HEADING_TITLE = TITLE.replace("任务分工方案", "")  # 示范区2021年政务公开工作要点


def write_heading_text():
    lines = [HEADING_TITLE, DOC_NUMBER, PREAMBLE]
    n = 0
    for h1, (title1, subs) in enumerate(HEADINGS, 1):
        lines.append(f"{CHINESE[h1]}、{title1}")
        for h2, (title2, tasks) in enumerate(subs, 1):
            lines.append(f"({CHINESE[h2]}){title2}")
            for text, unit in tasks:
                n += 1
                lines.append(f"{n}.{text}(牵头部门:{unit})")
    (HERE / "heading-plan.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- Word

def add_numbering(document, abstract_id, levels):
    """Adds an abstract list with levels (format, text, paragraph style) and a num for it;
    returns the num id."""
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        + (f'<w:pStyle w:val="{style}"/>' if style else "")
        + f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        for i, (fmt, text, style) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    # abstractNum elements come before every num element.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_id = str(100 + abstract_id)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def number(paragraph, num_id, level=0):
    pPr = paragraph._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def header_and_footer(document, footer_text):
    section = document.sections[0]
    section.header.paragraphs[0].text = "示范区人民政府办公室 文件"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(footer_text)
    # A page number field, as Word puts it in a footer: 第 N 页.
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run(" 页")


def chinese_font(document):
    style = document.styles["Normal"]
    style.font.name = "WenQuanYi Zen Hei"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Zen Hei")


def write_table_docx():
    d = docx.Document()
    chinese_font(d)
    header_and_footer(d, "第 ")
    sections_num = add_numbering(d, 20, [("chineseCounting", "%1、", None)])
    rows_num = add_numbering(d, 21, [("decimal", "%1", None)])
    title = d.add_paragraph(TITLE)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(PREAMBLE)
    rows = table_rows()
    table = d.add_table(rows=1 + len(rows), cols=5)
    table.style = "Table Grid"
    for c, name in enumerate(HEADER):
        table.cell(0, c).text = name
    # The header row repeats on every page, as 公文 tables have it.
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    above = None
    for r, (kind, n, value) in enumerate(rows, 1):
        if kind == "section":
            merged = table.cell(r, 0).merge(table.cell(r, 4))
            p = merged.paragraphs[0]
            p.text = value
            number(p, sections_num)
            above = None
            continue
        group, requirement, units, deadline = value
        number(table.cell(r, 0).paragraphs[0], rows_num)
        if group is None:
            above.merge(table.cell(r, 1))  # vMerge down from the group's first row
        else:
            table.cell(r, 1).text = group
            above = table.cell(r, 1)
        table.cell(r, 2).text = requirement
        table.cell(r, 3).text = units
        table.cell(r, 4).text = deadline
    d.save(HERE / "table-plan.docx")


def text_box(paragraph, text):
    """A text box drawn the old way (VML), as Word still writes it beside DrawingML."""
    run = paragraph.add_run()
    run._r.append(parse_xml(
        f'<w:pict {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
        '<v:shape style="width:200pt;height:24pt" stroked="f"><v:textbox><w:txbxContent>'
        f'<w:p><w:r><w:t>{html.escape(text)}</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict>'))


def tracked(paragraph, inserted, deleted):
    """A tracked insertion (read) and a tracked deletion (not read) at the paragraph's end."""
    p = paragraph._p
    p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="90" w:author="审核人" w:date="2021-03-01T00:00:00Z">'
                       f'<w:r><w:delText>{html.escape(deleted)}</w:delText></w:r></w:del>'))
    p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="91" w:author="审核人" w:date="2021-03-01T00:00:00Z">'
                       f'<w:r><w:t>{html.escape(inserted)}</w:t></w:r></w:ins>'))


def write_heading_docx():
    d = docx.Document()
    chinese_font(d)
    header_and_footer(d, "示范区市场监管局 ")
    heading2 = d.styles.add_style("标题 2", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    heading2.base_style = d.styles["Normal"]
    heading2.font.bold = True
    outline = add_numbering(d, 30, [("chineseCounting", "%1、", "Heading1")])
    # Heading 1 is numbered through its style, as Word's multilevel lists link them.
    h1_pPr = d.styles["Heading 1"].element.get_or_add_pPr()
    h1_pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{outline}"/></w:numPr>'))
    tasks_num = add_numbering(d, 31, [("decimal", "%1.", None)])
    d.add_paragraph(HEADING_TITLE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    text_box(d.add_paragraph(), DOC_NUMBER)
    intro = d.add_paragraph(PREAMBLE)
    d.add_comment(intro.runs, text="请各部门对照落实", author="办公室", initials="BGS")
    for title1, subs in HEADINGS:
        d.add_paragraph(title1, style="Heading 1")
        for title2, tasks in subs:
            d.add_paragraph(title2, style="标题 2")
            for text, unit in tasks:
                p = d.add_paragraph()
                number(p, tasks_num)
                if text.startswith("继续做好财政预决算"):
                    # The reader sees the text as accepted: the deletion gone, the insertion in.
                    head, tail = text[:-1], "。"
                    p.add_run(head)
                    tracked(p, inserted=tail + f"(牵头部门:{unit})", deleted="及各类专项资金")
                else:
                    p.add_run(f"{text}(牵头部门:{unit})")
    d.save(HERE / "heading-plan.docx")


# ---------------------------------------------------------------- web pages

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta {meta}>
<title>{title}_示范区人民政府门户网站</title>
<style>body {{ font-family: SimSun; }} .nav li {{ display: inline; }}</style>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
</head>
<body>
<div class="top"><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="breadcrumb">当前位置:首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间:2021-03-05 &nbsp; 来源:区政府办公室 <span style="display:none">浏览次数:1024</span></div>
<div class="content">
<p>&nbsp;&nbsp;{preamble}</p>
<table border="1" cellspacing="0">
<tbody>
{rows}
</tbody>
</table>
</div>
</div>
<div class="footer"><p>主办:示范区人民政府办公室 &nbsp; 备案号:粤ICP备00000000号</p></div>
<script>function share() {{ return "分享到"; }}</script>
</body>
</html>
"""


def page_rows():
    """The table as a site's editor writes it: rowspan for a merged 工作任务, colspan for sections."""
    out = ["<tr>" + "".join(f"<th>{h}</th>" for h in HEADER) + "</tr>"]
    rows = table_rows()
    for i, (kind, n, value) in enumerate(rows):
        if kind == "section":
            out.append(f'<tr><td colspan="5"><strong>{CHINESE[n]}、{html.escape(value)}</strong></td></tr>')
            continue
        group, requirement, units, deadline = value
        cells = [f"<td>{n}</td>"]
        if group is not None:
            span = 1
            while i + span < len(rows) and rows[i + span][0] == "task" and rows[i + span][2][0] is None:
                span += 1
            cells.append(f'<td rowspan="{span}">{html.escape(group)}</td>' if span > 1 else f"<td>{html.escape(group)}</td>")
        cells += [f"<td><p>{html.escape(requirement)}</p></td>", f"<td>{html.escape(units)}</td>", f"<td>{html.escape(deadline)}</td>"]
        out.append("<tr>\n  " + "\n  ".join(cells) + "\n</tr>")
    return "\n".join(out)


def write_pages():
    body = dict(title=TITLE, preamble=PREAMBLE, rows=page_rows())
    (HERE / "table-plan.html").write_text(PAGE.format(meta='charset="utf-8"', **body), encoding="utf-8")
    gbk = PAGE.format(meta='http-equiv="Content-Type" content="text/html; charset=gb2312"', **body)
    (HERE / "table-plan-gbk.html").write_bytes(gbk.encode("gbk"))


# ---------------------------------------------------------------- LibreOffice conversions

def write_xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分工方案"
    ws.append([TITLE])
    ws.merge_cells("A1:E1")
    ws.append(HEADER)
    for kind, n, value in table_rows():
        if kind == "section":
            ws.append([f"{CHINESE[n]}、{value}"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
        else:
            group, requirement, units, deadline = value
            ws.append([n, group, requirement, units, deadline])
    wb.save(path)


def libreoffice(source, target_format, out_dir):
    soffice = shutil.which("soffice") or sys.exit("LibreOffice is missing: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target_format,
                        "--outdir", str(out_dir), str(source)], check=True, timeout=180, stdout=subprocess.DEVNULL)


def convert():
    libreoffice(HERE / "table-plan.docx", "doc", HERE)
    libreoffice(HERE / "table-plan.docx", "pdf", HERE)
    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "table-plan.xlsx"
        write_xlsx(xlsx)
        libreoffice(xlsx, "xls", HERE)


if __name__ == "__main__":
    write_table_text()
    write_heading_text()
    write_table_docx()
    write_heading_docx()
    write_pages()
    convert()
    print("wrote", ", ".join(sorted(p.name for p in HERE.iterdir() if p.suffix != ".py")))
