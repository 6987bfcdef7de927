/// Box drawing with Unicode line characters (U+2500 block).
///
/// Drawn as ordinary one-column characters rather than the terminal's alternate character
/// set: in a UTF-8 terminal they always look right, while ACS came out as `lqqqk` in tmux
/// with a forced TERM (see FACTS.md).
extension ScreenBuffer {
    public enum LineGlyph {
        public static let horizontal = "─"
        public static let vertical = "│"
        public static let topLeft = "┌"
        public static let topRight = "┐"
        public static let bottomLeft = "└"
        public static let bottomRight = "┘"
        public static let teeLeft = "├"
        public static let teeRight = "┤"
    }

    /// A horizontal line over `from..<to` (to the right edge when `to` is nil).
    public mutating func hline(row: Int, from: Int = 0, to: Int? = nil, style: CellStyle = .plain) {
        guard row >= 0 && row < rows else { return }
        for col in columns(from: from, to: to) {
            place(LineGlyph.horizontal, width: 1, row: row, col: col, style: style)
        }
    }

    /// A vertical line over rows `from..<to` (to the bottom when `to` is nil).
    public mutating func vline(col: Int, from: Int = 0, to: Int? = nil, style: CellStyle = .plain) {
        guard col >= 0 && col < cols else { return }
        let start = min(max(from, 0), rows)
        for row in start ..< max(start, min(to ?? rows, rows)) {
            place(LineGlyph.vertical, width: 1, row: row, col: col, style: style)
        }
    }

    /// A frame whose outer corners are at `top, left` and `top + height - 1, left + width - 1`,
    /// with an optional title set into the top edge. Parts outside the buffer are clipped.
    public mutating func box(top: Int, left: Int, height: Int, width: Int, title: String? = nil, style: CellStyle = .plain) {
        guard height >= 2 && width >= 2 else { return }
        let bottom = top + height - 1
        let right = left + width - 1
        hline(row: top, from: left + 1, to: right, style: style)
        hline(row: bottom, from: left + 1, to: right, style: style)
        vline(col: left, from: top + 1, to: bottom, style: style)
        vline(col: right, from: top + 1, to: bottom, style: style)
        for (row, col, glyph) in [(top, left, LineGlyph.topLeft), (top, right, LineGlyph.topRight),
                                  (bottom, left, LineGlyph.bottomLeft), (bottom, right, LineGlyph.bottomRight)]
        where contains(row: row, col: col) {
            place(glyph, width: 1, row: row, col: col, style: style)
        }
        if let title, width > 4, contains(row: top, col: left + 2) {
            put(" \(title) ", row: top, col: left + 2, maxWidth: width - 4, style: style)
        }
    }
}
