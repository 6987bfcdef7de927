import TaizhangCore

/// Draws the visible rows of a list: the area's first column holds the selection marker,
/// each row is filled from the next column by the screen. Only rows on screen are drawn,
/// so a list of 100,000 costs the same as a list of 20.
enum ListView {
    static let marker = ">"

    struct Area {
        var top: Int
        var rows: Int
        var left: Int = 0
    }

    static func draw(count: Int, cursor: ListCursor, area: Area, into buffer: inout ScreenBuffer,
                     empty: String, showsSelection: Bool = true, row drawRow: (inout ScreenBuffer, _ index: Int, _ row: Int, _ selected: Bool) -> Void) {
        guard count > 0 else {
            buffer.put(empty, row: area.top, col: area.left + 2, style: .role(.muted))
            return
        }
        var clamped = cursor
        clamped.clamp(count: count, height: area.rows)
        for offset in 0..<min(area.rows, count - clamped.top) {
            let index = clamped.top + offset
            let row = area.top + offset
            let selected = showsSelection && index == clamped.selected
            if selected { buffer.put(marker, row: row, col: area.left) }
            drawRow(&buffer, index, row, selected)
        }
    }

    /// The whole body of the screen, below the column titles.
    static func draw(count: Int, cursor: ListCursor, layout: Layout, into buffer: inout ScreenBuffer,
                     empty: String, row drawRow: (inout ScreenBuffer, _ index: Int, _ row: Int, _ selected: Bool) -> Void) {
        draw(count: count, cursor: cursor, area: Area(top: layout.bodyTop, rows: layout.bodyRows), into: &buffer,
             empty: empty, row: drawRow)
    }

    /// Column titles on the header row.
    static func header(_ text: String, layout: Layout, into buffer: inout ScreenBuffer) {
        buffer.put(text, row: layout.headerRow, col: 0, maxWidth: layout.cols, style: CellStyle(.underline, role: .muted))
    }
}
