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

    init(_ context: ScreenContext) {
        let today = context.today
        for i in context.tasks {
            let task = context.ledger.tasks[i]
            guard task.status != .cancelled else { continue }
            if let due = task.currentDue(asOf: today) {
                byDay[due.ordinal, default: []].append(i)
                add(task, on: due, today: today)
            } else if task.deadline.kind == .ongoing {
                ongoing.append(i)
            } else if task.deadline.needsDate {
                needsDate.append(i)
            }
        }
    }

    private mutating func add(_ task: LedgerTask, on day: Day, today: Day) {
        var s = summaries[day.ordinal] ?? DaySummary()
        s.total += 1
        switch Urgency(task, asOf: today) {
        case .overdue: s.overdue += 1
        case .dueSoon: s.dueSoon += 1
        case .done: s.done += 1
        default: break
        }
        summaries[day.ordinal] = s
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
