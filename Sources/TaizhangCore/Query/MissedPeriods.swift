extension LedgerTask {
    /// The due days of this recurring task's periods that passed before `today` without being
    /// done (每季度公开 missed in Q1 and Q2: two periods, folded into the task's one row); a
    /// period with an approved extension is missed only after the new day. Empty for one-off tasks and for tasks that no longer owe anything.
    public func missedPeriods(asOf today: Day) -> [Day] {
        guard status.isOpen else { return [] }
        return periodDueDays().filter { extended($0) < today && !periodsDone.contains($0) }
    }

    /// True when the task owes something that falls due on `day`: its own due day, or one of
    /// its periods (done periods included, so a calendar shows what was due).
    public func dueDays() -> [Day] {
        if deadline.recurrence != nil, !periodDueDays().isEmpty { return periodDueDays() }
        return deadline.date.map { [$0] } ?? []
    }
}
