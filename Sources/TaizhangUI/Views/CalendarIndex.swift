import TaizhangCore

/// The tasks by the day they fall due (as of the as-of day: a recurring task's current
/// period), plus those with no day: ongoing ones and those waiting for a date. One pass.
struct CalendarIndex {
    /// How a day's tasks stand: what its cell in the grid shows.
    struct DaySummary: Hashable {
        var total = 0
        var overdue = 0
        var dueSoon = 0
        var done = 0

        var role: ColorRole? {
            if overdue > 0 { return .overdue }
            if dueSoon > 0 { return .dueSoon }
            if total > 0 && done == total { return .done }
            return nil
        }

        /// The same meaning without colour: `!` overdue, `*` due within a week, `✓` all done.
        var mark: String {
            switch role {
            case .overdue?: return "!"
            case .dueSoon?: return "*"
            case .done?: return "✓"
            default: return " "
            }
        }
    }

    private(set) var byDay: [Int: [Int]] = [:]
    private(set) var ongoing: [Int] = []
    private(set) var needsDate: [Int] = []
    private(set) var summaries: [Int: DaySummary] = [:]

    /// The days come from the core's `DueCalendar` (what `taizhang calendar` prints: every
    /// period of a recurring task on its own day); only the lists without a day are gathered here.
    init(_ context: ScreenContext) {
        let today = context.today
        let calendar = DueCalendar(ledger: context.ledger, positions: context.tasks, from: Day(ordinal: 0),
                                   through: Day(ordinal: Int(Int32.max)), asOf: today)
        for e in calendar.entries {
            byDay[e.day.ordinal, default: []].append(e.position)
            var s = summaries[e.day.ordinal] ?? DaySummary()
            s.total += 1
            if e.overdue { s.overdue += 1 }
            else if e.done { s.done += 1 }
            else if e.day.ordinal - today.ordinal <= Urgency.dueSoonDays { s.dueSoon += 1 }
            summaries[e.day.ordinal] = s
        }
        for i in context.tasks {
            let task = context.ledger.tasks[i]
            guard task.status != .cancelled, task.currentDue(asOf: today) == nil else { continue }
            if task.deadline.kind == .ongoing { ongoing.append(i) } else if task.deadline.needsDate { needsDate.append(i) }
        }
    }

    func summary(_ day: Day) -> DaySummary { summaries[day.ordinal] ?? DaySummary() }

    func tasks(on day: Day) -> [Int] { byDay[day.ordinal] ?? [] }

    /// The summed days of one month.
    func summary(year: Int, month: Int) -> DaySummary {
        let first = Day(year: year, month: month, day: 1)!
        var total = DaySummary()
        for d in 0..<Day.daysIn(month: month, year: year) {
            let s = summary(first.adding(days: d))
            total.total += s.total
            total.overdue += s.overdue
            total.dueSoon += s.dueSoon
            total.done += s.done
        }
        return total
    }
}
