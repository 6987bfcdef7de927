import TaizhangCore

/// A grid of cells that screens draw into and the terminal adapter copies to the terminal.
///
/// Drawing is plain value manipulation, so every screen can be tested by reading `lines()`
/// without a terminal. Everything written goes through `VisibleText.sanitize`, so no text
/// can reach the terminal as a control sequence, and through `DisplayWidth`, so wide
/// characters take two cells and are never cut in half: not at the right edge, not at a
/// `maxWidth`, not when something narrower is drawn over one half later.
public struct ScreenBuffer: Hashable, Sendable {
    public let rows: Int
    public let cols: Int
    private(set) var cells: [Cell]

    /// A blank buffer; negative sizes count as zero.
    public init(rows: Int, cols: Int) {
        self.rows = max(rows, 0)
        self.cols = max(cols, 0)
        cells = Array(repeating: .blank, count: self.rows * self.cols)
    }

    public var size: TerminalSize { TerminalSize(rows: rows, cols: cols) }

    /// The cell at a position; blank outside the buffer.
    public func cell(row: Int, col: Int) -> Cell {
        contains(row: row, col: col) ? cells[row * cols + col] : .blank
    }

    /// Writes text on one row, starting at `col`, and returns the columns used.
    ///
    /// Control characters are made visible first. Text stops at the right edge and after
    /// `maxWidth` columns; a wide character that would straddle either limit is replaced by
    /// one space in `style`, so the row ends cleanly. Zero-width characters are skipped.
    /// Nothing is drawn when `row` or `col` is outside the buffer.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, maxWidth: Int? = nil, style: CellStyle = .plain) -> Int {
        guard contains(row: row, col: col) else { return 0 }
        let limit = min(cols - col, max(maxWidth ?? cols, 0))
        var used = 0
        let glyphs = Glyphs.current
        for original in VisibleText.sanitize(text) {
            let character = glyphs.draw(original)
            let width = DisplayWidth.width(character)
            if width == 0 { continue }
            if used + width > limit {
                if used < limit { place(" ", width: 1, row: row, col: col + used, style: style); used += 1 }
                break
            }
            place(String(character), width: width, row: row, col: col + used, style: style)
            used += width
        }
        return used
    }

    /// Blanks the columns `from..<to` of a row (to the right edge when `to` is nil) in `style`.
    public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: CellStyle = .plain) {
        guard row >= 0 && row < rows else { return }
        for col in columns(from: from, to: to) {
            place(" ", width: 1, row: row, col: col, style: style)
        }
    }

    /// Changes the style of `from..<to` on a row and keeps its text (a highlight bar).
    public mutating func restyle(row: Int, from: Int = 0, to: Int? = nil, style: CellStyle) {
        guard row >= 0 && row < rows else { return }
        for col in columns(from: from, to: to) {
            cells[row * cols + col].style = style
        }
    }

    /// Blanks the whole buffer.
    public mutating func clear() {
        cells = Array(repeating: .blank, count: rows * cols)
    }

    /// Plain text per row with trailing spaces trimmed: what a snapshot test compares.
    public func lines() -> [String] {
        (0..<rows).map(line)
    }

    /// Plain text of one row with trailing spaces trimmed.
    public func line(_ row: Int) -> String {
        guard row >= 0 && row < rows else { return "" }
        var text = cells[row * cols ..< (row + 1) * cols].map(\.text).joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    func contains(row: Int, col: Int) -> Bool {
        row >= 0 && row < rows && col >= 0 && col < cols
    }

    func columns(from: Int, to: Int?) -> Range<Int> {
        let start = min(max(from, 0), cols)
        return start ..< max(start, min(to ?? cols, cols))
    }

    /// Stores a grapheme of `width` cells at a position, first breaking any wide character
    /// that either cell would cut in half.
    mutating func place(_ text: String, width: Int, row: Int, col: Int, style: CellStyle) {
        let index = row * cols + col
        breakWideCharacter(at: index, col: col)
        if width == 2 { breakWideCharacter(at: index + 1, col: col + 1) }
        cells[index] = Cell(text, style: style)
        if width == 2 { cells[index + 1] = Cell("", style: style) }
    }

    /// Replaces the other half of a wide character that covers this cell by a space.
    mutating func breakWideCharacter(at index: Int, col: Int) {
        if cells[index].isContinuation, col > 0 {
            cells[index - 1].text = " "
            cells[index].text = " "
        } else if col + 1 < cols, cells[index + 1].isContinuation {
            cells[index + 1].text = " "
        }
    }
}
