/// Where a group of tasks stands: the figures of a completion report (完成情况, 完成率).
///
/// Statuses partition the tasks. Overdue, needs a date, ongoing and stale count open tasks
/// only (not done, not cancelled): they say what is still owed.
public struct ProgressCounts: Sendable, Equatable {
    public var total = 0
    public var done = 0
    public var inProgress = 0
    public var notStarted = 0
    public var blocked = 0
    public var cancelled = 0
    public var overdue = 0
    public var needsDate = 0
    public var ongoing = 0
    public var stale = 0

    public init() {}

    /// Counts `tasks` as of `today`; `staleDays` without a note or change makes an open task stale.
    public init(_ tasks: [LedgerTask], asOf today: Day, staleDays: Int) {
        for t in tasks { add(t, asOf: today, staleDays: staleDays) }
    }

    public mutating func add(_ t: LedgerTask, asOf today: Day, staleDays: Int) {
        total += 1
        switch t.status {
        case .done: done += 1
        case .inProgress: inProgress += 1
        case .notStarted: notStarted += 1
        case .blocked: blocked += 1
        case .cancelled: cancelled += 1
        }
        guard t.status.isOpen else { return }
        switch Urgency(t, asOf: today) {
        case .overdue: overdue += 1
        case .needsDate: needsDate += 1
        default: break
        }
        if t.deadline.kind == .ongoing { ongoing += 1 }
        if t.isStale(asOf: today, days: staleDays) { stale += 1 }
    }

    /// Done ÷ (total − cancelled); nil when nothing is left to complete.
    public var completionRate: Double? {
        let base = total - cancelled
        return base > 0 ? Double(done) / Double(base) : nil
    }

    /// `84.6%`, or `—` when there is no rate.
    public var rateText: String {
        guard let r = completionRate else { return "—" }
        let tenths = Int((r * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// The figures in report column order (after the group's name).
    public var figures: [Int] {
        [total, done, inProgress, notStarted, blocked, cancelled, overdue, needsDate, ongoing, stale]
    }
}
