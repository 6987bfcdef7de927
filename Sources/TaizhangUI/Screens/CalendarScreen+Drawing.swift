import TaizhangCore

/// Drawing the calendar: 7 cells of 7 columns (day, count, mark), the summary and legend
/// under the grid, and the task list beside it when the window is wide enough.
extension CalendarScreen {
    static let cellWidth = 7
    static let gridWidth = 1 + 7 * cellWidth
    static let paneMinWidth = 26

    /// Where the task list goes: beside the grid, or under it on a narrow window.
    struct Pane {
        var titleRow: Int
        var area: ListView.Area
        var width: Int
    }

    func pane(_ layout: Layout) -> Pane {
        if layout.cols - Self.gridWidth - 1 >= Self.paneMinWidth {
            let left = Self.gridWidth + 1
            return Pane(titleRow: layout.headerRow, area: .init(top: layout.bodyTop, rows: layout.bodyRows, left: left),
                        width: layout.cols - left)
        }
        let top = layout.bodyTop + 11
        return Pane(titleRow: top, area: .init(top: top + 1, rows: max(layout.statusRow - top - 1, 1)), width: layout.cols)
    }

    func listHeight(_ context: ScreenContext) -> Int { pane(context.layout).area.rows }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        if yearView { drawYear(into: &buffer, context); return }
        let s = context.strings
        let layout = context.layout
        buffer.put(" " + Self.monthTitle(day.year, day.month, s), row: layout.headerRow, col: 0, style: CellStyle(.bold, role: .accent))
        drawGrid(into: &buffer, context)
        let below = layout.bodyTop + 8
        let counts = s(.uiCalendarLists, index.ongoing.count, index.needsDate.count)
        buffer.put(TextFit.line(counts, Self.gridWidth - 1), row: below, col: 1)
        buffer.put(TextFit.line(s(.uiCalendarLegend), Self.gridWidth - 1), row: below + 1, col: 1, style: .role(.muted))
        drawPane(into: &buffer, context)
    }

    private func drawGrid(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let layout = context.layout
        let names = context.strings(.uiWeekdays).split(separator: " ").map(String.init)
        for (k, name) in names.prefix(7).enumerated() {
            buffer.put(TextFit.right(name, 2), row: layout.bodyTop, col: 1 + k * Self.cellWidth, style: CellStyle(.underline, role: .muted))
        }
        let first = Day(year: day.year, month: day.month, day: 1)!
        let days = Day.daysIn(month: day.month, year: day.year)
        for d in 0..<days {
            let date = first.adding(days: d)
            let slot = first.weekday - 1 + d
            let row = layout.bodyTop + 1 + slot / 7
            let col = 1 + (slot % 7) * Self.cellWidth
            drawCell(date, row: row, col: col, context, into: &buffer)
        }
    }

    private func drawCell(_ date: Day, row: Int, col: Int, _ context: ScreenContext, into buffer: inout ScreenBuffer) {
        let summary = index.summary(date)
        var attributes: CellStyle.Attributes = []
        if date == day { attributes.insert(.reverse) }
        if date == context.today { attributes.insert(.underline) }
        let dayText = TextFit.right(String(date.components.day), 2)
        let countText = summary.total > 0 ? TextFit.right(String(summary.total), 3) + summary.mark : "    "
        buffer.put(dayText, row: row, col: col, style: CellStyle(attributes.union(.bold)))
        buffer.put(countText, row: row, col: col + 2, style: CellStyle(attributes, role: summary.role))
    }

    private func drawPane(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let s = context.strings
        let pane = pane(context.layout)
        let tasks = listed
        let title: String
        switch listKind {
        case .day: title = s(.uiDayTitle, day.iso, tasks.count)
        case .ongoing: title = s(.uiOngoingTitle, tasks.count)
        case .needsDate: title = s(.uiNeedsDateTitle, tasks.count)
        }
        let titleStyle = focus == .list ? CellStyle([.bold, .underline], role: .accent) : CellStyle(.bold)
        buffer.put(TextFit.line(title, pane.width - 1), row: pane.titleRow, col: pane.area.left + 1, style: titleStyle)
        ListView.draw(count: tasks.count, cursor: listCursor, area: pane.area, into: &buffer, empty: s(.noTasks),
                      showsSelection: focus == .list) { buffer, index, row, selected in
            let task = context.ledger.tasks[tasks[index]]
            let col = pane.area.left + 1
            if pane.width >= 70 {
                TaskRow(task, context).draw(into: &buffer, row: row, col: col, width: pane.width - 1, selected: selected)
                return
            }
            let role = TaskLook.role(Urgency(task, asOf: context.today))
            buffer.put(TaskLook.glyph(task.status), row: row, col: col, style: selected ? CellStyle(.reverse, role: role) : CellStyle(role: role))
            buffer.put(TextFit.padded(task.id.rawValue, 10), row: row, col: col + 4, style: .bold)
            buffer.put(TextFit.line(task.text, pane.width - 16), row: row, col: col + 15)
        }
    }

    private func drawYear(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let s = context.strings
        let layout = context.layout
        buffer.put(" " + s(.uiYearTitle, day.year), row: layout.headerRow, col: 0, style: CellStyle(.bold, role: .accent))
        for month in 1...12 {
            let row = layout.bodyTop + month - 1
            guard row < layout.statusRow else { break }
            let summary = index.summary(year: day.year, month: month)
            let selected = month == day.month
            if selected { buffer.put(ListView.marker, row: row, col: 0, style: CellStyle(.bold, role: .accent)) }
            buffer.put(TextFit.padded(Self.monthTitle(day.year, month, s), 14), row: row, col: 2, style: selected ? CellStyle([.reverse, .bold]) : .bold)
            let figures = s(.uiMonthFigures, summary.total, summary.overdue, summary.dueSoon, summary.done)
            buffer.put(TextFit.line(figures, layout.cols - 18), row: row, col: 17, style: CellStyle(role: summary.role))
        }
    }

    static func monthTitle(_ year: Int, _ month: Int, _ s: Strings) -> String {
        let names = s(.uiMonthNames).split(separator: " ").map(String.init)
        return s(.uiMonthTitle, year, names.indices.contains(month - 1) ? names[month - 1] : String(month))
    }
}
