/// What a responsible officer's units owe, in at most three short lines for the login shell:
/// overdue items, tasks due within a week, and ongoing tasks without a note for a while.
/// Nothing owed, nothing said: a digest that is always there stops being read.
public struct Digest: Sendable {
    public let units: [String]
    public let overdue: [OverdueItem]
    /// Open, not overdue, due within `Urgency.dueSoonDays`.
    public let dueSoon: [LedgerTask]
    /// Ongoing (no due day), open, and without a note or change for `staleDays`.
    public let stale: [LedgerTask]
    public let staleDays: Int

    public init(ledger: Ledger, units: [String], asOf today: Day, staleDays: Int = 90) {
        let matchers = units.map { UnitMatcher(ledger: ledger, query: $0) }
        let mine = ledger.tasks.filter { t in t.status.isOpen && matchers.contains { $0.matches(t) } }
        self.units = units
        self.staleDays = staleDays
        overdue = OverdueItem.all(in: mine, asOf: today)
        dueSoon = mine.filter { Urgency($0, asOf: today) == .dueSoon }
            .sorted { ($0.currentDue(asOf: today)!, $0.id) < ($1.currentDue(asOf: today)!, $1.id) }
        stale = mine.filter { $0.deadline.kind == .ongoing && $0.isStale(asOf: today, days: staleDays) }
    }

    public var isEmpty: Bool { overdue.isEmpty && dueSoon.isEmpty && stale.isEmpty }

    /// The lines to print, each cut to `width` columns; none when nothing is owed.
    public func lines(_ s: Strings, width: Int) -> [String] {
        var out: [String] = []
        if !overdue.isEmpty {
            let ids = Self.ids(overdue.map(\.task.id), s)
            out.append(s(.digestOverdue, overdue.count, overdue[0].daysOverdue, ids))
        }
        if !dueSoon.isEmpty { out.append(s(.digestDueSoon, dueSoon.count, Self.ids(dueSoon.map(\.id), s))) }
        if !stale.isEmpty { out.append(s(.digestStale, staleDays, stale.count, Self.ids(stale.map(\.id), s))) }
        if !out.isEmpty { out[0] = s(.digestPrefix, units.joined(separator: "、")) + out[0] }
        return out.map { DisplayWidth.truncate(VisibleText.sanitize($0), to: max(width, 20)) }
    }

    /// The first three distinct ids, then 等/… when there are more.
    static func ids(_ all: [TaskID], _ s: Strings) -> String {
        var seen: [TaskID] = []
        for id in all where !seen.contains(id) { seen.append(id) }
        return seen.prefix(3).map(\.rawValue).joined(separator: " ") + (seen.count > 3 ? " " + s(.digestMore) : "")
    }
}
