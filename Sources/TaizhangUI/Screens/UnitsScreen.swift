import TaizhangCore

/// 2: every unit with its tasks, done, overdue, and how often it leads, supports or is
/// responsible; Enter lists the unit's tasks across all plans.
struct UnitsScreen: Screen {
    private(set) var list: RowList<UnitSummary, String>
    static let numberWidth = 8

    init(_ context: ScreenContext) {
        list = RowList(Self.summaries(context))
    }

    static func summaries(_ context: ScreenContext) -> [UnitSummary] {
        let tasks = context.filtering ? context.tasks.map { context.ledger.tasks[$0] } : nil
        return UnitSummary.all(context.ledger, asOf: context.today, tasks: tasks)
    }

    var scopes: [KeyScope] { [.list] }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        if list.navigate(command, height: context.layout.bodyRows) { return .none }
        guard command == .open, let unit = list.selected else { return .none }
        return .openUnit(unit.name)
    }

    mutating func anchor(in ledger: Ledger) { list.anchor(\.name) }

    mutating func rebuild(_ context: ScreenContext) {
        list.replace(with: Self.summaries(context), height: context.layout.bodyRows, key: \.name)
    }

    mutating func fit(_ context: ScreenContext) { list.fit(height: context.layout.bodyRows) }

    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        list.find(forward: forward, height: context.layout.bodyRows) { SearchText.matches(unit: $0.name, needle) }
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let s = context.strings
        let layout = context.layout
        let nameWidth = layout.cols - 2 - Self.numberWidth * 6
        let titles = [s(.colTotal), s(.colDone), s(.colOverdue), s(.colLead), s(.colSupport), s(.colResponsible)]
        ListView.header(" " + TextFit.padded(s(.uiUnitColumn), nameWidth) + titles.map { TextFit.right($0, Self.numberWidth) }.joined(),
                        layout: layout, into: &buffer)
        ListView.draw(count: list.count, cursor: list.cursor, layout: layout, into: &buffer, empty: s(.noTasks)) { buffer, index, row, selected in
            let u = list.rows[index]
            buffer.put(TextFit.line(u.name, nameWidth - 1), row: row, col: 1, style: selected ? .reverse : (u.collective ? .role(.muted) : .plain))
            let numbers = [u.total, u.done, u.overdue, u.lead, u.support, u.responsible]
            for (k, n) in numbers.enumerated() {
                let style: CellStyle = k == 2 && n > 0 ? CellStyle(.bold, role: .overdue) : (k == 1 && n > 0 ? .role(.done) : .plain)
                buffer.put(TextFit.right(String(n), Self.numberWidth), row: row, col: 1 + nameWidth + k * Self.numberWidth, style: style)
            }
        }
    }
}
