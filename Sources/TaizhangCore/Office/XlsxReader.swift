import Foundation

/// Reads the first worksheet of an Excel workbook (.xlsx) as rows numbered as Excel numbers
/// them. Merged cells (`mergeCells`) become one cell: merged across columns it appears once,
/// merged down rows it is filled, in each row below, with the merged text.
/// Cell values are read as shown: shared and inline strings, numbers, booleans, and numbers
/// with a date format as dates (`2021年12月31日`).
enum XlsxReader {
    static func read(_ bytes: [UInt8]) throws -> OfficeDocument {
        let fixed = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"]
        let parts = try ZipParts.read(bytes, parts: fixed, optional: ["xl/sharedStrings.xml", "xl/styles.xml"])
        let workbook = try XMLNode.parse(parts["xl/workbook.xml"]!, part: "xl/workbook.xml")
        let rels = try XMLNode.parse(parts["xl/_rels/workbook.xml.rels"]!, part: "xl/_rels/workbook.xml.rels")
        let sheets = workbook.child("sheets")?.all("sheet") ?? []
        guard let first = sheets.first, let target = rels.all("Relationship").first(where: { $0["Id"] == first["id"] })?["Target"]
        else { throw ZipParts.Failure.unreadablePart("xl/workbook.xml", "the workbook lists no worksheet") }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        let sheetData = try ZipParts.read(bytes, parts: [path])[path]!
        let shared = try parts["xl/sharedStrings.xml"].map { try sharedStrings(XMLNode.parse($0, part: "xl/sharedStrings.xml")) } ?? []
        let dates = try parts["xl/styles.xml"].map { try dateStyles(XMLNode.parse($0, part: "xl/styles.xml")) } ?? []
        let sheet = try XMLNode.parse(sheetData, part: path)
        var grid = SheetGrid(sheet: sheet, shared: shared, dateStyles: dates)
        var document = OfficeDocument(rows: grid.rows(), lineCount: grid.lastRow, format: "xlsx sheet \(first["name"] ?? "1")")
        if sheets.count > 1 {
            let others = sheets.dropFirst().compactMap { $0["name"] }.joined(separator: ", ")
            document.warnings.append("the workbook has \(sheets.count) sheets; only the first (\(first["name"] ?? "")) was read, not: \(others)")
        }
        return document
    }

    /// The shared strings table: each `si`'s runs joined, without phonetic guides.
    static func sharedStrings(_ root: XMLNode) -> [String] {
        root.all("si").map { si in
            si.child("t")?.text ?? si.all("r").compactMap { $0.child("t")?.text }.joined()
        }
    }

    /// A number format without its quoted text and bracketed parts ("[Red]", "\"年\""), which
    /// say nothing of dates (no regular expression: see DateText).
    static func withoutQuotedOrBracketed(_ code: String) -> String {
        var out = "", inQuote = false, inBracket = false
        for c in code {
            if c == "\"" && !inBracket { inQuote.toggle(); continue }
            if c == "[" && !inQuote { inBracket = true; continue }
            if c == "]" && inBracket { inBracket = false; continue }
            if !inQuote && !inBracket { out.append(c) }
        }
        return out
    }

    /// Indexes of the cell formats (`s` attribute) that show a number as a date.
    static func dateStyles(_ root: XMLNode) -> Set<Int> {
        var dateFormats = Set(14...22).union(27...36).union(45...47).union(50...58)
        for f in root.child("numFmts")?.all("numFmt") ?? [] {
            guard let id = Int(f["numFmtId"] ?? ""), let code = f["formatCode"]?.lowercased() else { continue }
            let bare = withoutQuotedOrBracketed(code)
            if bare.contains("y") || bare.contains("d") || bare.contains("m") && !bare.contains("h") { dateFormats.insert(id) }
        }
        let xfs = root.child("cellXfs")?.all("xf") ?? []
        return Set(xfs.indices.filter { dateFormats.contains(Int(xfs[$0]["numFmtId"] ?? "") ?? -1) })
    }
}

