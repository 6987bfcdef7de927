import Foundation

/// Reads a PDF through poppler's `pdftotext -layout`, which keeps each line's text at its
/// place on the page, and rebuilds what the layout shows (`PDFLayout`).
enum PDFReader {
    static func read(_ bytes: [UInt8]) throws -> OfficeDocument {
        guard let tool = ExternalTool.find("pdftotext") else { throw FormatError(FormatError.strings(.pdfToolMissing)) }
        let text: String = try ExternalTool.withTemporaryDirectory { dir in
            try Data(bytes).write(to: URL(fileURLWithPath: dir + "/document.pdf"))
            let outcome = ExternalTool.run([tool, "-layout", "-enc", "UTF-8", dir + "/document.pdf", dir + "/document.txt"],
                                           timeout: LegacyOffice.timeout, workDirectory: dir)
            guard outcome.status == 0, let data = FileManager.default.contents(atPath: dir + "/document.txt") else {
                throw FormatError(outcome.output.split(separator: "\n").first.map(String.init) ?? "pdftotext failed")
            }
            return String(decoding: data, as: UTF8.self)
        }
        return PDFLayout.document(text)
    }
}

/// Turns `pdftotext -layout` text into the lines and table rows the importer reads.
///
/// - Pages are separated by form feeds. Page furniture is dropped: page numbers (`3`, `- 3 -`,
///   `第 3 页`, `3/10`) in the first or last two lines of a page, and lines that open or close
///   at least two pages and half of them alike (digits aside: running headers and footers).
/// - A line whose cells name the columns of a plan (`HeaderVocabulary`) starts a table: its
///   cells' positions are the columns. Each later line's text runs (split at two or more
///   spaces) fall in the column where they start. A row goes on over the lines below while
///   they only continue the columns it has (a wrapped cell); a line with text in a column the
///   line above left empty starts the next row. A run that crosses into the next column is a
///   row spanning the table (a section heading), read as one cell.
/// - `pdftotext` puts a space between Chinese and Latin or digits (`2021 年底`); the text as
///   typed has none, so it is taken out. Wrapped lines of a cell are joined.
enum PDFLayout {
    static func document(_ text: String) -> OfficeDocument {
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) } }
        let furniture = Furniture(pages: pages)
        var builder = RowBuilder()
        for (p, page) in pages.enumerated() {
            for (i, line) in page.enumerated() where !furniture.drops(page: p, line: i) {
                builder.add(line)
            }
            builder.endPage()
        }
        builder.endRow()
        let rows = builder.rows.enumerated().map { OfficeRow(line: $0.offset + 1, cells: $0.element.map { OfficeCell($0) }) }
        return OfficeDocument(rows: rows, lineCount: rows.count, format: "pdf")
    }

    /// Runs of text separated by two or more spaces, with the column each starts at.
    static func segments(_ line: [Character]) -> [(start: Int, end: Int, text: String)] {
        var out: [(Int, Int, String)] = []
        var i = 0
        while i < line.count {
            while i < line.count, line[i] == " " { i += 1 }
            guard i < line.count else { break }
            let start = i
            var end = i
            while end < line.count, !(line[end] == " " && (end + 1 >= line.count || line[end + 1] == " ")) { end += 1 }
            out.append((start, end, String(line[start..<end])))
            i = end
        }
        return out
    }

    /// Takes out the spaces pdftotext puts between Chinese and other characters.
    static func tidy(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        for (i, c) in chars.enumerated() {
            if c == " ", i > 0, i + 1 < chars.count, isCJK(chars[i - 1]) || isCJK(chars[i + 1]) { continue }
            out.append(c)
        }
        return TextFolding.trim(out)
    }

    /// Joins a wrapped cell's lines: no space where Chinese meets, one between Latin words.
    static func join(_ a: String, _ b: String) -> String {
        guard let last = a.last, let first = b.first else { return a + b }
        return isCJK(last) || isCJK(first) ? a + b : a + " " + b
    }

    static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x2E80...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFFEF).contains(v)
    }

    /// Page numbers and running headers and footers.
    struct Furniture {
        private var dropped: Set<[Int]> = []

        init(pages: [[[Character]]]) {
            var zones: [String: Set<Int>] = [:] // "top:text" / "bottom:text" → pages
            var candidates: [(page: Int, line: Int, key: String)] = []
            for (p, page) in pages.enumerated() {
                let filled = page.indices.filter { !page[$0].allSatisfy { $0 == " " } }
                let top = filled.prefix(2), bottom = filled.suffix(2)
                for (zone, lines) in [("top", Array(top)), ("bottom", Array(bottom))] {
                    for i in lines {
                        let text = String(page[i])
                        if Self.isPageNumber(text) { dropped.insert([p, i]); continue }
                        if HeaderVocabulary.roles(PDFLayout.segments(page[i]).map(\.text)) != nil { continue }
                        let key = zone + ":" + Self.shape(text)
                        zones[key, default: []].insert(p)
                        candidates.append((p, i, key))
                    }
                }
            }
            let pagesWithText = pages.filter { $0.contains { !$0.allSatisfy { $0 == " " } } }.count
            for c in candidates {
                let count = zones[c.key]?.count ?? 0
                if count >= 2, count * 2 >= pagesWithText { dropped.insert([c.page, c.line]) }
            }
        }

        func drops(page: Int, line: Int) -> Bool { dropped.contains([page, line]) }

        /// The line without spaces, its digits as `#`.
        static func shape(_ text: String) -> String {
            String(text.filter { $0 != " " }.map { $0.isASCII && $0.isNumber ? "#" : $0 })
        }

        /// `3`, `- 3 -`, `— 3 —`, `第 3 页`, `第3页 共10页`, `3/10`, `Page 3`.
        static func isPageNumber(_ text: String) -> Bool {
            let bare = text.filter { $0 != " " }
            guard bare.contains(where: { $0.isASCII && $0.isNumber }) else { return false }
            let rest = String(bare.filter { !($0.isASCII && $0.isNumber) }).lowercased()
            return ["", "--", "——", "－－", "第页", "第页共页", "共页第页", "/", "page", "page/", "-", "—"].contains(rest)
        }
    }

    /// Assembles lines into rows: single-cell lines outside tables, cells inside.
    ///
    /// A blank line ends a row, except at the foot and head of a page: a row broken by a page
    /// goes on below the header row the next page repeats (which is not read again).
    struct RowBuilder {
        private(set) var rows: [[String]] = []
        private var columns: [Int] = []
        private var header: [String] = []
        private var current: [String]?
        private var lastColumns: Set<Int> = []
        private var blankSince = false
        private var atPageTop = true

        mutating func add(_ line: [Character]) {
            let segs = PDFLayout.segments(line)
            guard !segs.isEmpty else { blankSince = blankSince || !atPageTop; return }
            atPageTop = false
            let texts = segs.map { PDFLayout.tidy($0.text) }
            if segs.count >= 2, HeaderVocabulary.roles(texts) != nil {
                columns = segs.map(\.start)
                blankSince = false
                if texts == header, current != nil { return } // repeated at the top of a page
                endRow()
                header = texts
                rows.append(texts)
                return
            }
            if blankSince { endRow() }
            blankSince = false
            guard !columns.isEmpty, let placed = place(segs) else {
                endRow()
                rows.append([PDFLayout.tidy(texts.joined(separator: " "))])
                return
            }
            let present = Set(placed.keys)
            if current == nil || !present.isSubset(of: lastColumns) {
                endRow()
                current = Array(repeating: "", count: columns.count)
            }
            for (c, text) in placed { current![c] = PDFLayout.join(current![c], text) }
            lastColumns = present
        }

        /// A page ends: the blank lines above its footer do not end the row.
        mutating func endPage() {
            blankSince = false
            atPageTop = true
        }

        mutating func endRow() {
            if var row = current {
                row = row.map(PDFLayout.tidy)
                while row.last == "" { row.removeLast() }
                rows.append(row)
            }
            current = nil
            lastColumns = []
        }

        /// Each run in the column it starts in; nil when a run crosses into the next column.
        private func place(_ segs: [(start: Int, end: Int, text: String)]) -> [Int: String]? {
            var out: [Int: String] = [:]
            for s in segs {
                let c = max(0, (columns.lastIndex { $0 <= s.start + 2 }) ?? 0)
                if c + 1 < columns.count, s.end > columns[c + 1] + 1 { return nil }
                out[c] = out[c].map { PDFLayout.join($0, s.text) } ?? s.text
            }
            return out
        }
    }
}
