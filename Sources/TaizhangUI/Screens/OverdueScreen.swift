import TaizhangCore

/// 4: every overdue task as of the as-of day, grouped by the unit to chase (the lead units,
/// else those responsible, else those supporting), with days overdue and the day of the
/// last progress note: the coordinator's first screen of the day.
struct OverdueScreen: Screen {
    enum Row: Hashable {
        case unit(String, count: Int)
        case task(Int, unit: String)
    }

    /// What a row is, in ids rather than positions.
    enum Key: Hashable {
        case unit(String)
        case task(TaskID, unit: String)
    }

    private(set) var list: RowList<Row, Key>

    init(_ context: ScreenContext) {
        list = RowList(Self.rows(context))
    }

    static func key(_ row: Row, _ ledger: Ledger) -> Key {
        switch row {
        case .unit(let unit, _): return .unit(unit)
        case .task(let i, let unit): return .task(ledger.tasks[i].id, unit: unit)
        }
    }
    /// Days overdue and ids are worked out once per task, not in every comparison of the sort:
    /// at 100,000 tasks that took the screen from 0.75 s to well under a tenth of that.
    static func rows(_ context: ScreenContext) -> [Row] {
        let ledger = context.ledger
        var byUnit: [String: [(task: Int, days: Int, id: TaskID)]] = [:]
        ledger.tasks.withUnsafeBufferPointer { all in
            for i in context.tasks {
                let days = all[i].daysOverdue(asOf: context.today)
                guard days > 0 else { continue }   // exactly the overdue tasks
                for unit in owners(of: all[i], ledger) { byUnit[unit, default: []].append((i, days, all[i].id)) }
            }
        }
        return byUnit.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.flatMap { unit, tasks in
            [Row.unit(unit, count: tasks.count)] + tasks.sorted { ($0.days, $1.id) > ($1.days, $0.id) }.map { Row.task($0.task, unit: unit) }
        }
    }

    /// The units a chasing notice goes to.
    static func owners(of task: borrowing LedgerTask, _ ledger: Ledger) -> [String] {
        for role in [UnitRole.lead, .responsible, .support] {
            var names: [String] = []
            for unit in task.units where unit.role == role {
                let name = ledger.canonicalUnit(unit.name)
                if !names.contains(name) { names.append(name) }
            }
            if !names.isEmpty { return names }
        }
        return ["—"]
    }

    var scopes: [KeyScope] { [.tasks, .list] }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        if list.navigate(command, height: context.layout.bodyRows) { return .none }
        switch (command, list.selected) {
        case (.open, .unit(let unit, _)?): return .openUnit(unit)
        case (.open, .task(let i, _)?): return .openTask(context.ledger.tasks[i].id)
        case (_, .task(let i, _)?): return TaskActions.action(command, on: context.ledger.tasks[i].id, context)
        default: return .none
        }
    }

    mutating func anchor(in ledger: Ledger) { list.anchor { Self.key($0, ledger) } }

    mutating func rebuild(_ context: ScreenContext) {
        list.replace(with: Self.rows(context), height: context.layout.bodyRows) { Self.key($0, context.ledger) }
    }

    mutating func fit(_ context: ScreenContext) { list.fit(height: context.layout.bodyRows) }

    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        list.find(forward: forward, height: context.layout.bodyRows) {
            switch $0 {
            case .unit(let name, _): return SearchText.matches(unit: name, needle)
            case .task(let i, _): return SearchText.matches(context.ledger.tasks[i], needle, ledger: context.ledger)
            }
        }
    }
}