/// A worksheet's cells by row and column, with its merged ranges.
struct SheetGrid {
    private var cells: [Int: [Int: String]] = [:]
    private var merges: [(top: Int, left: Int, bottom: Int, right: Int)] = []
    private(set) var lastRow = 0

    init(sheet: XMLNode, shared: [String], dateStyles: Set<Int>) {
        var rowNumber = 0
        for row in sheet.child("sheetData")?.all("row") ?? [] {
            rowNumber = Int(row["r"] ?? "") ?? rowNumber + 1
            var column = 0
            for c in row.all("c") {
                column = c["r"].flatMap { SheetGrid.reference($0)?.column } ?? column + 1
                let value = SheetGrid.value(c, shared: shared, dateStyles: dateStyles)
                if !value.isEmpty { cells[rowNumber, default: [:]][column] = value; lastRow = max(lastRow, rowNumber) }
            }
        }
        for m in sheet.child("mergeCells")?.all("mergeCell") ?? [] {
            let ends = (m["ref"] ?? "").split(separator: ":").compactMap { SheetGrid.reference(String($0)) }
            guard ends.count == 2 else { continue }
            merges.append((ends[0].row, ends[0].column, ends[1].row, ends[1].column))
            lastRow = max(lastRow, ends[1].row)
        }
    }

    /// Rows with their cells from column A to the last used column; merged areas collapsed.
    mutating func rows() -> [OfficeRow] {
        var covered: [Int: [Int: OfficeCell?]] = [:] // nil: hidden by a merge across columns
        for m in merges {
            let text = cells[m.top]?[m.left] ?? ""
            for r in m.top...m.bottom {
                for c in m.left...m.right where !(r == m.top && c == m.left) {
                    covered[r, default: [:]][c] = c == m.left ? OfficeCell(text, continuesAbove: true) : .some(nil)
                }
            }
        }
        let width = max(cells.values.flatMap(\.keys).max() ?? 0, merges.map(\.right).max() ?? 0)
        var out: [OfficeRow] = []
        for r in 1...max(lastRow, 1) where cells[r] != nil || covered[r] != nil {
            var row: [OfficeCell] = []
            for c in 1...max(width, 1) {
                if let cover = covered[r]?[c] { if let cell = cover { row.append(cell) }; continue }
                row.append(OfficeCell(cells[r]?[c] ?? ""))
            }
            while row.last == OfficeCell("") { row.removeLast() }
            out.append(OfficeRow(line: r, cells: row))
        }
        return out
    }

    /// `B12` → row 12, column 2.
    static func reference(_ ref: String) -> (row: Int, column: Int)? {
        var column = 0, digits = ""
        for ch in ref.uppercased() {
            if let a = ch.asciiValue, (65...90).contains(a), digits.isEmpty { column = column * 26 + Int(a) - 64 }
            else if ch.isASCII, ch.isNumber { digits.append(ch) } else if ch != "$" { return nil }
        }
        guard column > 0, let row = Int(digits) else { return nil }
        return (row, column)
    }

    static func value(_ c: XMLNode, shared: [String], dateStyles: Set<Int>) -> String {
        let v = c.child("v")?.text ?? ""
        switch c["t"] {
        case "s": return Int(v).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
        case "inlineStr": return c.child("is").map { $0.child("t")?.text ?? $0.all("r").compactMap { $0.child("t")?.text }.joined() } ?? ""
        case "b": return v == "1" ? "TRUE" : "FALSE"
        case "str", "e": return v
        default:
            if let s = Int(c["s"] ?? ""), dateStyles.contains(s), let serial = Double(v) { return excelDate(serial) }
            if v.hasSuffix(".0") { return String(v.dropLast(2)) }
            return v
        }
    }

    /// An Excel serial day (1900 system) as a date a plan would write: `2021年12月31日`.
    static func excelDate(_ serial: Double) -> String {
        let day = Day(year: 1899, month: 12, day: 30)!.adding(days: Int(serial))
        let (y, m, d) = day.components
        return "\(y)年\(m)月\(d)日"
    }
}
