import TaizhangCore

extension ReviewScreen {
    static let kindsWidth = 18

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let s = context.strings
        let layout = context.layout
        ListView.header(" " + s(.colID), layout: layout, into: &buffer)
        buffer.put(s(.colReview), row: layout.headerRow, col: 13, style: CellStyle(.underline, role: .muted))
        buffer.put(s(.colText), row: layout.headerRow, col: 14 + Self.kindsWidth, style: CellStyle(.underline, role: .muted))
        ListView.draw(count: list.count, cursor: list.cursor, layout: layout, into: &buffer, empty: s(.reviewNone)) { buffer, index, row, selected in
            let idStyle = selected ? CellStyle([.reverse, .bold]) : CellStyle.bold
            switch list.rows[index] {
            case .heading(let key, let count):
                buffer.put(s(key, count), row: row, col: 1, style: selected ? CellStyle([.reverse, .bold]) : CellStyle(.bold, role: .accent))
            case .task(let i):
                let task = context.ledger.tasks[i]
                buffer.put(TextFit.padded(task.id.rawValue, 10), row: row, col: 3, style: idStyle)
                let kinds = task.openReview.map { ReviewText(strings: context.strings).kind($0.kind) }.joined(separator: " ")
                buffer.put(TextFit.padded(kinds, Self.kindsWidth), row: row, col: 13, style: .role(.flagged))
                drawText(task.text, detail: task.openReview.first.map { ReviewText(strings: context.strings).reason($0, of: task) }, row: row, into: &buffer)
            case .fragment(let plan, let line):
                let fragment = Self.fragment(plan, line, context.ledger)
                buffer.put(TextFit.padded("\(plan.rawValue):\(line)", 10), row: row, col: 3, style: idStyle)
                buffer.put(TextFit.padded(ReviewText(strings: context.strings).fragmentReason(fragment?.reason ?? ""), Self.kindsWidth), row: row, col: 13, style: .role(.flagged))
                drawText(fragment?.text ?? "", detail: nil, row: row, into: &buffer)
            }
        }
    }

    /// The task's text, and on a wide window what the import said about it.
    private func drawText(_ text: String, detail: String?, row: Int, into buffer: inout ScreenBuffer) {
        let col = 14 + Self.kindsWidth
        let room = buffer.cols - col
        guard let detail, room >= 80 else {
            buffer.put(TextFit.line(text, room), row: row, col: col)
            return
        }
        let textWidth = room / 2
        buffer.put(TextFit.line(text, textWidth - 1), row: row, col: col)
        buffer.put(TextFit.line(detail, room - textWidth), row: row, col: col + textWidth, style: .role(.muted))
    }
}
