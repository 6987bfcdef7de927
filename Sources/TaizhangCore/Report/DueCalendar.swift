/// What falls due on which day in a span of days: a one-off task on its due day, a recurring
/// task on each of its periods' due days, moved by approved extensions. Cancelled tasks owe
/// nothing and are left out. The calendar screen and `taizhang calendar` both read it.
public struct DueCalendar: Sendable {
    public struct Entry: Sendable, Equatable {
        public let task: LedgerTask
        /// The task's place in what the calendar was built from (`ledger.tasks` for a screen).
        public let position: Int
        /// The (extended) due day.
        public let day: Day
        /// True when the day is one period of a recurring task.
        public let isPeriod: Bool
        /// The task, or this period of it, is done (reported counts: nothing more is owed).
        public let done: Bool
        /// Not done, and the day has passed.
        public let overdue: Bool
    }

    /// In day order, then task order.
    public let entries: [Entry]

    public init(tasks: [LedgerTask], from first: Day, through last: Day, asOf today: Day) {
        // Each task is read where it is: a closure handing them out copied all 16,900.
        var entries: [Entry] = []
        for i in tasks.indices { Self.add(tasks[i], position: i, from: first, through: last, asOf: today, to: &entries) }
        self.entries = Self.inOrder(entries)
    }

    /// The calendar of the tasks at `positions` of `ledger` (a screen's filtered tasks), each
    /// entry keeping its task's position, without copying the others out of the ledger.
    public init(ledger: Ledger, positions: [Int], from first: Day, through last: Day, asOf today: Day) {
        var entries: [Entry] = []
        for i in positions { Self.add(ledger.tasks[i], position: i, from: first, through: last, asOf: today, to: &entries) }
        self.entries = Self.inOrder(entries)
    }

    private static func inOrder(_ entries: [Entry]) -> [Entry] {
        entries.sorted { ($0.day, $0.task.id) < ($1.day, $1.task.id) }
    }

    private static func add(_ t: LedgerTask, position: Int, from first: Day, through last: Day, asOf today: Day,
                            to entries: inout [Entry]) {
        guard t.status != .cancelled else { return }
        let recurring = t.deadline.recurrence != nil && !t.periodDueDays().isEmpty
        for period in t.dueDays() {
            let day = t.extended(period)
            guard day >= first && day <= last else { continue }
            let done = !t.status.isOpen || (recurring && t.periodsDone.contains(period))
            entries.append(Entry(task: t, position: position, day: day, isPeriod: recurring, done: done,
                                 overdue: !done && day < today))
        }
    }

    /// Entries per day, for drawing a grid.
    public var byDay: [Day: [Entry]] { Dictionary(grouping: entries, by: \.day) }
}
