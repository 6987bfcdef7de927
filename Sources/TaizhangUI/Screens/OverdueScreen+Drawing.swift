import TaizhangCore

extension OverdueScreen {
    static let daysWidth = 8
    static let noteWidth = 10

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let s = context.strings
        let layout = context.layout
        let style = CellStyle(.underline, role: .muted)
        ListView.header(" " + s(.uiUnitColumn) + " / " + s(.colID), layout: layout, into: &buffer)
        buffer.put(TextFit.right(s(.colDaysOverdue), Self.daysWidth), row: layout.headerRow, col: 14, style: style)
        buffer.put(s(.colLastNoteDate), row: layout.headerRow, col: 24, style: style)
        buffer.put(s(.colText), row: layout.headerRow, col: 36, style: style)
        ListView.draw(count: list.count, cursor: list.cursor, layout: layout, into: &buffer, empty: s(.uiNoOverdue)) { buffer, index, row, selected in
            switch list.rows[index] {
            case .unit(let unit, let count, let collective):
                let text = TextFit.line(s(.uiUnitTitle, unit, count), layout.cols - 2)
                let plain = collective ? CellStyle(role: .muted) : CellStyle(.bold, role: .accent)
                buffer.put(text, row: row, col: 1, style: selected ? CellStyle([.reverse, .bold]) : plain)
            case .task(let i, _):
                drawTask(context.ledger.tasks[i], row: row, selected: selected, context, into: &buffer)
            }
        }
    }

    private func drawTask(_ task: LedgerTask, row: Int, selected: Bool, _ context: ScreenContext, into buffer: inout ScreenBuffer) {
        let s = context.strings
        buffer.put(TextFit.padded(task.id.rawValue, 10), row: row, col: 3, style: selected ? CellStyle([.reverse, .bold]) : .bold)
        let days = s(.uiDays, task.daysOverdue(asOf: context.today))
        buffer.put(TextFit.right(days, Self.daysWidth), row: row, col: 14, style: CellStyle(.bold, role: .overdue))
        let noted = task.lastNote?.at.localDay.iso ?? "—"
        buffer.put(noted, row: row, col: 24, style: task.lastNote == nil ? .role(.muted) : .plain)
        let light = TaskLook.light(task, context)
        buffer.put(light.letter, row: row, col: 34, style: CellStyle(.bold, role: light.role))
        buffer.put(TaskLook.flag(task), row: row, col: 35, style: .role(.flagged))
        buffer.put(TextFit.line(task.text, buffer.cols - 37), row: row, col: 36)
    }
}
