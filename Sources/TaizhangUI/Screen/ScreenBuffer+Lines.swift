import TaizhangCore

/// Box drawing with the frame characters of `Glyphs.current`: Unicode lines (U+2500 block),
/// or ASCII where the terminal draws ambiguous characters two columns wide.
///
/// Drawn as ordinary one-column characters rather than the terminal's alternate character
/// set: in a UTF-8 terminal they always look right, while ACS came out as `lqqqk` in tmux
/// with a forced TERM (docs/tui-design.md).
extension ScreenBuffer {
    /// A horizontal line over `from..<to` (to the right edge when `to` is nil).
    public mutating func hline(row: Int, from: Int = 0, to: Int? = nil, style: CellStyle = .plain) {
        guard row >= 0 && row < rows else { return }
        for col in columns(from: from, to: to) {
            place(Glyphs.current.horizontal, width: 1, row: row, col: col, style: style)
        }
    }

    /// A vertical line over rows `from..<to` (to the bottom when `to` is nil).
    public mutating func vline(col: Int, from: Int = 0, to: Int? = nil, style: CellStyle = .plain) {
        guard col >= 0 && col < cols else { return }
        let start = min(max(from, 0), rows)
        for row in start ..< max(start, min(to ?? rows, rows)) {
            place(Glyphs.current.vertical, width: 1, row: row, col: col, style: style)
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
        let corner = Glyphs.current.corner
        for (row, col, glyph) in [(top, left, corner.topLeft), (top, right, corner.topRight),
                                  (bottom, left, corner.bottomLeft), (bottom, right, corner.bottomRight)]
        where contains(row: row, col: col) {
            place(glyph, width: 1, row: row, col: col, style: style)
        }
        if let title, width > 4, contains(row: top, col: left + 2) {
            put(" \(title) ", row: top, col: left + 2, maxWidth: width - 4, style: style)
        }
    }
}
