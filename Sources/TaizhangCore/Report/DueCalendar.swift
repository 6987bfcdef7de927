/// What falls due on which day in a span of days: a one-off task on its due day, a recurring
/// task on each of its periods' due days. Cancelled tasks owe nothing and are left out.
public struct DueCalendar: Sendable {
    public struct Entry: Sendable, Equatable {
        public let task: LedgerTask
        public let day: Day
        /// True when the day is one period of a recurring task.
        public let isPeriod: Bool
        /// The task, or this period of it, is done.
        public let done: Bool
        /// Not done, and the day has passed.
        public let overdue: Bool
    }

    /// In day order, then task order.
    public let entries: [Entry]

    public init(tasks: [LedgerTask], from first: Day, through last: Day, asOf today: Day) {
        var entries: [Entry] = []
        for t in tasks where t.status != .cancelled {
            let recurring = t.deadline.recurrence != nil && !t.periodDueDays().isEmpty
            for day in t.dueDays() where day >= first && day <= last {
                let done = t.status == .done || (recurring && t.periodsDone.contains(day))
                entries.append(Entry(task: t, day: day, isPeriod: recurring, done: done, overdue: !done && day < today))
            }
        }
        self.entries = entries.sorted { ($0.day, $0.task.id) < ($1.day, $1.task.id) }
    }

    /// Entries per day, for drawing a grid.
    public var byDay: [Day: [Entry]] { Dictionary(grouping: entries, by: \.day) }
}
