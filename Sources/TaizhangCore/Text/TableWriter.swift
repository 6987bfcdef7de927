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
    func write(_ row: [String], widths: [Int], to bytes: inout ByteBuffer) {
        let parts = row.indices.map { i in self.parts(of: row[i], width: widths[i], column: i) }
        let height = parts.map(\.count).max() ?? 1
        for n in 0..<height {
            let start = bytes.count
            for i in row.indices {
                if i > 0 { bytes.append(repeating: 0x20, count: layout.gap) }
                let part = n < parts[i].count ? parts[i][n] : Part()
                write(part, of: row[i], column: i, last: i == row.count - 1, to: &bytes)
            }
            while bytes.count > start && bytes.last == 0x20 { bytes.removeLast() }
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
    private func write(_ part: Part, of cell: String, column i: Int, last: Bool, to bytes: inout ByteBuffer) {
        let room = layout.widths[i]
        if part.width > room && !last {
            let text = part.own ?? String(cell.utf8.dropFirst(part.start).prefix(part.end - part.start))!
            bytes.append(utf8: rightAligned[i] ? DisplayWidth.padLeft(text, to: room) : DisplayWidth.pad(text, to: room))
            return
        }
        if rightAligned[i] { bytes.append(repeating: 0x20, count: room - part.width) }
        if let own = part.own { bytes.append(utf8: own) } else { append(cell, part.start..<part.end, to: &bytes) }
        if !rightAligned[i] && !last { bytes.append(repeating: 0x20, count: room - part.width) }
    }

    private func append(_ cell: String, _ range: Range<Int>, to bytes: inout ByteBuffer) {
        guard !range.isEmpty else { return }
        var cell = cell
        cell.withUTF8 { bytes.append(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
