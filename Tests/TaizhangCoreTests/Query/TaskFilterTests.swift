import Testing
@testable import TaizhangCore

/// Filters keep ledger order on any split between the cores, and `--unit` means the exact
/// name when a task has it (merged names included), else every name containing the text.
@Suite struct TaskFilterTests {
    static let today = Day(year: 2021, month: 10, day: 15)!
    static let names = ["办公室", "法规科", "区市场监管局", "区市场监督管理局", "信用监管科", "审批科"]

    static func ledger(_ count: Int) -> Ledger {
        let tasks = (0..<count).map { n -> LedgerTask in
            let units = [names[n % names.count], names[(n / 7) % names.count]].enumerated().map { i, name in
                UnitAssignment(name: name, role: i == 0 ? .lead : .support, level: .task)
            }
            var t = LedgerTask(id: TaskID("T21-\(n)"), plan: PlanID("T21"), section: nil, number: "\(n)", ordinal: n,
                               text: "任务\(n)", units: units, status: n % 5 == 0 ? .done : .inProgress)
            t.deadline = Deadline(text: "x", kind: .date, date: Day(year: 2021, month: 1 + n % 12, day: 1))
            return t
        }
        return Ledger(plans: [], tasks: tasks, aliases: ["区市场监督管理局": "区市场监管局"])
    }

    /// The same tasks as a plain loop over the ledger would keep.
    static func expected(_ ledger: Ledger, _ keep: (LedgerTask) -> Bool) -> [TaskID] {
        ledger.tasks.filter(keep).map(\.id)
    }

    @Test func anExactNameMatchesItAndItsMergedNamesOnly() {
        let ledger = Self.ledger(5_000)
        let filter = TaskFilter(unit: "区市场监管局")
        let kept = filter.apply(to: ledger, asOf: Self.today).map(\.id)
        #expect(kept == Self.expected(ledger) { $0.units.contains { $0.name.hasPrefix("区市场监") } })
        #expect(kept.count > 2_000)
        #expect(filter.indices(in: ledger, asOf: Self.today).map { ledger.tasks[$0].id } == kept)
        // 监管科 names no unit exactly: every name containing it (信用监管科 only).
        let part = TaskFilter(unit: "监管科").apply(to: ledger, asOf: Self.today).map(\.id)
        #expect(part == Self.expected(ledger) { $0.units.contains { $0.name == "信用监管科" } })
        // 科 names several.
        let many = TaskFilter(unit: "科").apply(to: ledger, asOf: Self.today).map(\.id)
        #expect(many == Self.expected(ledger) { $0.units.contains { $0.name.hasSuffix("科") } })
        #expect(TaskFilter(unit: "不存在的单位").apply(to: ledger, asOf: Self.today).isEmpty)
    }

    @Test func overdueAndStatusKeepLedgerOrderAcrossTheCores() {
        let ledger = Self.ledger(7_001)
        let overdue = TaskFilter(overdueOnly: true).apply(to: ledger, asOf: Self.today).map(\.id)
        #expect(overdue == Self.expected(ledger) { $0.isOverdue(asOf: Self.today) })
        #expect(overdue.count > 3_000 && overdue.count < 7_001)
        let both = TaskFilter(unit: "办公室", statuses: [.done]).apply(to: ledger, asOf: Self.today).map(\.id)
        #expect(both == Self.expected(ledger) { t in t.status == .done && t.units.contains { $0.name == "办公室" } })
        #expect(!both.isEmpty)
    }
}
