import Foundation

/// Reads a Word document (.docx): the body's paragraphs and tables in order.
///
/// A table cell merged across columns (`w:gridSpan`) is one cell; a cell merged down rows
/// (`w:vMerge`) is filled, in every row it covers, with the text of the cell it continues.
/// Nested tables are read into the cell that holds them; tracked deletions and field codes
/// are not text. Headers, footers, footnotes and text boxes are not read.
enum DocxReader {
    static let part = "word/document.xml"

    static func read(_ bytes: [UInt8]) throws -> OfficeDocument {
        let parts = try ZipParts.read(bytes, parts: [part])
        let root = try XMLNode.parse(parts[part]!, part: part)
        guard let body = root.child("body") else { throw ZipParts.Failure.unreadablePart(part, "no w:body element") }
        var reader = BodyWalker()
        reader.walk(body)
        return OfficeDocument(rows: reader.rows, lineCount: reader.rows.count, format: "docx")
    }

    /// Numbers top-level paragraphs and table rows as it meets them.
    private struct BodyWalker {
        var rows: [OfficeRow] = []

        mutating func walk(_ node: XMLNode) {
            for child in node.children {
                switch child.name {
                case "p": rows.append(OfficeRow(line: rows.count + 1, cells: [OfficeCell(DocxReader.text(of: child))]))
                case "tbl": table(child)
                case "sdt", "sdtContent", "customXml", "smartTag", "ins": walk(child)
                default: break
                }
            }
        }

        /// Rows of one table, by grid column, so that `vMerge` continues the cell above.
        mutating func table(_ tbl: XMLNode) {
            var above: [Int: String] = [:]
            for tr in tbl.all("tr") {
                var cells: [OfficeCell] = []
                var column = Int(tr.child("trPr")?.child("gridBefore")?["val"] ?? "") ?? 0
                for _ in 0..<column { cells.append(OfficeCell("")) }
                for tc in tr.children where tc.name == "tc" || tc.name == "sdt" {
                    let cell = tc.name == "tc" ? tc : (tc.descendants("tc").first ?? tc)
                    let props = cell.child("tcPr")
                    let span = max(1, Int(props?.child("gridSpan")?["val"] ?? "") ?? 1)
                    let merge = props?.child("vMerge")
                    let continues = merge != nil && merge?["val"] != "restart"
                    let text = continues ? (above[column] ?? "") : DocxReader.cellText(cell)
                    cells.append(OfficeCell(text, continuesAbove: continues))
                    for c in column..<column + span { above[c] = text }
                    column += span
                }
                rows.append(OfficeRow(line: rows.count + 1, cells: cells))
            }
        }
    }

    /// A cell's paragraphs, one a line; a nested table's rows as lines of their cells.
    static func cellText(_ tc: XMLNode) -> String {
        var lines: [String] = []
        for child in tc.children {
            switch child.name {
            case "p": lines.append(text(of: child))
            case "tbl":
                for tr in child.all("tr") { lines.append(tr.all("tc").map(cellText).joined(separator: " ")) }
            case "sdt": lines.append(cellText(child.child("sdtContent") ?? child))
            default: break
            }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// A paragraph's text: runs' `w:t`, tabs and breaks; not deleted text, not field codes.
    static func text(of paragraph: XMLNode) -> String {
        var out = ""
        func visit(_ n: XMLNode) {
            switch n.name {
            case "t": out += n.text
            case "tab": out += "\t"
            case "br", "cr": out += "\n"
            case "noBreakHyphen": out += "-"
            case "del", "delText", "instrText", "pPr", "rPr", "fldChar": return
            default: n.children.forEach(visit)
            }
        }
        paragraph.children.forEach(visit)
        return out
    }
}
