import Testing
import TestSupport
@testable import TaizhangCore

/// Completion figures: statuses partition the tasks, the rate leaves cancelled tasks out,
/// and overdue / needs a date / ongoing / stale count only what is still owed.
@Suite struct ProgressReportTests {
    static let today = Day(year: 2021, month: 10, day: 15)!

    static func task(_ n: Int, _ status: TaskStatus, _ deadline: Deadline, section: String? = nil,
                     units: [String] = ["办公室"], lastActivity: Day? = nil) -> LedgerTask {
        var t = LedgerTask(id: TaskID("T21-\(n)"), plan: PlanID("T21"), section: section.map(SectionID.init), number: "\(n)",
                           ordinal: n, text: "任务\(n)",
                           units: units.map { UnitAssignment(name: $0, role: .lead, level: .task) }, status: status)
        t.deadline = deadline
        if let lastActivity {
            t.history = [Change(at: Timestamp(seconds: lastActivity.ordinal * 86400 + 3600), by: "a", field: "import", old: nil, new: "x")]
        }
        return t
    }

    static let past = Deadline(text: "6月底", kind: .date, date: Day(year: 2021, month: 6, day: 30))
    static let future = Deadline(text: "年底", kind: .date, date: Day(year: 2021, month: 12, day: 31))
    static let ongoing = Deadline(text: "长期推进", kind: .ongoing)
    static let event = Deadline(text: "按省工作部署", kind: .event)

    @Test func countsEachStatusAndWhatIsStillOwed() {
        let tasks = [Self.task(1, .done, Self.past), Self.task(2, .notStarted, Self.past),
                     Self.task(3, .inProgress, Self.ongoing), Self.task(4, .blocked, Self.event),
                     Self.task(5, .cancelled, Self.past), Self.task(6, .done, Self.ongoing)]
        let c = ProgressCounts(tasks, asOf: Self.today, staleDays: 90)
        // total (cancelled left out), done, reported, in progress, not started, blocked, overdue,
        // needs a date, ongoing, stale, extended, cancelled
        #expect(c.figures == [5, 2, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1])
        #expect(c.completionRate == 2.0 / 5.0)
        #expect(c.rateText == "40.0%")
        #expect(ProgressCounts([Self.task(1, .cancelled, Self.past)], asOf: Self.today, staleDays: 90).rateText == "—")
    }

    @Test func staleMeansOpenAndQuietForTheGivenDays() {
        let quiet = Self.task(1, .inProgress, Self.ongoing, lastActivity: Self.today.adding(days: -90))
        let recent = Self.task(2, .inProgress, Self.ongoing, lastActivity: Self.today.adding(days: -89))
        let doneQuiet = Self.task(3, .done, Self.ongoing, lastActivity: Self.today.adding(days: -200))
        let later = Self.task(4, .notStarted, Self.ongoing, lastActivity: Self.today.adding(days: 5))
        #expect(quiet.isStale(asOf: Self.today, days: 90))
        #expect(!recent.isStale(asOf: Self.today, days: 90))
        #expect(recent.isStale(asOf: Self.today, days: 30))
        #expect(!doneQuiet.isStale(asOf: Self.today, days: 90))
        // Activity after the as-of day is not known on that day.
        #expect(later.daysSinceActivity(asOf: Self.today) == nil && !later.isStale(asOf: Self.today, days: 1))
    }

    @Test func sectionsCountTheTasksBeneathThemInTreeOrder() {
        let source = SourceInfo(fileName: "t.txt", checksum: "", encoding: "UTF-8", layout: "x", lineCount: 0,
                                importedAt: Timestamp(seconds: 0), importedBy: "t")
        let sections = [Section(id: SectionID("T21/1"), parent: nil, depth: 1, marker: "一", title: "甲", lines: []),
                        Section(id: SectionID("T21/2"), parent: nil, depth: 1, marker: "二", title: "乙", lines: []),
                        Section(id: SectionID("T21/1.1"), parent: SectionID("T21/1"), depth: 2, marker: "(一)", title: "丙", lines: [])]
        let plan = Plan(id: PlanID("T21"), title: "方案", source: source, sections: sections)
        let tasks = [Self.task(1, .done, Self.past, section: "T21/1.1"), Self.task(2, .notStarted, Self.past, section: "T21/1"),
                     Self.task(3, .notStarted, Self.future, section: "T21/2"), Self.task(4, .notStarted, Self.future)]
        let ledger = Ledger(plans: [plan], tasks: tasks)
        let r = ProgressReport(ledger: ledger, tasks: tasks, by: .section, asOf: Self.today, staleDays: 90)
        #expect(r.rows.map(\.label) == ["T21 方案", "一、甲", "(一)丙", "二、乙", nil])
        #expect(r.rows.map(\.counts.total) == [4, 2, 1, 1, 1])
        #expect(r.rows.map(\.counts.overdue) == [1, 1, 0, 0, 0])
        #expect(r.all.done == 1)
    }

    @Test func aTaskCountsUnderEveryUnitItNamesOnceInTheTotal() {
        let tasks = [Self.task(1, .done, Self.past, units: ["办公室", "法规科"]), Self.task(2, .notStarted, Self.past, units: ["法规科"]),
                     Self.task(3, .notStarted, Self.past, units: [])]
        let r = ProgressReport(ledger: Ledger(tasks: tasks), tasks: tasks, by: .unit, asOf: Self.today, staleDays: 90)
        #expect(r.rows.map(\.label) == ["法规科", "办公室", nil])
        #expect(r.rows.map(\.counts.total) == [2, 1, 1])
        #expect(r.all.total == 3)
    }
}
