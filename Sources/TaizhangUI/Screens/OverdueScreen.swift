import TaizhangCore

/// 4: every overdue task as of the as-of day, grouped by the unit that answers for it, with
/// days overdue and the day of the last progress note: the coordinator's first screen of the
/// day. The items and groups are the core's (`OverdueItem`, `UnitOverdue`), the very ones
/// `taizhang overdue` and the notices print; this view only lays them out.
struct OverdueScreen: Screen {
    enum Row: Hashable {
        case unit(String, count: Int, collective: Bool)
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
        case .unit(let unit, _, _): return .unit(unit)
        case .task(let i, let unit): return .task(ledger.tasks[i].id, unit: unit)
        }
    }

    /// Only the overdue tasks are copied out of the ledger (a few hundred of 100,000), then
    /// handed to the core; their positions are found again by id.
    static func rows(_ context: ScreenContext) -> [Row] {
        let ledger = context.ledger
        let late = context.tasks.filter { ledger.tasks[$0].daysOverdue(asOf: context.today) > 0 }
        let position = Dictionary(late.map { (ledger.tasks[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let items = OverdueItem.all(in: late.map { ledger.tasks[$0] }, asOf: context.today)
        let groups = UnitOverdue.group(items, ledger: ledger)
        return groups.flatMap { g -> [Row] in
            let name = g.unit == UnitOverdue.noUnit ? context.strings(.noUnit) : g.unit
            return [Row.unit(name, count: g.entries.count, collective: g.collective)]
                + g.entries.compactMap { e in position[e.item.task.id].map { Row.task($0, unit: name) } }
        }
    }

    /// The overdue tasks (each once) the screen lists.
    var taskCount: Int {
        Set(list.rows.compactMap { if case .task(let i, _) = $0 { return i }; return nil }).count
    }

    var scopes: [KeyScope] { [.tasks, .list] }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        if list.navigate(command, height: context.layout.bodyRows) { return .none }
        switch (command, list.selected) {
        case (.open, .unit(let unit, _, _)?): return .openUnit(unit)
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
            case .unit(let name, _, _): return SearchText.matches(unit: name, needle)
            case .task(let i, _): return SearchText.matches(context.ledger.tasks[i], needle, ledger: context.ledger)
            }
        }
    }
}
