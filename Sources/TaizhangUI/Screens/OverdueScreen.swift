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
            case .unit(let name, _): return SearchText.normalize(name).contains(needle)
            case .task(let i, _): return SearchText.matches(context.ledger.tasks[i], needle, ledger: context.ledger)
            }
        }
    }
}
