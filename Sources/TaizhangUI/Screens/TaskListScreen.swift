import TaizhangCore

/// A unit's tasks across all plans (Enter on the units screen), with the unit's role in each.
struct TaskListScreen: Screen {
    let unit: String
    private(set) var list: RowList<Int, TaskID>

    init(unit: String, _ context: ScreenContext) {
        self.unit = unit
        list = RowList(Self.tasks(of: unit, context))
    }

    /// The unit's tasks in ledger order, those sent back by a coordinator first: the unit's
    /// first job is what was returned.
    static func tasks(of unit: String, _ context: ScreenContext) -> [Int] {
        let ledger = context.ledger
        let all = context.tasks.filter { ledger.tasks[$0].units.contains { ledger.canonicalUnit($0.name) == unit } }
        return all.filter { ledger.tasks[$0].isReturned } + all.filter { !ledger.tasks[$0].isReturned }
    }

    var scopes: [KeyScope] { [.tasks, .list] }

    func title(_ context: ScreenContext) -> String? { context.strings(.uiUnitTitle, unit, list.count) }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        if list.navigate(command, height: context.layout.bodyRows) { return .none }
        let id = list.selected.map { context.ledger.tasks[$0].id }
        if command == .open, let id { return .openTask(id) }
        return TaskActions.action(command, on: id, context)
    }

    mutating func anchor(in ledger: Ledger) { list.anchor { ledger.tasks[$0].id } }

    mutating func rebuild(_ context: ScreenContext) {
        list.replace(with: Self.tasks(of: unit, context), height: context.layout.bodyRows) { context.ledger.tasks[$0].id }
    }

    mutating func fit(_ context: ScreenContext) { list.fit(height: context.layout.bodyRows) }

    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        list.find(forward: forward, height: context.layout.bodyRows) { SearchText.matches(context.ledger.tasks[$0], needle, ledger: context.ledger) }
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let s = context.strings
        TaskListHeader.draw(lastColumn: s(.uiRoleColumn), context, into: &buffer)
        ListView.draw(count: list.count, cursor: list.cursor, layout: context.layout, into: &buffer, empty: s(.noTasks)) { buffer, index, row, selected in
            let task = context.ledger.tasks[list.rows[index]]
            let roles = task.units.filter { context.ledger.canonicalUnit($0.name) == unit }.map { s.role($0.role) }
            TaskRow(task, context, lastColumn: roles.joined(separator: "、"))
                .draw(into: &buffer, row: row, col: 1, width: context.layout.cols - 1, selected: selected)
        }
    }
}

/// Column titles above a list of `TaskRow`s.
enum TaskListHeader {
    static func draw(lastColumn: String? = nil, _ context: ScreenContext, into buffer: inout ScreenBuffer) {
        let s = context.strings
        let layout = context.layout
        let style = CellStyle(.underline, role: .muted)
        ListView.header(" " + s(.colStatus), layout: layout, into: &buffer)
        buffer.put(s(.colID), row: layout.headerRow, col: 7, style: style)
        buffer.put(s(.colText), row: layout.headerRow, col: 18, style: style)
        let columns = TaskRow.Columns(cols: layout.cols)
        buffer.put(s(.colDue), row: layout.headerRow, col: columns.due, style: style)
        buffer.put(lastColumn ?? s(.colUnit), row: layout.headerRow, col: columns.unit, style: style)
    }
}
