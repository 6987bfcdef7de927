import Testing
import TestSupport
@testable import TaizhangCore

/// Overdue items: one per overdue task, one per missed period of a recurring task, grouped
/// by every unit a task names.
@Suite struct OverdueItemTests {
    static let today = Day(year: 2021, month: 10, day: 15)!

    static func task(_ n: Int, due: Day?, recurrence: Recurrence? = nil, units: [UnitAssignment] = [],
                     status: TaskStatus = .notStarted) -> LedgerTask {
        var t = LedgerTask(id: TaskID("T21-\(n)"), plan: PlanID("T21"), section: nil, number: "\(n)", ordinal: n,
                           text: "任务\(n)", units: units, status: status)
        t.deadline = Deadline(text: "x", kind: .date, date: due, recurrence: recurrence)
        return t
    }

    @Test func eachMissedPeriodIsAnItemAndDonePeriodsAreNot() {
        var t = Self.task(1, due: Day(year: 2021, month: 12, day: 31), recurrence: .quarterly)
        t.periodsDone = [Day(year: 2021, month: 6, day: 30)!]
        let items = OverdueItem.all(in: [t], asOf: Self.today)
        #expect(items.map(\.period) == [Day(year: 2021, month: 3, day: 31), Day(year: 2021, month: 9, day: 30)])
        #expect(items.map(\.daysOverdue) == [198, 15])
        #expect(t.missedPeriods(asOf: Self.today).count == 2)
        t.status = .done
        #expect(OverdueItem.all(in: [t], asOf: Self.today).isEmpty)
    }

    @Test func oneOffTasksAreOverdueAfterTheirDayOnly() {
        let late = Self.task(1, due: Day(year: 2021, month: 10, day: 14))
        let dueToday = Self.task(2, due: Self.today)
        let cancelled = Self.task(3, due: Day(year: 2021, month: 1, day: 1), status: .cancelled)
        let items = OverdueItem.all(in: [late, dueToday, cancelled], asOf: Self.today)
        #expect(items.map(\.task.id) == [TaskID("T21-1")])
        #expect(items.first?.period == nil && items.first?.daysOverdue == 1)
    }

    @Test func longestOverdueComesFirst() {
        let a = Self.task(1, due: Day(year: 2021, month: 10, day: 1))
        let b = Self.task(2, due: Day(year: 2021, month: 3, day: 1))
        #expect(OverdueItem.all(in: [a, b], asOf: Self.today).map(\.task.id.rawValue) == ["T21-2", "T21-1"])
    }

    @Test func groupsByEveryUnitWithItsStrongestRole() {
        let units = [UnitAssignment(name: "办公室", role: .lead, level: .task),
                     UnitAssignment(name: "法规科", role: .support, level: .task),
                     UnitAssignment(name: "法规科", role: .lead, level: .measure),
                     UnitAssignment(name: "区市场监督管理局", role: .support, level: .task)]
        let t1 = Self.task(1, due: Day(year: 2021, month: 9, day: 1), units: units)
        let t2 = Self.task(2, due: Day(year: 2021, month: 9, day: 2), units: [units[0]])
        let orphan = Self.task(3, due: Day(year: 2021, month: 9, day: 3))
        let ledger = Ledger(plans: [], tasks: [t1, t2, orphan], aliases: ["区市场监督管理局": "区市场监管局"])
        let items = OverdueItem.all(in: ledger.tasks, asOf: Self.today)
        let groups = UnitOverdue.group(items, ledger: ledger)
        #expect(groups.map(\.unit) == ["办公室", "区市场监管局", "法规科", UnitOverdue.noUnit])
        #expect(groups[0].entries.map(\.item.task.id.rawValue) == ["T21-1", "T21-2"])
        #expect(groups.first { $0.unit == "法规科" }?.entries.map(\.role) == [.lead])
        #expect(groups.first { $0.unit == "区市场监管局" }?.entries.map(\.role) == [.support])
        let only = UnitOverdue.group(items, ledger: ledger, only: UnitMatcher(ledger: ledger, query: "法规科"))
        #expect(only.map(\.unit) == ["法规科"])
    }

    @Test func aNoteAboutThePeriodIsItsLastNote() {
        var t = Self.task(1, due: Day(year: 2021, month: 12, day: 31), recurrence: .halfYearly)
        let june = Day(year: 2021, month: 6, day: 30)!
        t.notes = [Note(at: Timestamp(seconds: 100), by: "a", text: "上半年已公开", period: june),
                   Note(at: Timestamp(seconds: 200), by: "a", text: "其他进展")]
        let item = OverdueItem.all(in: [t], asOf: Self.today).first
        #expect(item?.period == june && item?.lastNote?.text == "上半年已公开")
    }
}

/// A requirement that says 每月/每季度 makes the task recur, also when its time limit is
/// ongoing work: it then falls due each period of the plan's year.
@Suite struct RecurringImportTests {
    @Test func requirementsThatRecurGetADueDayEachPeriod() throws {
        let plan = """
        2021年测试区政务公开工作要点分工方案
        | 序号 | 具体要求 | 责任单位 | 完成时限 |
        | 1 | 每季度公开财政资金使用情况 | 区财政局 | 长期推进 |
        | 2 | 每月更新政策文件库 | 办公室 | 6月底前 |
        | 3 | 公开年度报告 | 办公室 | 年底前 |
        """
        let r = try PlanImporter.read(bytes: Array(plan.utf8), fileName: "t.txt",
                                      options: ImportOptions(year: 2021, actor: "t", now: Timestamp(seconds: 0)), ledger: Ledger())
        let quarterly = try #require(r.tasks.first { $0.number == "1" })
        #expect(quarterly.deadline.kind == .ongoing && quarterly.deadline.recurrence == .quarterly)
        #expect(quarterly.periodDueDays().map(\.iso) == ["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"])
        let monthly = try #require(r.tasks.first { $0.number == "2" })
        #expect(monthly.periodDueDays().map(\.iso) == ["2021-01-31", "2021-02-28", "2021-03-31", "2021-04-30", "2021-05-31", "2021-06-30"])
        let once = try #require(r.tasks.first { $0.number == "3" })
        #expect(once.deadline.recurrence == nil && once.periodDueDays().isEmpty)
        let missed = OverdueItem.all(in: r.tasks, asOf: Day(year: 2021, month: 7, day: 15)!)
        #expect(missed.map { "\($0.task.number!) \($0.due.iso)" } == [
            "2 2021-01-31", "2 2021-02-28", "1 2021-03-31", "2 2021-03-31", "2 2021-04-30", "2 2021-05-31", "1 2021-06-30", "2 2021-06-30"])
    }
}
