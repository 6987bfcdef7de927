/// Where a group of tasks stands: the figures of the tree, the units screen, a completion
/// report (完成情况, 完成率) and a ranking (按期办结率) — one function counts them all, so no two
/// places can disagree (docs/outputs.md, "One way to count").
///
/// - A task counts once, however many periods it has (a recurring task's missed periods
///   make it overdue once).
/// - Cancelled tasks are not counted in `total` or any rate: they are shown beside.
/// - Done is confirmed work only; reported work (待审核) is counted beside it.
/// - Overdue, needs a date, ongoing and stale count open tasks only: what is still owed.
public struct ProgressCounts: Sendable, Equatable {
    /// Every task but the cancelled ones.
    public var total = 0
    public var done = 0
    public var reported = 0
    public var inProgress = 0
    public var notStarted = 0
    public var blocked = 0
    public var cancelled = 0
    public var overdue = 0
    public var needsDate = 0
    public var ongoing = 0
    public var stale = 0
    /// Tasks with an approved extension.
    public var extended = 0
    /// Tasks whose (extended) due day has come: the base of the on-time rate.
    public var due = 0
    /// Of those, done (confirmed) with the report on or before the due day.
    public var onTime = 0
    /// Of those, done late or still open past the day, and their days late added up.
    public var late = 0
    public var daysLate = 0

    public init() {}

    /// Counts `tasks` as of `today`; `staleDays` without a note or change makes an open task
    /// stale (nil: not counted, which spares reading every task's notes).
    /// Counted on all cores when there are many: staleness reads each task's notes.
    public init(_ tasks: [LedgerTask], asOf today: Day, staleDays: Int?) {
        let parts = Parallel.map(Parallel.chunks(tasks.count, minimumChunk: 2000)) { chunk in
            var counts = ProgressCounts()
            for i in chunk { counts.add(tasks[i], asOf: today, staleDays: staleDays) }
            return counts
        }
        for part in parts { add(part) }
    }

    /// Counts the tasks at `positions` of `tasks`, without copying them into a group.
    init(_ tasks: [LedgerTask], at positions: [Int], asOf today: Day, staleDays: Int?) {
        for i in positions { add(tasks[i], asOf: today, staleDays: staleDays) }
    }

    public mutating func add(_ t: borrowing LedgerTask, asOf today: Day, staleDays: Int?) {
        guard t.status != .cancelled else { cancelled += 1; return }
        total += 1
        switch t.status {
        case .done: done += 1
        case .reported: reported += 1
        case .inProgress: inProgress += 1
        case .notStarted: notStarted += 1
        case .blocked: blocked += 1
        case .cancelled: break
        }
        if t.extensions.contains(where: \.isApproved) { extended += 1 }
        countTimeliness(t, asOf: today)
        guard t.status.isOpen else { return }
        switch Urgency(t, asOf: today) {
        case .overdue: overdue += 1
        case .needsDate: needsDate += 1
        default: break
        }
        if t.deadline.kind == .ongoing { ongoing += 1 }
        if let staleDays, t.isStale(asOf: today, days: staleDays) { stale += 1 }
    }

    /// On time or late, for tasks whose last due day has come.
    private mutating func countTimeliness(_ t: borrowing LedgerTask, asOf today: Day) {
        guard let dueDay = t.finalDue, dueDay < today else { return }
        due += 1
        if t.status == .done {
            // Finished before this feature recorded when: counted on time (docs/outputs.md).
            let finished = t.completedAt?.localDay ?? dueDay
            if finished <= dueDay { onTime += 1 } else { late += 1; daysLate += finished.ordinal - dueDay.ordinal }
        } else if t.status.isOpen {
            late += 1
            daysLate += t.daysOverdue(asOf: today)
        }
    }

    /// Adds another group's figures (a heading's children, a plan's sections).
    public mutating func add(_ o: ProgressCounts) {
        total += o.total; done += o.done; reported += o.reported; inProgress += o.inProgress
        notStarted += o.notStarted; blocked += o.blocked; cancelled += o.cancelled; overdue += o.overdue
        needsDate += o.needsDate; ongoing += o.ongoing; stale += o.stale; extended += o.extended
        due += o.due; onTime += o.onTime; late += o.late; daysLate += o.daysLate
    }

    /// Done ÷ total (cancelled tasks left out); nil when nothing is left to complete.
    public var completionRate: Double? { total > 0 ? Double(done) / Double(total) : nil }

    /// 按期办结率: done on time ÷ tasks whose due day has come; nil when none has.
    public var onTimeRate: Double? { due > 0 ? Double(onTime) / Double(due) : nil }

    /// Average days late of the late ones; 0 when none was late.
    public var averageDaysLate: Double { late > 0 ? Double(daysLate) / Double(late) : 0 }

    /// `84.6%`, or `—` when there is no rate.
    public var rateText: String { Self.percent(completionRate) }

    public var onTimeRateText: String { Self.percent(onTimeRate) }

    /// `3.5`: one decimal.
    public var averageDaysLateText: String {
        let tenths = Int((averageDaysLate * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func percent(_ rate: Double?) -> String {
        guard let r = rate else { return "—" }
        let tenths = Int((r * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// The figures in report column order (after the group's name).
    public var figures: [Int] {
        [total, done, reported, inProgress, notStarted, blocked, overdue, needsDate, ongoing, stale, extended, cancelled]
    }

    /// The names of `figures` in JSON.
    public static let figureNames: [StaticString] = ["total", "done", "reported", "inProgress", "notStarted", "blocked",
                                                     "overdue", "needsDate", "ongoing", "stale", "extended", "cancelled"]
}

extension LedgerTask {
    /// The last day the task is due, moved by an approved extension: for a recurring task its
    /// last period's. What on-time completion is measured against.
    public var finalDue: Day? { deadline.date.map(extended) }
}
