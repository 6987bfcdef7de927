/// A document an office sends (a 督办通报, a completion 通报) as blocks of text, built once and
/// written as Markdown, as terminal text or as a Word file (`DocxWriter`): the three forms
/// cannot differ in wording, punctuation or folding because they share these blocks.
public struct OfficialDocument: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        /// The centred title (方正小标宋简体 二号 in Word).
        case title(String)
        /// A first-level heading (一、… in 黑体), here a unit's name.
        case heading(String)
        /// Running text, indented two characters in Word.
        case paragraph(String)
        case table(DocumentTable)
        /// The issuing office and the date, at the end, right-aligned in Word.
        case signature(office: String, date: String)
    }

    public var blocks: [Block]

    public init(_ blocks: [Block] = []) { self.blocks = blocks }

    /// Markdown for mail: the same words, tables as pipes, nothing cut.
    public func markdown() -> String {
        var out: [String] = []
        for block in blocks {
            switch block {
            case .title(let t): out.append("# " + MarkdownTable.cell(t))
            case .heading(let h): out.append("## " + MarkdownTable.cell(h))
            case .paragraph(let p): out.append(VisibleText.sanitize(p))
            case .table(let t):
                var table = MarkdownTable(t.header, numeric: t.numeric)
                t.rows.forEach { table.add($0) }
                out.append(String(table.render().dropLast()))
            case .signature(let office, let date): out.append(VisibleText.sanitize(office) + "  \n" + date)
            }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// Plain text for the terminal, tables fitted to `width` columns (or one line a row, `wide`).
    public func text(width: Int, wide: Bool = false) -> String {
        String(decoding: textUTF8(width: width, wide: wide), as: UTF8.self)
    }

    /// `text` as UTF-8: an overdue list of thousands of rows is made once, not copied as strings.
    public func textUTF8(width: Int, wide: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        for (n, block) in blocks.enumerated() {
            if n > 0 { out += [0x0A, 0x0A] }
            switch block {
            case .title(let t): out += VisibleText.sanitize(t).utf8
            case .heading(let h): out += VisibleText.sanitize(h).utf8
            case .paragraph(let p):
                let text = VisibleText.sanitize(p)
                out += (wide ? text : DisplayWidth.wrap(text, width: max(20, width)).joined(separator: "\n")).utf8
            case .table(let t):
                var table = TextTable(t.header.enumerated().map { i, title in
                    TextTable.Column(title, flexible: i == t.flexible, alignRight: t.numeric.contains(i), maxWidth: t.maxWidths[i] ?? 40,
                                     identifying: t.identifying.contains(i))
                })
                table.add(rows: t.rows)
                table.write(width: width, wide: wide) { out += $0 }
                if out.last == 0x0A { out.removeLast() }
            case .signature(let office, let date): out += (VisibleText.sanitize(office) + "\n" + date).utf8
            }
        }
        out.append(0x0A)
        return out
    }
}

/// A table of a document: a header row (repeated on every page in Word) and text rows.
public struct DocumentTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns of numbers, aligned right.
    public var numeric: Set<Int>
    /// Relative column widths for Word (they are scaled to the page).
    public var widths: [Int]
    /// The column that takes the room left in a terminal (the requirement).
    public var flexible: Int?
    /// Terminal column limits, by column.
    public var maxWidths: [Int: Int]
    /// Columns never cut in a terminal (ids, unit names, dates): `TextTable`'s identifying columns.
    public var identifying: Set<Int>

    public init(header: [String], rows: [[String]] = [], numeric: Set<Int> = [], widths: [Int] = [], flexible: Int? = nil,
                maxWidths: [Int: Int] = [:], identifying: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.numeric = numeric
        self.widths = widths
        self.flexible = flexible
        self.maxWidths = maxWidths
        self.identifying = identifying
    }
}
