import TaizhangCore

/// Drawing the tree: headings with their counts on the right, tasks as `TaskRow`s indented
/// under them.
extension TreeScreen {
    static let countsWidth = 9
    static let overdueWidth = 8

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let layout = context.layout
        let s = context.strings
        ListView.header(" " + s(.uiTreeHeader), layout: layout, into: &buffer)
        let columns = TaskRow.Columns(cols: layout.cols)
        buffer.put(s(.colDue), row: layout.headerRow, col: columns.due, style: CellStyle(.underline, role: .muted))
        buffer.put(s(.colUnit), row: layout.headerRow, col: columns.unit, style: CellStyle(.underline, role: .muted))
        ListView.draw(count: rows.count, cursor: cursor, layout: layout, into: &buffer, empty: s(.noTasks)) { buffer, index, row, selected in
            switch rows[index] {
            case .node(let n, let depth): drawNode(n, depth: depth, row: row, selected: selected, context, into: &buffer)
            case .task(let i, let depth):
                let indent = 1 + depth * 2
                TaskRow(context.ledger.tasks[i], context, numberOnly: true)
                    .draw(into: &buffer, row: row, col: indent, width: layout.cols - indent, selected: selected)
            }
        }
    }

    private func drawNode(_ n: Int, depth: Int, row: Int, selected: Bool, _ context: ScreenContext, into buffer: inout ScreenBuffer) {
        let node = outline.nodes[n]
        let open = expanded.contains(node.key)
        let hasContent = !node.tasks.isEmpty || !node.children.isEmpty
        let glyph = hasContent ? (open ? "▾" : "▸") : " "
        let col = 1 + depth * 2
        buffer.put(glyph, row: row, col: col, style: selected ? .reverse : .plain)
        let right = buffer.cols - Self.countsWidth - Self.overdueWidth - 1
        let style: CellStyle = depth == 0 ? CellStyle(.bold, role: .accent) : .bold
        buffer.put(TextFit.line(node.title, right - col - 3), row: row, col: col + 2, style: style)
        let c = node.counts
        let countsStyle: CellStyle = c.total > 0 && c.done == c.total ? .role(.done) : .plain
        let done = c.reported > 0 ? "\(c.done)+\(c.reported)" : "\(c.done)"
        buffer.put(TextFit.right(done + "/\(c.total)", Self.countsWidth), row: row, col: right, style: countsStyle)
        if c.overdue > 0 {
            let text = context.strings(.uiOverdueCount, c.overdue)
            buffer.put(TextFit.right(text, Self.overdueWidth), row: row, col: right + Self.countsWidth + 1, style: CellStyle(.bold, role: .overdue))
        }
    }
}
