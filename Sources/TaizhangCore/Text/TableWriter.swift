/// Writes a `TextTable`'s rows as UTF-8, copying each cell's bytes straight into the output.
///
/// A list of 16,900 tasks is 300,000 lines: made as strings (a string per wrapped line, per
/// padded cell, per joined line) they cost more than reading the ledger. Here a wrapped cell
/// is a list of byte ranges of its own text, and a line is written once.
struct TableWriter {
    let layout: TextTable.Layout
    /// Columns aligned right (figures), and columns that wrap, by column.
    let rightAligned: [Bool]
    let wraps: [Bool]
    var bytes: [UInt8] = []

    /// A cell's text on one output line: a range of the cell's bytes, or text of its own
    /// (a cell cut to its column).
    private struct Part {
        var start = 0
        var end = 0
        var width = 0
        var own: String?
    }

    init(layout: TextTable.Layout, rightAligned: [Bool]) {
        self.layout = layout
        self.rightAligned = rightAligned
        wraps = rightAligned.indices.map(layout.wraps.contains)
    }

    /// One row, whose cells are `widths` wide: wrapping cells continue below, the others stay
    /// on the first line.
    mutating func write(_ row: [String], widths: [Int]) {
        let parts = row.indices.map { i in self.parts(of: row[i], width: widths[i], column: i) }
        let height = parts.map(\.count).max() ?? 1
        for n in 0..<height {
            let start = bytes.count
            for i in row.indices {
                if i > 0 { appendSpaces(layout.gap) }
                let part = n < parts[i].count ? parts[i][n] : Part()
                write(part, of: row[i], column: i, last: i == row.count - 1)
            }
            while bytes.count > start && bytes[bytes.count - 1] == 0x20 { bytes.removeLast() }
            bytes.append(0x0A)
        }
    }

    /// A cell's lines: wrapped when its column wraps, else the cell cut to its column.
    private func parts(of cell: String, width: Int, column i: Int) -> [Part] {
        let room = layout.widths[i]
        if wraps[i] {
            var contiguous = cell
            return contiguous.withUTF8 { utf8 in
                DisplayWidth.wrappedLines(cell, utf8, width: room).map { Part(start: $0.start, end: $0.end, width: $0.width) }
            }
        }
        if width <= room { return [Part(start: 0, end: cell.utf8.count, width: width)] }
        let (cut, used) = DisplayWidth.fitted(cell, to: room)
        return [Part(width: used, own: cut)]
    }

    /// One cell's part padded to its column: right-aligned, left-aligned, or as it is in the
    /// last column. A part wider than its column (one wide character in a column of one) is
    /// cut the way `DisplayWidth.pad` cuts.
    private mutating func write(_ part: Part, of cell: String, column i: Int, last: Bool) {
        let room = layout.widths[i]
        if part.width > room && !last {
            let text = part.own ?? String(cell.utf8.dropFirst(part.start).prefix(part.end - part.start))!
            bytes += Array((rightAligned[i] ? DisplayWidth.padLeft(text, to: room) : DisplayWidth.pad(text, to: room)).utf8)
            return
        }
        if rightAligned[i] { appendSpaces(room - part.width) }
        if let own = part.own { bytes += own.utf8 } else { append(cell, part.start..<part.end) }
        if !rightAligned[i] && !last { appendSpaces(room - part.width) }
    }

    private mutating func append(_ cell: String, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let copied: Void? = cell.utf8.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0[range]) }
        if copied == nil { bytes += Array(cell.utf8)[range] }
    }

    private mutating func appendSpaces(_ count: Int) {
        if count > 0 { bytes.append(contentsOf: repeatElement(0x20, count: count)) }
    }
}
