import TaizhangCore

/// A unit's tasks across all plans (Enter on the units screen), with the unit's role in each.
struct TaskListScreen: Screen {
    let unit: String
    private(set) var tasks: [Int] = []
    private(set) var cursor = ListCursor()
    private var anchored: TaskID?

    init(unit: String, _ context: ScreenContext) {
        self.unit = unit
        tasks = Self.tasks(of: unit, context)
    }

    static func tasks(of unit: String, _ context: ScreenContext) -> [Int] {
        let ledger = context.ledger
        return context.tasks.filter { ledger.tasks[$0].units.contains { ledger.canonicalUnit($0.name) == unit } }
    }

    var scopes: [KeyScope] { [.list] }

    func title(_ context: ScreenContext) -> String? { context.strings(.uiUnitTitle, unit, tasks.count) }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        if cursor.navigate(command, count: tasks.count, height: context.layout.bodyRows) { return .none }
        let id = tasks.indices.contains(cursor.selected) ? context.ledger.tasks[tasks[cursor.selected]].id : nil
        if command == .open, let id { return .openTask(id) }
        return TaskActions.action(command, on: id, context)
    }

    mutating func anchor(in ledger: Ledger) {
        anchored = tasks.indices.contains(cursor.selected) ? ledger.tasks[tasks[cursor.selected]].id : nil
    }

    mutating func rebuild(_ context: ScreenContext) {
        tasks = Self.tasks(of: unit, context)
        let index = anchored.flatMap { id in tasks.firstIndex { context.ledger.tasks[$0].id == id } }
        cursor.reselect(index, count: tasks.count, height: context.layout.bodyRows)
    }

    mutating func fit(_ context: ScreenContext) {
        cursor.clamp(count: tasks.count, height: context.layout.bodyRows)
    }

    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        let ledger = context.ledger
        guard let hit = ListSearch.next(from: cursor.selected, count: tasks.count, forward: forward, matches: {
            SearchText.matches(ledger.tasks[tasks[$0]], needle, ledger: ledger)
        }) else { return false }
        cursor.select(hit, count: tasks.count, height: context.layout.bodyRows)
        return true
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let s = context.strings
        TaskListHeader.draw(lastColumn: s(.uiRoleColumn), context, into: &buffer)
        ListView.draw(count: tasks.count, cursor: cursor, layout: context.layout, into: &buffer, empty: s(.noTasks)) { buffer, index, row, selected in
            let task = context.ledger.tasks[tasks[index]]
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
