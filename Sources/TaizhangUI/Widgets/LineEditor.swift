import TaizhangCore

/// A one-line text field: the state and keys of every "type a note / a date" prompt.
///
/// Edits whole characters (graphemes), so the cursor steps over a Chinese character in one
/// press and Backspace removes all of it, however many bytes or columns it takes.
public struct LineEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Insertion point, as an index into `characters`.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(VisibleText.sanitize(text))
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; false for keys a field does not use (Enter, Escape, Up…),
    /// which the screen then handles.
    public mutating func handle(_ key: KeyEvent) -> Bool {
        switch key {
        case .character(let c): insert(c)
        case .left: cursor = max(cursor - 1, 0)
        case .right: cursor = min(cursor + 1, characters.count)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace, .control("h"): if cursor > 0 { cursor -= 1; characters.remove(at: cursor) }
        case .delete, .control("d"): if cursor < characters.count { characters.remove(at: cursor) }
        case .control("u"): characters.removeSubrange(0..<cursor); cursor = 0
        case .control("k"): characters.removeSubrange(cursor...)
        default: return false
        }
        return true
    }

    /// Inserts at the cursor; a newline or tab becomes a space (a field is one line) and
    /// other controls their visible stand-ins, so what is shown is what is stored.
    public mutating func insert(_ character: Character) {
        let plain = character.isNewline || character == "\t" ? " " : String(character)
        for c in VisibleText.sanitize(plain) {
            characters.insert(c, at: cursor)
            cursor += 1
        }
    }

    /// Draws the field into `width` columns, scrolled so the cursor is visible, and returns
    /// where the terminal cursor belongs.
    public func draw(into buffer: inout ScreenBuffer, row: Int, col: Int, width: Int, style: CellStyle = .plain) -> ScreenPosition {
        buffer.fill(row: row, from: col, to: col + width, style: style)
        let start = firstVisible(width: width)
        buffer.put(String(characters[start...]), row: row, col: col, maxWidth: width, style: style)
        let before = DisplayWidth.width(String(characters[start..<cursor]))
        return ScreenPosition(row: row, col: col + before)
    }

    /// Draws the text wrapped over `height` rows of `width` columns (a note in its box), the
    /// rows scrolled so that the cursor's row is shown; returns where the cursor belongs.
    public func drawWrapped(into buffer: inout ScreenBuffer, row: Int, col: Int, width: Int, height: Int,
                            style: CellStyle = .plain) -> ScreenPosition {
        let (lines, cursorLine, cursorCol) = wrapped(width: max(width - 1, 1))
        let first = max(0, cursorLine - height + 1)
        for r in 0..<height {
            buffer.fill(row: row + r, from: col, to: col + width, style: style)
            let n = first + r
            if n < lines.count { buffer.put(lines[n], row: row + r, col: col, maxWidth: width, style: style) }
        }
        return ScreenPosition(row: row + cursorLine - first, col: col + cursorCol)
    }

    /// The text in lines of at most `width` columns, cut between characters, and the cursor's
    /// line and column.
    func wrapped(width: Int) -> (lines: [String], cursorLine: Int, cursorCol: Int) {
        var lines = [""], used = 0
        var cursorAt = (0, 0)
        for (i, c) in characters.enumerated() {
            let w = DisplayWidth.width(c)
            if used + w > width { lines.append(""); used = 0 }
            if i == cursor { cursorAt = (lines.count - 1, used) }
            lines[lines.count - 1].append(c)
            used += w
        }
        if cursor == characters.count {
            if used >= width { lines.append(""); used = 0 }
            cursorAt = (lines.count - 1, used)
        }
        return (lines, cursorAt.0, cursorAt.1)
    }

    /// The first character shown: 0 when the text up to the cursor fits, else as few
    /// characters dropped on the left as needed to leave a column for the cursor.
    func firstVisible(width: Int) -> Int {
        var start = cursor
        var used = 0
        while start > 0 {
            let w = DisplayWidth.width(characters[start - 1])
            if used + w > width - 1 { break }
            used += w
            start -= 1
        }
        return start
    }
}
