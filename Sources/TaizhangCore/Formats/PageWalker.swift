internal import CLibXML2

/// Walks a parsed HTML page in document order, turning blocks into lines and tables into rows
/// (the rules are in `HTMLReader`'s comment).
struct PageWalker {
    private(set) var rows: [OfficeRow] = []
    /// Inside a table cell: nested tables are read as lines of their cells, not as rows.
    var inCell = false
    private var line = ""
    private var pre = 0
    private var headingLevel: Int?

    static let dropped: Set<String> = ["script", "style", "noscript", "nav", "head", "template", "iframe", "form", "button",
                                       "select", "textarea", "svg", "canvas", "object", "embed", "map", "aside", "header", "footer"]
    static let blocks: Set<String> = ["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "blockquote",
                                      "pre", "center", "address", "caption", "hr", "figure", "figcaption", "tr", "body", "html"]
    /// Class and id words that mark a page's navigation and furniture.
    static let furniture: Set<String> = ["nav", "navbar", "menu", "breadcrumb", "crumb", "footer", "sidebar", "share", "topbar",
                                         "toolbar", "skip"]

    var lines: [String] { rows.map(\.text) }

    mutating func walk(_ node: xmlNodePtr) {
        var child = node.pointee.children
        while let c = child {
            visit(c)
            child = c.pointee.next
        }
    }

    private mutating func visit(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { append(String(cString: content)) }
        case XML_ELEMENT_NODE:
            element(node)
        default: break
        }
    }

    private mutating func element(_ node: xmlNodePtr) {
        let name = Self.name(node)
        if Self.dropped.contains(name) || Self.isHidden(node) || Self.isFurniture(node) { return }
        switch name {
        case "br": endLine()
        case "table": table(node)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            endLine()
            headingLevel = Int(String(name.dropFirst()))
            walk(node)
            endLine()
        case "pre":
            endLine()
            pre += 1
            walk(node)
            pre -= 1
            endLine()
        case "td", "th":
            walk(node)
            append(" ")
        default:
            let block = Self.blocks.contains(name)
            if block { endLine() }
            walk(node)
            if block { endLine() }
        }
    }

    /// Text as a browser shows it: runs of white space (and no-break spaces) are one space.
    private mutating func append(_ text: String) {
        if pre > 0 {
            for (i, part) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if i > 0 { endLine() }
                line += part
            }
            return
        }
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" || scalar == "\u{A0}" {
                if !line.isEmpty, line.last != " " { line.append(" ") }
            } else {
                line.unicodeScalars.append(scalar)
            }
        }
    }

    /// Ends the current line: a row of one cell when it holds text.
    mutating func endLine() {
        let text = TextFolding.trim(line)
        line = ""
        defer { headingLevel = nil }
        guard !text.isEmpty else { return }
        rows.append(OfficeRow(line: rows.count + 1, cells: [OfficeCell(text)], headingLevel: inCell ? nil : headingLevel))
    }

    // MARK: tables

    private mutating func table(_ node: xmlNodePtr) {
        endLine()
        let trs = Self.tableRows(node)
        if inCell {
            // A table inside a cell: each of its rows a line of its cells.
            for tr in trs {
                for cell in Self.cells(of: tr) { walk(cell); append(" ") }
                endLine()
            }
            return
        }
        if Self.isLayout(node, rows: trs) {
            for tr in trs { for cell in Self.cells(of: tr) { walk(cell); endLine() } }
            return
        }
        var carried: [Int: (text: String, rows: Int, span: Int)] = [:]
        for tr in trs {
            var cells: [OfficeCell] = []
            var column = 0
            func fillCarried() {
                while let c = carried[column] {
                    cells.append(OfficeCell(c.text, continuesAbove: true))
                    carried[column] = c.rows > 1 ? (c.text, c.rows - 1, c.span) : nil
                    column += c.span
                }
            }
            for td in Self.cells(of: tr) {
                fillCarried()
                let text = Self.cellText(td)
                let span = max(1, Self.attribute(td, "colspan").flatMap { Int($0) } ?? 1)
                let down = Self.attribute(td, "rowspan").flatMap { Int($0) } ?? 1
                cells.append(OfficeCell(text))
                if down > 1 || down == 0 { carried[column] = (text, down == 0 ? trs.count : down - 1, span) }
                column += span
            }
            fillCarried()
            guard cells.contains(where: { !$0.text.isEmpty }) else { continue }
            rows.append(OfficeRow(line: rows.count + 1, cells: cells))
        }
    }

    /// A cell's text: its blocks one a line, nested tables a line a row.
    static func cellText(_ cell: xmlNodePtr) -> String {
        var inner = PageWalker()
        inner.inCell = true
        inner.walk(cell)
        inner.endLine()
        return inner.lines.joined(separator: "\n")
    }

    /// A table that lays out the page rather than holding data: one cell in every row, or
    /// tables inside its cells.
    static func isLayout(_ table: xmlNodePtr, rows: [xmlNodePtr]) -> Bool {
        if rows.allSatisfy({ cells(of: $0).count <= 1 }) { return true }
        return rows.contains { tr in cells(of: tr).contains { contains($0, element: "table") } }
    }

    /// The table's own rows, through `thead`/`tbody`/`tfoot`, not those of nested tables.
    static func tableRows(_ table: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        for c in children(table) {
            switch name(c) {
            case "tr": out.append(c)
            case "thead", "tbody", "tfoot": out += children(c).filter { name($0) == "tr" }
            default: break
            }
        }
        return out
    }

    static func cells(of tr: xmlNodePtr) -> [xmlNodePtr] {
        children(tr).filter { let n = name($0); return n == "td" || n == "th" }
    }

    // MARK: nodes

    static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(c) }
            child = c.pointee.next
        }
        return out
    }

    static func contains(_ node: xmlNodePtr, element: String) -> Bool {
        children(node).contains { name($0) == element || contains($0, element: element) }
    }

    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// An attribute's value, read from the node's attribute list (nothing to free).
    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var attr = node.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == wanted {
                var value = ""
                var text = a.pointee.children
                while let t = text {
                    if let c = t.pointee.content { value += String(cString: c) }
                    text = t.pointee.next
                }
                return value
            }
            attr = a.pointee.next
        }
        return nil
    }

    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if attribute(node, "hidden") != nil { return true }
        guard let style = attribute(node, "style") else { return false }
        let bare = String(style.lowercased().unicodeScalars.filter { $0 != " " })
        return bare.contains("display:none") || bare.contains("visibility:hidden")
    }

    static func isFurniture(_ node: xmlNodePtr) -> Bool {
        if attribute(node, "role") == "navigation" { return true }
        let words = [attribute(node, "class"), attribute(node, "id")].compactMap { $0 }
            .flatMap { $0.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }) }
        return words.contains { furniture.contains(String($0)) }
    }
}
