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
