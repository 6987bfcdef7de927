import Foundation

/// Reads a Word document (.docx): the body's paragraphs and tables in order, as a reader of
/// the page sees them.
///
/// - Automatic numbering (`w:numPr`, on the paragraph or through its style) is written out as
///   its label (`一、` `（一）` `1.`), counted as Word counts it (`DocxNumbering`).
/// - A paragraph in a heading style (`标题 1`, `Heading 2`, an outline level) that carries no
///   number of its own is numbered as 公文 number their levels (`HeadingMarkers`), so the
///   importer sees it as the heading it is.
/// - A table cell merged across columns (`w:gridSpan`) is one cell; a cell merged down rows
///   (`w:vMerge`) is filled, in every row it covers, with the text of the cell it continues.
///   Tables nested in a cell are read into it, one line a row.
/// - Text boxes are read as paragraphs after the one they are anchored in.
/// - Tracked insertions are text, tracked deletions (and deleted rows) are not; field codes
///   are not. Headers, footers, footnotes and comments live in other parts and are not read.
enum DocxReader {
    static let part = "word/document.xml"
    static let numberingPart = "word/numbering.xml"
    static let stylesPart = "word/styles.xml"

    static func read(_ bytes: [UInt8]) throws -> OfficeDocument {
        let parts = try ZipParts.read(bytes, parts: [part, numberingPart, stylesPart], optional: [numberingPart, stylesPart])
        let root = try XMLNode.parse(parts[part]!, part: part)
        guard let body = root.child("body") else { throw ZipParts.Failure.unreadablePart(part, "no w:body element") }
        var reader = BodyWalker()
        if let data = parts[numberingPart] { reader.numbering = DocxNumbering(try XMLNode.parse(data, part: numberingPart)) }
        if let data = parts[stylesPart] { reader.styles = DocxStyles(try XMLNode.parse(data, part: stylesPart)) }
        reader.walk(body)
        let rows = HeadingMarkers.apply(reader.rows)
        return OfficeDocument(rows: rows, lineCount: rows.count, format: "docx")
    }

    /// Numbers top-level paragraphs and table rows as it meets them.
    private struct BodyWalker {
        var rows: [OfficeRow] = []
        var numbering = DocxNumbering()
        var styles = DocxStyles()

        mutating func walk(_ node: XMLNode) {
            for child in node.children {
                switch child.name {
                case "p": paragraph(child)
                case "tbl": table(child)
                case "sdt", "sdtContent", "customXml", "smartTag", "ins", "moveTo": walk(child)
                default: break
                }
            }
        }

        mutating func paragraph(_ p: XMLNode) {
            guard let text = paragraphText(p) else { return }
            let boxes = DocxReader.textBoxes(in: p)
            // A paragraph that only anchors a text box is not a line of its own.
            if !(text.isEmpty && !boxes.isEmpty) {
                rows.append(OfficeRow(line: rows.count + 1, cells: [OfficeCell(text)], headingLevel: headingLevel(p)))
            }
            for box in boxes { walk(box) }
        }

        /// A paragraph's text with its automatic number in front; nil for a paragraph whose
        /// every mark was deleted in tracked changes.
        mutating func paragraphText(_ p: XMLNode) -> String? {
            let text = DocxReader.text(of: p)
            let pPr = p.child("pPr")
            if text.isEmpty, pPr?.child("rPr")?.child("del") != nil { return nil }
            return (label(pPr) ?? "") + text
        }

        /// The number Word shows before this paragraph, if it is in a list.
        mutating func label(_ pPr: XMLNode?) -> String? {
            let style = pPr?.child("pStyle")?["val"]
            let own = pPr?.child("numPr")
            var numID = own?.child("numId")?["val"]
            var level = own?.child("ilvl")?["val"].flatMap { Int($0) }
            if numID == nil, let style, let byStyle = styles.numbering(style) {
                numID = byStyle.numID
                level = level ?? byStyle.level ?? numbering.level(ofStyle: style, numID: byStyle.numID)
            }
            guard let numID else { return nil }
            return numbering.next(numID: numID, level: level ?? 0)
        }

