import CNCurses
import TaizhangCore
import TaizhangUI

/// Drawing: only the cells that differ from the last frame are handed to ncurses.
///
/// ncurses compares its own copy of the screen with what it was told and sends the bytes
/// for the difference. Our diff spares it (and us) the work of re-describing the other
/// rows; a cursor move in a list touches two rows and the status line.
extension NCursesTerminal {
    public func draw(_ buffer: ScreenBuffer, cursor: ScreenPosition?) {
        guard !isStopped else { return }
        stage(buffer)
        place(cursor: cursor, within: buffer.size)
        wrefresh(tz_stdscr())
    }

    /// Writes the changed runs into stdscr without refreshing (tests inspect this state).
    func stage(_ buffer: ScreenBuffer) {
        let runs: [ScreenBuffer.Run]
        if let previous, previous.size == buffer.size {
            runs = buffer.changedRuns(since: previous)
        } else {
            werase(tz_stdscr())
            runs = buffer.changedRuns(since: ScreenBuffer(rows: 0, cols: 0))
        }
        for run in runs { write(run) }
        previous = buffer
    }

    func write(_ run: ScreenBuffer.Run) {
        var characters: [cchar_t] = []
        characters.reserveCapacity(run.cells.count)
        for cell in run.cells where !cell.isContinuation { characters.append(character(for: cell)) }
        // add_wchnstr neither wraps nor moves the cursor, so the bottom-right cell is safe.
        _ = mvwadd_wchnstr(tz_stdscr(), Int32(run.row), Int32(run.col), characters, Int32(characters.count))
    }

    func character(for cell: Cell) -> cchar_t {
        var result = cchar_t()
        let (attributes, pair) = palette.render(cell.style)
        let wide = Self.wideCharacters(cell.text)
        _ = setcchar(&result, wide, attributes, pair, nil)
        return result
    }

    /// The cell's spacing character followed by its combining marks, NUL-terminated.
    ///
    /// setcchar accepts one spacing character plus up to four zero-width ones; the other
    /// scalars of an emoji sequence are dropped, leaving its first emoji.
    static func wideCharacters(_ text: String) -> [wchar_t] {
        var out: [wchar_t] = []
        for scalar in text.unicodeScalars {
            if out.isEmpty {
                if DisplayWidth.width(scalar) > 0 { out.append(wchar_t(scalar.value)) }
            } else if out.count < 5, isCombining(scalar) {
                out.append(wchar_t(scalar.value))
            }
        }
        if out.isEmpty { out.append(wchar_t(UInt8(ascii: " "))) }
        out.append(0)
        return out
    }

    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Shows the cursor at a position, or hides it; hidden, ncurses need not move it back
    /// after an update (leaveok), which saves bytes on every frame.
    func place(cursor: ScreenPosition?, within size: TerminalSize) {
        let window = tz_stdscr()
        let visible = cursor.map { $0.row >= 0 && $0.row < size.rows && $0.col >= 0 && $0.col < size.cols } ?? false
        if visible, let cursor { wmove(window, Int32(cursor.row), Int32(cursor.col)) }
        leaveok(window, !visible)
        if cursorShown != visible {
            curs_set(visible ? 1 : 0)
            cursorShown = visible
        }
    }
}
