/// A plain-text table for the command line, measured in display columns so that Chinese
/// (two columns a character) and ASCII line up, fitted to the terminal's width.
///
/// What may give way when the width is short, in this order: the flexible column (the task's
/// text) wraps onto more lines; headings wrap onto two lines; the gap narrows; other columns
/// are cut with `…`; last, identifying columns wrap. Identifying columns (ids, unit names,
/// dates) are never cut: a list that shows `市公…` twice tells nobody which unit is meant.
public struct TextTable {
    public struct Column {
        public var title: String
        /// The column takes the width left over by the others and wraps (the task's text).
        public var flexible: Bool
        public var alignRight: Bool
        public var maxWidth: Int
        /// Never cut: shown in full, wrapped only when nothing else is left to give.
        public var identifying: Bool

        public init(_ title: String, flexible: Bool = false, alignRight: Bool = false, maxWidth: Int = 40, identifying: Bool = false) {
            self.title = title
            self.flexible = flexible
            self.alignRight = alignRight
            self.maxWidth = maxWidth
            self.identifying = identifying
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(_ columns: [Column]) { self.columns = columns }

    public mutating func add(_ row: [String]) { rows.append(row.map { VisibleText.sanitize($0) }) }

    /// Renders within `width` display columns, or with every row on one line (`wide`).
    public func render(width: Int, wide: Bool = false) -> String {
        let layout = wide ? Layout(natural: self) : Layout(fitting: self, into: width)
        var out = ""
        for line in header(layout) { out += line }
        out += joined(layout.widths.map { String(repeating: Glyphs.current.horizontal, count: $0) }, layout, right: [])
        for row in rows { out += lines(of: row, layout).joined() }
        return out
    }

    /// Column widths, the gap between columns, and which columns wrap.
    struct Layout {
        var widths: [Int]
        var gap = 2
        var wraps: Set<Int> = []

        init(natural table: TextTable) {
            widths = table.columns.indices.map { table.contentWidth($0) }
        }

        init(fitting table: TextTable, into width: Int) {
            let columns = table.columns
            widths = columns.indices.map { i in
                let w = table.contentWidth(i)
                return columns[i].identifying || columns[i].flexible ? w : min(w, columns[i].maxWidth)
            }
            func over() -> Int { widths.reduce(0, +) + gap * max(0, widths.count - 1) - width }
            if let f = columns.firstIndex(where: \.flexible), over() > 0 {
                widths[f] = max(8, widths[f] - over())
                wraps.insert(f)
            }
            for lines in [2, 3, 4] {                       // headings on two lines, then more
                for i in columns.indices where over() > 0 {
                    let title = DisplayWidth.width(columns[i].title), content = table.cellsWidth(i)
                    if title > content { widths[i] = min(widths[i], max(content, (title + lines - 1) / lines, 2)) }
                }
            }
            if over() > 0 { gap = 1 }
            while over() > 0, let i = widths.indices.filter({ !columns[$0].identifying && !wraps.contains($0) && widths[$0] > 4 })
                    .max(by: { widths[$0] < widths[$1] }) {
                widths[i] -= 1
            }
            while over() > 0, let i = widths.indices.filter({ columns[$0].identifying && widths[$0] > 6 })
                    .max(by: { widths[$0] < widths[$1] }) {
                widths[i] -= 1
                wraps.insert(i)
            }
        }
    }

    func cellsWidth(_ i: Int) -> Int { rows.map { DisplayWidth.width($0[i]) }.max() ?? 0 }
    func contentWidth(_ i: Int) -> Int { max(DisplayWidth.width(columns[i].title), cellsWidth(i)) }

    /// The heading, on two lines where a title is wider than its column.
    func header(_ layout: Layout) -> [String] {
        let titles = columns.enumerated().map { i, c in
            DisplayWidth.width(c.title) > layout.widths[i] ? DisplayWidth.wrap(c.title, width: layout.widths[i]) : [c.title]
        }
        let height = titles.map(\.count).max() ?? 1
        return (0..<height).map { n in
            joined(titles.map { n < $0.count ? $0[n] : "" }, layout, right: Set(columns.indices.filter { columns[$0].alignRight }))
        }
    }

    /// One row as one or more lines: wrapping cells continue below, the others stay on the first.
    func lines(of row: [String], _ layout: Layout) -> [String] {
        let cells = row.enumerated().map { i, cell in
            layout.wraps.contains(i) ? DisplayWidth.wrap(cell, width: layout.widths[i]) : [DisplayWidth.truncate(cell, to: layout.widths[i])]
        }
        let height = cells.map(\.count).max() ?? 1
        let right = Set(columns.indices.filter { columns[$0].alignRight })
        return (0..<height).map { n in joined(cells.map { n < $0.count ? $0[n] : "" }, layout, right: right) }
    }

    func joined(_ cells: [String], _ layout: Layout, right: Set<Int>) -> String {
        var parts: [String] = []
        for (i, cell) in cells.enumerated() {
            let last = i == cells.count - 1
            if right.contains(i) { parts.append(DisplayWidth.padLeft(cell, to: layout.widths[i])) }
            else { parts.append(last ? cell : DisplayWidth.pad(cell, to: layout.widths[i])) }
        }
        var line = parts.joined(separator: String(repeating: " ", count: layout.gap))
        while line.last == " " { line.removeLast() }
        return line + "\n"
    }
}
