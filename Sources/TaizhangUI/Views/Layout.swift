/// Where the parts of the screen go for a window size; computed, never stored.
///
/// Row 0 names the screens, row 1 holds column titles, the body follows, and the last two
/// rows are the status line and the key hints.
struct Layout: Hashable, Sendable {
    let size: TerminalSize

    var cols: Int { size.cols }
    var tabRow: Int { 0 }
    var headerRow: Int { 1 }
    var bodyTop: Int { 2 }
    /// Rows for list content (at least one, however small the window).
    var bodyRows: Int { max(size.rows - 4, 1) }
    var statusRow: Int { size.rows - 2 }
    var hintRow: Int { size.rows - 1 }
    /// Rows for a page of text that has no column titles (task, help): from the header row.
    var pageRows: Int { bodyRows + 1 }
    /// Wide enough for a second column of information (the calendar's task list beside the grid).
    var isWide: Bool { size.cols >= 110 }
}
