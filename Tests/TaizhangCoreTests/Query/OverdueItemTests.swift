import Testing
import TestSupport
@testable import TaizhangCore

/// Overdue items: one per overdue task, a recurring task's missed periods folded into its
/// one item, grouped by the units that answer for each task.
@Suite struct OverdueItemTests {
    static let today = Day(year: 2021, month: 10, day: 15)!

    static func task(_ n: Int, due: Day?, recurrence: Recurrence? = nil, units: [UnitAssignment] = [],
                     status: TaskStatus = .notStarted) -> LedgerTask {
        var t = LedgerTask(id: TaskID("T21-\(n)"), plan: PlanID("T21"), section: nil, number: "\(n)", ordinal: n,
                           text: "任务\(n)", units: units, status: status)
        t.deadline = Deadline(text: "x", kind: .date, date: due, recurrence: recurrence)
        return t
    }

    @Test func missedPeriodsAreFoldedIntoOneItemAndDonePeriodsLeftOut() {
        var t = Self.task(1, due: Day(year: 2021, month: 12, day: 31), recurrence: .quarterly)
        t.periodsDone = [Day(year: 2021, month: 6, day: 30)!]
        let items = OverdueItem.all(in: [t], asOf: Self.today)
        #expect(items.count == 1)
        #expect(items.first?.periods == [Day(year: 2021, month: 3, day: 31)!, Day(year: 2021, month: 9, day: 30)!])
        #expect(items.first?.daysOverdue == 198 && items.first?.due == Day(year: 2021, month: 3, day: 31))
        #expect(Strings(.zh).due(items[0]) == "每季度（2021年第1季度至第3季度，逾期2期）")
        #expect(Strings(.en).due(items[0]) == "quarterly (2021 Q1 to 2021 Q3, 2 missed)")
        t.status = .done
        #expect(OverdueItem.all(in: [t], asOf: Self.today).isEmpty)
    }

    /// Longest overdue first, then by id in natural order (`T21-9` before `T21-10`), across
    /// the parts the cores test; a task sharing an id with another keeps its place.
    @Test func longestOverdueFirstThenByIdAcrossTheCores() {
        var tasks: [LedgerTask] = []
        for n in (1...6000).reversed() {
            let due = n % 7 == 0 ? nil : Day(year: 2021, month: 1 + n % 9, day: 1 + n % 28)
            var t = Self.task(n, due: due, recurrence: n % 500 == 0 ? .monthly : nil)
            if n % 11 == 0 { t.status = .done }
            tasks.append(t)
        }
        var twin = Self.task(43, due: Day(year: 2021, month: 8, day: 16))   // as task 43 is due
        twin.text = "同号的第二项"
        tasks.append(twin)
        let items = OverdueItem.all(in: tasks, asOf: Self.today)
        let expected = tasks.enumerated().filter { $0.element.daysOverdue(asOf: Self.today) > 0 }
        #expect(items.count == expected.count && items.count > 4000)
        for (a, b) in zip(items, items.dropFirst()) {
            #expect(a.daysOverdue > b.daysOverdue || (a.daysOverdue == b.daysOverdue && !(b.task.id < a.task.id)),
                    "\(a.task.id) before \(b.task.id)")
        }
        for item in items { #expect(item.daysOverdue == item.task.daysOverdue(asOf: Self.today)) }
        #expect(items.contains { $0.task.id == TaskID("T21-500") && !$0.periods.isEmpty })
        let twins = items.filter { $0.task.id == TaskID("T21-43") }.map(\.task.text)
        #expect(twins == ["任务43", "同号的第二项"])
    }

    @Test func twelveMissedMonthsAreOneRow() {
        let t = Self.task(1, due: Day(year: 2017, month: 12, day: 31), recurrence: .monthly)
        let items = OverdueItem.all(in: [t], asOf: Self.today)
        #expect(items.count == 1 && items[0].periods.count == 12)
        #expect(Strings(.zh).due(items[0]) == "每月（2017年1月至12月，逾期12期）")
    }

