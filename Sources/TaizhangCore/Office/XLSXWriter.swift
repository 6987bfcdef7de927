import Foundation

/// A sheet of text cells for `XLSXWriter`: the first row is the header.
public struct XLSXSheet: Sendable {
    public var name: String
    public var rows: [[String]]
    /// Column widths in characters (Excel's unit); missing columns get Excel's default.
    public var widths: [Int]
    /// Columns written as numbers (so charts and formulas can use them), when they parse.
    public var numeric: Set<Int>
    /// A bar chart of one column of this sheet, drawn beside the table.
    public var chart: XLSXChart?

    public init(name: String, rows: [[String]], widths: [Int] = [], numeric: Set<Int> = [], chart: XLSXChart? = nil) {
        self.name = name
        self.rows = rows
        self.widths = widths
        self.numeric = numeric
        self.chart = chart
    }
}

/// Writes a workbook as SpreadsheetML by hand: inline strings, a bold header row frozen at
/// the top, long text wrapped. Small enough to read in one sitting, and no spreadsheet
/// library to keep up with; Excel, WPS, LibreOffice and openpyxl open what it writes.
public enum XLSXWriter {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    public static func data(_ sheets: [XLSXSheet]) throws -> Data {
        let names = sheetNames(sheets.map(\.name))
        var parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            ("_rels/.rels", head + "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", workbook(names)),
            ("xl/_rels/workbook.xml.rels", workbookRels(sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet, drawing: sheet.chart != nil)))
            if let chart = sheet.chart { parts += chart.parts(number: i + 1, sheetName: names[i]) }
        }
        parts[0] = ("[Content_Types].xml", contentTypes(sheets.count, charts: sheets.indices.filter { sheets[$0].chart != nil }))
        return try ZipParts.write(parts)
    }

    /// Sheet names as Excel allows them: at most 31 characters, none of `[]:*?/\`, unique.
    static func sheetNames(_ wanted: [String]) -> [String] {
        var used = Set<String>()
        return wanted.map { raw in
            var name = String(raw.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if name.isEmpty { name = "Sheet" }
            var n = 2
            let base = name
            while used.contains(name.lowercased()) { name = String(base.prefix(28)) + "(\(n))"; n += 1 }
            used.insert(name.lowercased())
            return name
        }
    }

    /// `A`, `B` … `Z`, `AA` … for a zero-based column index.
    static func column(_ index: Int) -> String {
        var n = index + 1, out = ""
        while n > 0 { n -= 1; out = String(UnicodeScalar(UInt8(65 + n % 26))) + out; n /= 26 }
        return out
    }

    static func worksheet(_ sheet: XLSXSheet, drawing: Bool = false) -> String {
        var x = head + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(rel)\">"
        x += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        x += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        if !sheet.widths.isEmpty {
            x += "<cols>" + sheet.widths.enumerated().map {
                "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element)\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        x += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            x += "<row r=\"\(r + 1)\">"
            for (c, text) in row.enumerated() where !text.isEmpty {
                if r > 0, sheet.numeric.contains(c), let number = Double(text.replacingOccurrences(of: "%", with: "")) {
                    let value = text.hasSuffix("%") ? number / 100 : number
                    x += "<c r=\"\(column(c))\(r + 1)\" s=\"\(text.hasSuffix("%") ? 3 : 0)\"><v>\(value)</v></c>"
                    continue
                }
                x += "<c r=\"\(column(c))\(r + 1)\" t=\"inlineStr\" s=\"\(r == 0 ? 1 : 2)\"><is><t xml:space=\"preserve\">"
                x += XMLText.escape(text) + "</t></is></c>"
            }
            x += "</row>"
        }
        x += "</sheetData>"
        if drawing { x += "<drawing r:id=\"rId1\"/>" }
        return x + "</worksheet>"
    }

    static func contentTypes(_ count: Int, charts: [Int] = []) -> String {
        let sheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        var x = head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        x += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        x += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        x += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        x += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for i in 0..<count {
            x += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"\(sheetType)\"/>"
        }
        for i in charts {
            x += "<Override PartName=\"/xl/drawings/drawing\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>"
            x += "<Override PartName=\"/xl/charts/chart\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>"
        }
        return x + "</Types>"
    }

    static func workbook(_ names: [String]) -> String {
        head + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>"
            + names.enumerated().map { "<sheet name=\"\(XMLText.escape($0.element))\" sheetId=\"\($0.offset + 1)\" r:id=\"rId\($0.offset + 1)\"/>" }.joined()
            + "</sheets></workbook>"
    }

    static func workbookRels(_ count: Int) -> String {
        var x = head + "<Relationships xmlns=\"\(pkg)\">"
        for i in 0..<count {
            x += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        x += "<Relationship Id=\"rId\(count + 1)\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/>"
        return x + "</Relationships>"
    }

    /// Style 0 is Excel's default, 1 the bold header, 2 body text wrapped and aligned to the
    /// top, 3 a percentage (0.0%… Excel's built-in format 10, 0.00%).
    static let styles = head + "<styleSheet xmlns=\"\(main)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font><font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
}
