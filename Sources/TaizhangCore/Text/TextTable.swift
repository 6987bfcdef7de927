/// A plain-text table for the command line, measured in display columns so that Chinese
/// (two columns a character) and ASCII line up, fitted to the terminal's width.
///
/// What may give way when the width is short, in this order: the flexible column (the task's
/// text) wraps onto more lines, down to a quarter of the width; headings wrap onto two lines;
/// the gap narrows; identifying columns wrap their rarest long cells (down to what nine rows
/// in ten need); headings wrap onto three and four lines; other columns are cut with `…`;
/// identifying columns wrap further; last, the flexible column narrows to 8. Identifying columns (ids, unit names, dates) are never cut:
/// a list that shows `市公…` twice tells nobody which unit is meant.
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

    /// Many rows at once, made safe on all cores (a list adds tens of thousands).
    public mutating func add(rows new: [[String]]) {
        rows += Parallel.map(Parallel.chunks(new.count, minimumChunk: 2000)) { chunk in
            chunk.map { new[$0].map { VisibleText.sanitize($0) } }
        }.flatMap { $0 }
    }

    /// Renders within `width` display columns, or with every row on one line (`wide`).
    public func render(width: Int, wide: Bool = false) -> String {
        String(decoding: renderUTF8(width: width, wide: wide), as: UTF8.self)
    }

    /// `render` as UTF-8, for a list of thousands of rows written straight out. The rows are
    /// measured and written on all cores, in consecutive chunks joined in order.
    public func renderUTF8(width: Int, wide: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        write(width: width, wide: wide) { out += $0 }
        return out
    }

    /// The table as UTF-8 handed to `emit` piece by piece, its rows made on all cores a round
    /// at a time (`Parallel.render`): the table of a large ledger is megabytes, never held whole.
    public func write(width: Int, wide: Bool = false, emit: (UnsafeRawBufferPointer) -> Void) {
        let measured = cellWidths()
        let layout = wide ? Layout(natural: self, measured) : Layout(fitting: self, into: width, measured)
        let rightAligned = columns.map(\.alignRight)
        var head = Array(header(layout).joined().utf8)
        head += joined(layout.widths.map { String(repeating: Glyphs.current.horizontal, count: $0) }, layout, right: []).utf8
        head.withUnsafeBytes(emit)
        Parallel.render(count: rows.count, minimumChunk: 1000) { chunk, buffer in
            let writer = TableWriter(layout: layout, rightAligned: rightAligned)
            for r in chunk { writer.write(rows[r], widths: measured.map { $0[r] }, to: &buffer) }
        } emit: { emit($0) }
    }

    /// The width of every cell, column by column: measured once, for the layout and the rows.
    func cellWidths() -> [[Int]] {
        columns.indices.map { i in
            Parallel.map(Parallel.chunks(rows.count, minimumChunk: 4000)) { chunk in
                chunk.map { r in
                    var cell = rows[r][i]
                    return cell.withUTF8 { DisplayWidth.width(utf8: $0, 0..<$0.count) }
                }
            }.flatMap { $0 }
        }
    }

    /// Column widths, the gap between columns, and which columns wrap.
    struct Layout {
        var widths: [Int]
        var gap = 2
        var wraps: Set<Int> = []

        init(natural table: TextTable, _ measured: [[Int]]? = nil) {
            let measured = measured ?? table.cellWidths()
            widths = table.columns.indices.map { max(DisplayWidth.width(table.columns[$0].title), measured[$0].max() ?? 0) }
        }

        init(fitting table: TextTable, into width: Int, _ measured: [[Int]]? = nil) {
            let columns = table.columns
            // Every cell measured once: a list of 16,900 tasks measured them five times over.
            let measured = measured ?? table.cellWidths()
            let cellsWidths = measured.map { $0.max() ?? 0 }
            widths = columns.indices.map { i in
                let w = max(DisplayWidth.width(columns[i].title), cellsWidths[i])
                return columns[i].identifying || columns[i].flexible ? w : min(w, columns[i].maxWidth)
            }
            func over() -> Int { widths.reduce(0, +) + gap * max(0, widths.count - 1) - width }
            let flexible = columns.firstIndex(where: \.flexible)
            // The task's text keeps a quarter of the width while other columns can give.
            let flexibleLeast = flexible.map { min(widths[$0], max(8, width / 4)) } ?? 0
            if let f = flexible, over() > 0 {
                widths[f] = max(flexibleLeast, widths[f] - over())
                wraps.insert(f)
            }
            func wrapHeadings(onto lines: Int) {
                for i in columns.indices where over() > 0 {
                    let title = DisplayWidth.width(columns[i].title), content = cellsWidths[i]
                    if title > content { widths[i] = min(widths[i], max(content, (title + lines - 1) / lines, 2)) }
                }
            }
            wrapHeadings(onto: 2)
            if over() > 0 { gap = 1 }
            // One long unit name must not squeeze every row's text, nor break every heading
            // into pieces: an identifying column comes down to what nine rows in ten need, and
            // its longer names wrap.
            for i in columns.indices where over() > 0 && columns[i].identifying {
                let typical = max(6, Self.usualWidth(measured[i]))
                if widths[i] > typical {
                    widths[i] -= min(widths[i] - typical, over())
                    wraps.insert(i)
                }
            }
            wrapHeadings(onto: 3)
            wrapHeadings(onto: 4)
            while over() > 0, let i = widths.indices.filter({ !columns[$0].identifying && !wraps.contains($0) && widths[$0] > 4 })
                    .max(by: { widths[$0] < widths[$1] }) {
                widths[i] -= 1
            }
            while over() > 0, let i = widths.indices.filter({ columns[$0].identifying && widths[$0] > 6 })
                    .max(by: { widths[$0] < widths[$1] }) {
                widths[i] -= 1
                wraps.insert(i)
            }
            if let f = flexible, over() > 0 { widths[f] = max(8, widths[f] - over()) }
        }

        /// The width nine cells in ten of a column fit in.
        static func usualWidth(_ cellWidths: [Int]) -> Int {
            let sorted = cellWidths.sorted()
            return sorted.isEmpty ? 0 : sorted[(sorted.count - 1) * 9 / 10]
        }
    }


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

    /// One line of cells, padded to their columns, trailing spaces dropped. Written into one
    /// string: a long list writes hundreds of thousands of these lines.
    func joined(_ cells: [String], _ layout: Layout, right: Set<Int>) -> String {
        var line = ""
        for (i, cell) in cells.enumerated() {
            if i > 0 { line += DisplayWidth.spaces(layout.gap) }
            if right.contains(i) { line += DisplayWidth.padLeft(cell, to: layout.widths[i]) }
            else if i == cells.count - 1 { line += cell }
            else { line += DisplayWidth.pad(cell, to: layout.widths[i]) }
        }
        while line.utf8.last == 0x20 { line.removeLast() }
        return line + "\n"
    }
}
