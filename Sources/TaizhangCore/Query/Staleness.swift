extension LedgerTask {
    /// Days since anything happened to the task (a note, a change, the import) on or before
    /// `today`; nil when nothing had happened by then (the task was not in the ledger yet).
    /// Only what happened up to `today` counts, so a past day viewed "as of" tells its truth.
    public func daysSinceActivity(asOf today: Day) -> Int? {
        // Notes and history are appended in time order: the last of each is the latest, and
        // when it is not after `today` no list needs to be built (lists ask this of every task).
        if let last = lastActivity?.localDay, last <= today { return today.ordinal - last.ordinal }
        let times = notes.map(\.at) + history.map(\.at)
        guard let last = times.filter({ $0.localDay <= today }).max() else { return nil }
        return today.ordinal - last.localDay.ordinal
    }

    /// An open task with no note or change for `days` days: the coordinator asks after it.
    public func isStale(asOf today: Day, days: Int) -> Bool {
        guard status.isOpen, let idle = daysSinceActivity(asOf: today) else { return false }
        return idle >= days
    }
}
