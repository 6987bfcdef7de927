import Testing
@testable import TaizhangCore

/// Each unit's share: the tasks it answers for (leads, else responsible, else support, after
/// merges), its parts, its plans and its tasks' lights, counted the same on any split of the
/// tasks between the cores.
@Suite struct UnitSummaryTests {
    static let today = Day(year: 2021, month: 10, day: 15)!

    static func task(_ n: Int, plan: String = "T21", due: String? = "2021-09-01", status: TaskStatus = .notStarted,
                     _ units: [(String, UnitRole)]) -> LedgerTask {
        var t = LedgerTask(id: TaskID("\(plan)-\(n)"), plan: PlanID(plan), section: nil, number: "\(n)", ordinal: n,
                           text: "任务\(n)", units: units.map { UnitAssignment(name: $0.0, role: $0.1, level: .task) },
                           status: status)
        t.deadline = Deadline(text: "x", kind: .date, date: due.flatMap(Day.init(iso:)))
        return t
    }

    @Test func countsWhatEachUnitAnswersForAndEveryPartItPlays() {
        let tasks = [
            Self.task(1, [("办公室", .lead), ("法规科", .support), ("区市场监督管理局", .lead)]),
            Self.task(2, due: "2021-10-20", [("办公室", .lead), ("办公室", .lead)]),
            Self.task(3, plan: "U22", status: .done, [("法规科", .responsible), ("办公室", .support)]),
            Self.task(4, status: .cancelled, [("法规科", .lead)]),
            Self.task(5, [("区市场监管局", .responsible)]),
        ]
        let ledger = Ledger(plans: [], tasks: tasks, aliases: ["区市场监督管理局": "区市场监管局"])
        let all = UnitSummary.all(ledger, asOf: Self.today, rules: .defaults)
        let office = all.first { $0.name == "办公室" }!
        #expect(office.total == 2 && office.overdue == 1 && office.done == 0)
        #expect((office.lead, office.support, office.responsible) == (3, 1, 0))
        #expect(office.plans == [PlanID("T21"), PlanID("U22")])
        #expect(office.warnings == [.red: 1, .blue: 1])
        let law = all.first { $0.name == "法规科" }!
        // Supports task 1 (led by others), answers for task 3, and its cancelled lead counts nowhere.
        #expect(law.total == 1 && law.done == 1 && law.counts.cancelled == 1)
        #expect((law.lead, law.support, law.responsible) == (0, 1, 1))
        #expect(law.warnings.isEmpty)
        let bureau = all.first { $0.name == "区市场监管局" }!
        #expect(bureau.aliases == ["区市场监督管理局"] && bureau.total == 2 && bureau.overdue == 2)
        #expect((bureau.lead, bureau.responsible) == (1, 1) && bureau.warnings == [.red: 2])
        #expect(all.map(\.name) == ["办公室", "区市场监管局", "法规科"])
    }

    /// Across the chunk boundary (2,000 tasks a chunk) every unit's owned tasks are exactly
    /// those `UnitOverdue.owners` names it for, which the overdue lists and notices use.
    @Test func agreesWithTheOwnersOfEveryTaskOnAnySplit() {
        let names = ["办公室", "法规科", "区市场监管局", "各镇（街）", "审批科"]
        var rng = SystemRandomNumberGenerator()
        let tasks = (0..<5_000).map { n -> LedgerTask in
            let units = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                (names.randomElement(using: &rng)!, [UnitRole.lead, .support, .responsible].randomElement(using: &rng)!)
            }
            return Self.task(n, plan: "P\(n / 700)", due: ["2021-09-01", "2021-10-17", "2021-12-31"].randomElement(using: &rng)!,
                             status: [.notStarted, .done, .cancelled, .inProgress].randomElement(using: &rng)!, units)
        }
        let ledger = Ledger(plans: [], tasks: tasks, aliases: ["审批科": "办公室"])
        let all = UnitSummary.all(ledger, asOf: Self.today, rules: .defaults)
        for s in all {
            let owned = tasks.filter { t in t.status != .cancelled && UnitOverdue.owners(of: t, ledger).contains { $0.name == s.name } }
            #expect(s.total == owned.count, "\(s.name)")
            #expect(s.overdue == owned.filter { Urgency($0, asOf: Self.today) == .overdue && $0.status.isOpen }.count, "\(s.name)")
            let reds = owned.filter { $0.warning(asOf: Self.today, rules: .defaults) == .red }.count
            #expect((s.warnings[.red] ?? 0) == reds, "\(s.name)")
            let named = tasks.filter { $0.units.contains { ledger.canonicalUnit($0.name) == s.name } }
            #expect(s.plans == Set(named.map(\.plan)), "\(s.name)")
            let leads = tasks.filter { $0.status != .cancelled }.flatMap(\.units)
                .filter { ledger.canonicalUnit($0.name) == s.name && $0.role == .lead }.count
            #expect(s.lead == leads, "\(s.name)")
        }
        #expect(Set(all.map(\.name)) == Set(tasks.flatMap(\.units).map { ledger.canonicalUnit($0.name) }))
    }
}
