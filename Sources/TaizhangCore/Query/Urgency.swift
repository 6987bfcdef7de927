/// How pressing a task is on a given day. Derived, never stored, so that the ledger viewed
/// "as of" any day tells the truth of that day.
public enum Urgency: String, Sendable, CaseIterable {
    case overdue
    /// Open and due within `dueSoonDays`.
    case dueSoon = "due-soon"
    case open
    case ongoing
    case needsDate = "needs-date"
    /// Reported done, waiting for a coordinator: nothing more is owed by the unit.
    case reported
    case done
    case cancelled

    public static let dueSoonDays = 7

    /// `borrowing`: an owned parameter copied the whole task (a dozen retains) on every call,
    /// which showed in profiles of screens that classify 100,000 tasks.
    public init(_ task: borrowing LedgerTask, asOf today: Day) {
        switch task.status {
        case .done: self = .done; return
        case .reported: self = .reported; return
        case .cancelled: self = .cancelled; return
        default: break
        }
        let d = task.deadline
        if let due = task.currentDue(asOf: today) {
            if due < today { self = .overdue }
            else if due.ordinal - today.ordinal <= Urgency.dueSoonDays { self = .dueSoon }
            else { self = .open }
            return
        }
        switch d.kind {
        case .ongoing: self = .ongoing
        case .none: self = .open
        case .date, .event, .relative: self = d.needsDate ? .needsDate : .open
        }
    }
}

extension LedgerTask {
    /// The day this task is due as of `today`: its date, or for a recurring task the due day
    /// of the earliest period not yet done — moved by an approved extension.
    public func currentDue(asOf today: Day) -> Day? {
        originalDue.map(extended)
    }

    /// The due day before any extension: the one the time limit as written gives.
    public var originalDue: Day? {
        guard let date = deadline.date else { return nil }
        guard let rec = deadline.recurrence else { return date }
        return periods(until: date, every: rec).first { !periodsDone.contains($0) } ?? nil
    }

    /// `day` (a due day of the task or of one of its periods) moved by the last approved
    /// extension of it; the day itself when none was approved.
    public func extended(_ day: Day) -> Day {
        guard !extensions.isEmpty else { return day }
        return extensions.last { $0.original == day && $0.isApproved }?.to ?? day
    }

    /// Due days of a recurring task's periods in its year: month ends, quarter ends…
    public func periodDueDays() -> [Day] {
        guard let date = deadline.date, let rec = deadline.recurrence else { return [] }
        return periods(until: date, every: rec)
    }

    private func periods(until end: Day, every rec: Recurrence) -> [Day] {
        let year = end.year
        var days: [Day] = []
        var month = rec.months
        while month <= 12 {
            let d = Day.lastDay(ofMonth: month, year: year)
            if d > end { break }
            days.append(d)
            month += rec.months
        }
        if days.last != end { days.append(end) }
        return days
    }

    public func isOverdue(asOf today: Day) -> Bool { Urgency(self, asOf: today) == .overdue }

    /// Whole days past the due day (0 when not overdue).
    public func daysOverdue(asOf today: Day) -> Int {
        guard status.isOpen, let due = currentDue(asOf: today), due < today else { return 0 }
        return today.ordinal - due.ordinal
    }
}
