import Foundation

/// Writes an `OfficialDocument` as a Word file in the 公文 format (GB/T 9704): A4 with its
/// margins, the title in 方正小标宋简体 二号 (黑体 where the font is missing), the body in
/// 仿宋_GB2312 三号 on a grid of 22 lines, headings in 黑体, tables with their header row
/// repeated on every page, the office and date at the end, page numbers `— 1 —`.
///
/// WordprocessingML by hand, like `XLSXWriter`: a handful of small parts, no library to keep
/// up with; Word, WPS, LibreOffice and python-docx open it (docs/outputs.md shows a page).
public enum DocxWriter {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Fonts by role; the fallback is Word's alternate name for the font (`w:altName`).
    enum Font {
        static let title = (name: "方正小标宋简体", fallback: "黑体")
        static let body = (name: "仿宋_GB2312", fallback: "仿宋")
        static let heading = (name: "黑体", fallback: "SimHei")
    }

    /// Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt.
    enum Size {
        static let title = 44, body = 32, table = 24, footer = 28
    }

    /// The text area is 156 mm wide; a 三号 character is 16 pt, so 28 to a line.
    public static let textWidth = 8845 // twips (156 mm)

    public static func data(_ document: OfficialDocument) throws -> Data {
        try ZipParts.write([
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", head + "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" Type=\"\(r)/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/_rels/document.xml.rels", documentRels),
            ("word/document.xml", body(document)),
            ("word/styles.xml", styles),
            ("word/fontTable.xml", fontTable),
            ("word/settings.xml", head + "<w:settings xmlns:w=\"\(w)\"><w:defaultTabStop w:val=\"640\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/></w:settings>"),
            ("word/footer1.xml", footer),
        ])
    }

    static func body(_ document: OfficialDocument) -> String {
        var x = head + "<w:document xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:body>"
        for block in document.blocks {
            switch block {
            case .title(let t):
                x += paragraph(t, style: "Title")
                x += paragraph("", style: "Body")
            case .heading(let h): x += paragraph(h, style: "Heading1")
            case .paragraph(let p):
                for line in p.split(separator: "\n", omittingEmptySubsequences: false) { x += paragraph(String(line), style: "Body") }
            case .table(let t): x += table(t) + paragraph("", style: "Body")
            case .signature(let office, let date):
                x += paragraph("", style: "Body")
                x += paragraph(office, style: "Signature")
                x += paragraph(date, style: "Signature")
            }
        }
        // A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines a page.
        x += "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId3\"/>"
        x += "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        x += "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
        x += "<w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>"
        return x + "</w:body></w:document>"
    }

    static func paragraph(_ text: String, style: String) -> String {
        "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" + run(text) + "</w:p>"
    }

    static func run(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        return "<w:r><w:t xml:space=\"preserve\">" + XMLText.escape(VisibleText.sanitize(text)) + "</w:t></w:r>"
    }

    static func table(_ t: DocumentTable) -> String {
        let weights = t.widths.count == t.header.count ? t.widths : Array(repeating: 1, count: t.header.count)
        let sum = max(1, weights.reduce(0, +))
        let widths = weights.map { $0 * textWidth / sum }
        var x = "<w:tbl><w:tblPr><w:tblStyle w:val=\"Grid\"/><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/>"
        x += "<w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/>"
        x += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }.joined() + "</w:tblBorders></w:tblPr><w:tblGrid>"
        x += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        x += row(t.header, widths: widths, header: true, numeric: [])
        for cells in t.rows { x += row(cells, widths: widths, header: false, numeric: t.numeric) }
        return x + "</w:tbl>"
    }

    /// A row that never splits across pages; the header row repeats on every page.
    static func row(_ cells: [String], widths: [Int], header: Bool, numeric: Set<Int>) -> String {
        var x = "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
        for (i, text) in cells.enumerated() where i < widths.count {
            x += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[i])\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
            let style = header ? "TableHeader" : (numeric.contains(i) ? "TableNumber" : "TableText")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            x += lines.map { paragraph(String($0), style: style) }.joined()
            x += "</w:tc>"
        }
        return x + "</w:tr>"
    }

    static func fonts(_ f: (name: String, fallback: String)) -> String {
        "<w:rFonts w:ascii=\"\(f.name)\" w:hAnsi=\"\(f.name)\" w:eastAsia=\"\(f.name)\" w:cs=\"\(f.name)\"/>"
    }

    static let styles: String = {
        func style(_ id: String, _ name: String, ppr: String, rpr: String) -> String {
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:qFormat/>"
                + "<w:pPr>\(ppr)</w:pPr><w:rPr>\(rpr)</w:rPr></w:style>"
        }
        let exact = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/>"
        let tableSpacing = "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"360\" w:lineRule=\"exact\"/>"
        var x = head + "<w:styles xmlns:w=\"\(w)\">"
        x += "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(Font.body) + "<w:sz w:val=\"\(Size.body)\"/><w:szCs w:val=\"\(Size.body)\"/>"
        x += "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
        x += "<w:pPrDefault><w:pPr>\(exact)</w:pPr></w:pPrDefault></w:docDefaults>"
        x += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
        x += style("Title", "公文标题", ppr: "<w:jc w:val=\"center\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"760\" w:lineRule=\"exact\"/>",
                   rpr: fonts(Font.title) + "<w:sz w:val=\"\(Size.title)\"/><w:szCs w:val=\"\(Size.title)\"/>")
        x += style("Heading1", "一级标题", ppr: "<w:keepNext/><w:ind w:firstLine=\"640\"/>" + exact,
                   rpr: fonts(Font.heading) + "<w:sz w:val=\"\(Size.body)\"/>")
        x += style("Body", "公文正文", ppr: "<w:jc w:val=\"both\"/><w:ind w:firstLine=\"640\"/>" + exact, rpr: "<w:sz w:val=\"\(Size.body)\"/>")
        x += style("Signature", "发文机关署名", ppr: "<w:jc w:val=\"right\"/><w:ind w:right=\"1280\"/>" + exact, rpr: "<w:sz w:val=\"\(Size.body)\"/>")
        x += style("TableHeader", "表头", ppr: "<w:jc w:val=\"center\"/>" + tableSpacing,
                   rpr: fonts(Font.heading) + "<w:sz w:val=\"\(Size.table)\"/><w:szCs w:val=\"\(Size.table)\"/>")
        x += style("TableText", "表格文字", ppr: "<w:jc w:val=\"left\"/>" + tableSpacing, rpr: "<w:sz w:val=\"\(Size.table)\"/><w:szCs w:val=\"\(Size.table)\"/>")
        x += style("TableNumber", "表格数字", ppr: "<w:jc w:val=\"center\"/>" + tableSpacing, rpr: "<w:sz w:val=\"\(Size.table)\"/><w:szCs w:val=\"\(Size.table)\"/>")
        x += style("Footer", "页码", ppr: "<w:jc w:val=\"center\"/>", rpr: "<w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"\(Size.footer)\"/>")
        x += "<w:style w:type=\"table\" w:styleId=\"Grid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblCellMar>"
        x += "<w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        return x + "</w:styles>"
    }()

    static let fontTable: String = {
        var x = head + "<w:fonts xmlns:w=\"\(w)\">"
        for f in [Font.title, Font.body, Font.heading, (name: "宋体", fallback: "SimSun")] {
            x += "<w:font w:name=\"\(f.name)\"><w:altName w:val=\"\(f.fallback)\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>"
        }
        return x + "</w:fonts>"
    }()

    /// `— 1 —`, centred, in 宋体 四号.
    static let footer: String = head + "<w:ftr xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"

    static let contentTypes = head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        + "</Types>"

    static let documentRels = head + "<Relationships xmlns=\"\(pkg)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(r)/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(r)/fontTable\" Target=\"fontTable.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(r)/footer\" Target=\"footer1.xml\"/>"
        + "<Relationship Id=\"rId4\" Type=\"\(r)/settings\" Target=\"settings.xml\"/>"
        + "</Relationships>"
}
