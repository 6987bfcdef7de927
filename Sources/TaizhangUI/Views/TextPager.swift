/// A page of lines longer than the window, scrolled by a first-line offset (task, help).
struct TextPager: Hashable, Sendable {
    private(set) var offset = 0

    /// Scrolls for a movement command; false for other commands.
    mutating func navigate(_ command: AppCommand, lineCount: Int, height: Int) -> Bool {
        let last = max(lineCount - height, 0)
        switch command {
        case .down: offset += 1
        case .up: offset -= 1
        case .pageDown: offset += max(height - 1, 1)
        case .pageUp: offset -= max(height - 1, 1)
        case .first: offset = 0
        case .last: offset = last
        default: return false
        }
        offset = min(max(offset, 0), last)
        return true
    }

    /// Keeps the offset within the page after the text or the window changed.
    mutating func clamp(lineCount: Int, height: Int) {
        offset = min(max(offset, 0), max(lineCount - height, 0))
    }

    /// Draws the visible lines into `rows` rows from `top`.
    func draw(_ lines: [StyledLine], into buffer: inout ScreenBuffer, top: Int, rows: Int, width: Int) {
        let first = min(offset, max(lines.count - rows, 0))
        for (i, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            line.draw(into: &buffer, row: top + i, col: 1, width: width - 1)
        }
    }
}
