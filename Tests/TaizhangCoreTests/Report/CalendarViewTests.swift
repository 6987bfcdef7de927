import Testing
import TestSupport
@testable import TaizhangCore

/// The calendar: weeks from Monday, one entry per due day (each period of a recurring task),
/// and a grid aligned in display columns whatever the language.
@Suite struct CalendarViewTests {
    static let today = Day(year: 2021, month: 10, day: 15)!

    static func task(_ n: Int, due: Day, recurrence: Recurrence? = nil, status: TaskStatus = .notStarted) -> LedgerTask {
        var t = LedgerTask(id: TaskID("T21-\(n)"), plan: PlanID("T21"), section: nil, number: "\(n)", ordinal: n,
                           text: "任务\(n)", units: [UnitAssignment(name: "办公室", role: .lead, level: .task)], status: status)
        t.deadline = Deadline(text: "x", kind: .date, date: due, recurrence: recurrence)
        return t
    }

    @Test func weeksStartOnMonday() {
        let weeks = CalendarView.weeks(year: 2021, month: 12)
        #expect(weeks.count == 5)
        #expect(weeks[0].prefix(2).allSatisfy { $0 == nil } && weeks[0][2] == Day(year: 2021, month: 12, day: 1))
        #expect(weeks[4].compactMap { $0 }.last == Day(year: 2021, month: 12, day: 31))
        #expect(CalendarView.weeks(year: 2021, month: 2).count == 4) // 2021-02-01 is a Monday
    }

    @Test func recurringTasksFallDueEachPeriod() {
        var monthly = Self.task(1, due: Day(year: 2021, month: 12, day: 31)!, recurrence: .monthly)
        monthly.periodsDone = [Day(year: 2021, month: 9, day: 30)!]
        let oneOff = Self.task(2, due: Day(year: 2021, month: 9, day: 30)!)
        let cancelled = Self.task(3, due: Day(year: 2021, month: 9, day: 30)!, status: .cancelled)
        let cal = DueCalendar(tasks: [monthly, oneOff, cancelled], from: Day(year: 2021, month: 8, day: 1)!,
                              through: Day(year: 2021, month: 9, day: 30)!, asOf: Self.today)
        #expect(cal.entries.map { "\($0.day.iso) \($0.task.id.rawValue) \($0.done) \($0.overdue)" } == [
            "2021-08-31 T21-1 false true", "2021-09-30 T21-1 true false", "2021-09-30 T21-2 false true"])
    }

    @Test func theGridLinesUpInChineseAndEnglish() {
        let tasks = [Self.task(1, due: Day(year: 2021, month: 12, day: 31)!), Self.task(2, due: Day(year: 2021, month: 12, day: 31)!)]
        let cal = DueCalendar(tasks: tasks, from: Day(year: 2021, month: 12, day: 1)!, through: Day(year: 2021, month: 12, day: 31)!,
                              asOf: Self.today)
        for lang in Language.allCases {
            let text = CalendarView(context: OutputContext(ledger: Ledger(tasks: tasks), strings: Strings(lang), today: Self.today, width: 80)).month(year: 2021, month: 12, calendar: cal)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // The weekday header and the week rows put each day in the same 8-column slot.
            let header = lines[1], firstWeek = lines[2]
            #expect(DisplayWidth.width(header) == 8 * 6 + DisplayWidth.width(String(header.split(separator: " ").last!)))
            #expect(firstWeek.hasPrefix(String(repeating: " ", count: 17) + "1"))
            #expect(lines.contains { $0.hasPrefix("27      28      29      30      31(2)") })
            #expect(text.contains("T21-1") && text.contains("T21-2"))
        }
    }
}