    @Test func anApprovedExtensionMovesTheDayItIsOverdueAgainst() {
        var t = Self.task(1, due: Day(year: 2021, month: 9, day: 30))
        t.extensions = [Extension(at: Timestamp(seconds: 0), by: "li", original: Day(year: 2021, month: 9, day: 30)!,
                                  to: Day(year: 2021, month: 10, day: 31)!, reason: "等待数据")]
        #expect(OverdueItem.all(in: [t], asOf: Self.today).count == 1)   // pending: still overdue
        t.extensions[0].decision = Extension.Decision(approved: true, at: Timestamp(seconds: 1), by: "wang", reason: nil)
        #expect(OverdueItem.all(in: [t], asOf: Self.today).isEmpty)
        #expect(t.originalDue == Day(year: 2021, month: 9, day: 30) && t.currentDue(asOf: Self.today) == Day(year: 2021, month: 10, day: 31))
        #expect(OverdueItem.all(in: [t], asOf: Day(year: 2021, month: 11, day: 2)!).first?.daysOverdue == 2)
    }

    @Test func oneOffTasksAreOverdueAfterTheirDayOnly() {
        let late = Self.task(1, due: Day(year: 2021, month: 10, day: 14))
        let dueToday = Self.task(2, due: Self.today)
        let cancelled = Self.task(3, due: Day(year: 2021, month: 1, day: 1), status: .cancelled)
        let items = OverdueItem.all(in: [late, dueToday, cancelled], asOf: Self.today)
        #expect(items.map(\.task.id) == [TaskID("T21-1")])
        #expect(items.first?.periods == [] && items.first?.daysOverdue == 1)
    }

    @Test func longestOverdueComesFirst() {
        let a = Self.task(1, due: Day(year: 2021, month: 10, day: 1))
        let b = Self.task(2, due: Day(year: 2021, month: 3, day: 1))
        #expect(OverdueItem.all(in: [a, b], asOf: Self.today).map(\.task.id.rawValue) == ["T21-2", "T21-1"])
    }

    @Test func groupsByTheUnitsThatAnswerForEachTask() {
        let units = [UnitAssignment(name: "办公室", role: .lead, level: .task),
                     UnitAssignment(name: "法规科", role: .support, level: .task),
                     UnitAssignment(name: "区市场监督管理局", role: .lead, level: .measure)]
        let t1 = Self.task(1, due: Day(year: 2021, month: 9, day: 1), units: units)
        let t2 = Self.task(2, due: Day(year: 2021, month: 9, day: 2), units: [units[0]])
        let supportOnly = Self.task(4, due: Day(year: 2021, month: 9, day: 4), units: [units[1]])
        let collective = Self.task(5, due: Day(year: 2021, month: 9, day: 5),
                                   units: [UnitAssignment(name: "各镇（街）", role: .lead, level: .task, collective: true)])
        let orphan = Self.task(3, due: Day(year: 2021, month: 9, day: 3))
        let ledger = Ledger(plans: [], tasks: [t1, t2, orphan, supportOnly, collective], aliases: ["区市场监督管理局": "区市场监管局"])
        let items = OverdueItem.all(in: ledger.tasks, asOf: Self.today)
        let groups = UnitOverdue.group(items, ledger: ledger)
        // 法规科 supports T21-1 (led by others): not chased for it; it answers for T21-4 alone.
        #expect(groups.map(\.unit) == ["办公室", "区市场监管局", "法规科", "各镇（街）", UnitOverdue.noUnit])
        #expect(groups[0].entries.map(\.item.task.id.rawValue) == ["T21-1", "T21-2"])
        #expect(groups.first { $0.unit == "法规科" }?.entries.map(\.item.task.id.rawValue) == ["T21-4"])
        #expect(groups.first { $0.unit == "法规科" }?.entries.map(\.role) == [.support])
        #expect(groups.first { $0.unit == "各镇（街）" }?.collective == true)
        let only = UnitOverdue.group(items, ledger: ledger, only: UnitMatcher(ledger: ledger, query: "法规科"))
        #expect(only.map(\.unit) == ["法规科"])
    }

    @Test func theTasksLastNoteIsTheItemsLastNote() {
        var t = Self.task(1, due: Day(year: 2021, month: 12, day: 31), recurrence: .halfYearly)
        let june = Day(year: 2021, month: 6, day: 30)!
        t.notes = [Note(at: Timestamp(seconds: 100), by: "a", text: "上半年已公开", period: june),
                   Note(at: Timestamp(seconds: 200), by: "a", text: "其他进展")]
        let item = OverdueItem.all(in: [t], asOf: Self.today).first
        #expect(item?.periods == [june] && item?.lastNote?.text == "其他进展")
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
        #expect(missed.map { "\($0.task.number!) \($0.due.iso) \($0.periods.count)" } == ["2 2021-01-31 6", "1 2021-03-31 2"])
    }
}
