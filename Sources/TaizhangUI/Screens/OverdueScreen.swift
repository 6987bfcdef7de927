import TaizhangCore

/// 4: every overdue task as of the as-of day, grouped by the unit to chase (the lead units,
/// else those responsible, else those supporting), with days overdue and the day of the
/// last progress note: the coordinator's first screen of the day.
struct OverdueScreen: Screen {
    enum Row: Hashable {
        case unit(String, count: Int)
        case task(Int, unit: String)
    }

    private(set) var rows: [Row] = []
    private(set) var cursor = ListCursor()
    private var anchored: Row?
    private var anchoredTask: TaskID?

    init(_ context: ScreenContext) {
        rows = Self.rows(context)
    }

    static func rows(_ context: ScreenContext) -> [Row] {
        let ledger = context.ledger
        var byUnit: [String: [Int]] = [:]
        for i in context.tasks where ledger.tasks[i].isOverdue(asOf: context.today) {
            for unit in owners(of: ledger.tasks[i], ledger) { byUnit[unit, default: []].append(i) }
        }
        let days = { (i: Int) in ledger.tasks[i].daysOverdue(asOf: context.today) }
        return byUnit.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.flatMap { unit, tasks in
            [Row.unit(unit, count: tasks.count)] + tasks.sorted { (days($0), ledger.tasks[$1].id) > (days($1), ledger.tasks[$0].id) }
                .map { Row.task($0, unit: unit) }
        }
    }

    /// The units a chasing notice goes to.
    static func owners(of task: LedgerTask, _ ledger: Ledger) -> [String] {
        for role in [UnitRole.lead, .responsible, .support] {
            let names = task.units.filter { $0.role == role }.map { ledger.canonicalUnit($0.name) }
            if !names.isEmpty { return Array(Set(names)).sorted() }
        }
        return ["—"]
    }

    var scopes: [KeyScope] { [.list] }

    func taskID(at index: Int, _ ledger: Ledger) -> TaskID? {
        guard rows.indices.contains(index), case .task(let i, _) = rows[index] else { return nil }
        return ledger.tasks[i].id
    }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        if cursor.navigate(command, count: rows.count, height: context.layout.bodyRows) { return .none }
        guard rows.indices.contains(cursor.selected) else { return .none }
        switch (command, rows[cursor.selected]) {
        case (.open, .unit(let unit, _)): return .openUnit(unit)
        case (.open, .task(let i, _)): return .openTask(context.ledger.tasks[i].id)
        default: return TaskActions.action(command, on: taskID(at: cursor.selected, context.ledger), context)
        }
    }

    mutating func anchor(in ledger: Ledger) {
        anchored = rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil
        anchoredTask = taskID(at: cursor.selected, ledger)
    }

    mutating func rebuild(_ context: ScreenContext) {
        rows = Self.rows(context)
        let ledger = context.ledger
        let index = anchoredTask.flatMap { id in rows.firstIndex { if case .task(let i, _) = $0 { return ledger.tasks[i].id == id }; return false } }
            ?? anchored.flatMap { old in rows.firstIndex { if case .unit(let u, _) = $0, case .unit(u, _) = old { return true }; return false } }
        cursor.reselect(index, count: rows.count, height: context.layout.bodyRows)
    }

    mutating func fit(_ context: ScreenContext) {
        cursor.clamp(count: rows.count, height: context.layout.bodyRows)
    }

    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        let ledger = context.ledger
        guard let hit = ListSearch.next(from: cursor.selected, count: rows.count, forward: forward, matches: {
            switch rows[$0] {
            case .unit(let name, _): return SearchText.normalize(name).contains(needle)
            case .task(let i, _): return SearchText.matches(ledger.tasks[i], needle, ledger: ledger)
            }
        }) else { return false }
        cursor.select(hit, count: rows.count, height: context.layout.bodyRows)
        return true
    }
}