        func headingLevel(_ p: XMLNode) -> Int? {
            let pPr = p.child("pPr")
            if let outline = pPr?.child("outlineLvl")?["val"].flatMap({ Int($0) }) { return outline < 9 ? outline + 1 : nil }
            return pPr?.child("pStyle")?["val"].flatMap { styles.headingLevel($0) }
        }

        /// Rows of one table, by grid column, so that `vMerge` continues the cell above.
        mutating func table(_ tbl: XMLNode) {
            var above: [Int: String] = [:]
            for tr in DocxReader.rows(of: tbl) {
                var cells: [OfficeCell] = []
                var column = Int(tr.child("trPr")?.child("gridBefore")?["val"] ?? "") ?? 0
                for _ in 0..<column { cells.append(OfficeCell("")) }
                for tc in tr.children where tc.name == "tc" || tc.name == "sdt" {
                    let cell = tc.name == "tc" ? tc : (tc.descendants("tc").first ?? tc)
                    let props = cell.child("tcPr")
                    let span = max(1, Int(props?.child("gridSpan")?["val"] ?? "") ?? 1)
                    let merge = props?.child("vMerge")
                    let continues = merge != nil && merge?["val"] != "restart"
                    let text = continues ? (above[column] ?? "") : cellText(cell)
                    cells.append(OfficeCell(text, continuesAbove: continues))
                    for c in column..<column + span { above[c] = text }
                    column += span
                }
                rows.append(OfficeRow(line: rows.count + 1, cells: cells))
            }
        }

        /// A cell's paragraphs, one a line; a nested table's rows as lines of their cells.
        mutating func cellText(_ tc: XMLNode) -> String {
            var lines: [String] = []
            for child in tc.children {
                switch child.name {
                case "p":
                    let boxes = DocxReader.textBoxes(in: child)
                    if let text = paragraphText(child), !(text.isEmpty && !boxes.isEmpty) { lines.append(text) }
                    for box in boxes { lines.append(cellText(box)) }
                case "tbl":
                    for tr in DocxReader.rows(of: child) {
                        var cells: [String] = []
                        for tc in tr.all("tc") { cells.append(cellText(tc)) }
                        lines.append(cells.joined(separator: " "))
                    }
                case "sdt", "sdtContent", "customXml", "ins", "moveTo": lines.append(cellText(child))
                default: break
                }
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines.joined(separator: "\n")
        }
    }

    /// A table's rows, without rows deleted in tracked changes.
    static func rows(of tbl: XMLNode) -> [XMLNode] {
        tbl.all("tr").filter { $0.child("trPr")?.child("del") == nil }
    }

    /// The contents of the text boxes anchored in a paragraph. A box drawn in both the new and
    /// the old way (`mc:Choice` and `mc:Fallback`) is read once, from the first.
    static func textBoxes(in paragraph: XMLNode) -> [XMLNode] {
        var found: [XMLNode] = []
        func visit(_ n: XMLNode) {
            switch n.name {
            case "txbxContent": found.append(n)
            case "Fallback", "del", "moveFrom": return
            default: n.children.forEach(visit)
            }
        }
        paragraph.children.forEach(visit)
        return found
    }

    /// A paragraph's text: runs' `w:t`, tabs and breaks; not deleted text, not field codes,
    /// not the text boxes anchored in it (read as paragraphs of their own).
    static func text(of paragraph: XMLNode) -> String {
        var out = ""
        func visit(_ n: XMLNode) {
            switch n.name {
            case "t": out += n.text
            case "tab": out += "\t"
            case "br", "cr": out += "\n"
            case "noBreakHyphen": out += "-"
            case "del", "delText", "moveFrom", "instrText", "pPr", "rPr", "fldChar", "txbxContent", "Fallback",
                 "footnoteReference", "endnoteReference", "commentReference": return
            default: n.children.forEach(visit)
            }
        }
        paragraph.children.forEach(visit)
        return out
    }
}
