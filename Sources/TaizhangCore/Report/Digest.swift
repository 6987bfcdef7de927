/// What a responsible officer's units owe, in at most four short lines for the login shell,
/// each naming its light (预警): what a coordinator sent back, with the reason, first; then
/// red (overdue), yellow (due within the yellow days, or no progress for the stale days) and
/// blue (due within the blue days). Nothing owed, nothing said: a digest that is always there
/// stops being read.
public struct Digest: Sendable {
    public let units: [String]
    /// Sent back by a coordinator and not reported again: the reason comes first.
    public let returned: [LedgerTask]
    public let overdue: [OverdueItem]
    public let yellow: [LedgerTask]
    public let blue: [LedgerTask]
    public let rules: WarningRules

    public init(ledger: Ledger, units: [String], asOf today: Day, rules: WarningRules = .defaults) {
        let matchers = units.map { UnitMatcher(ledger: ledger, query: $0) }
        let mine = ledger.tasks.filter { t in t.status.isOpen && matchers.contains { $0.matches(t) } }
        self.units = units
        self.rules = rules
        returned = mine.filter(\.isReturned).sorted { ($0.returns.last!.at, $0.id) > ($1.returns.last!.at, $1.id) }
        overdue = OverdueItem.all(in: mine, asOf: today)
        let lit = mine.map { ($0, $0.warning(asOf: today, rules: rules)) }
        let byDue = { (a: LedgerTask, b: LedgerTask) in
            (a.currentDue(asOf: today) ?? .init(ordinal: .max), a.id) < (b.currentDue(asOf: today) ?? .init(ordinal: .max), b.id)
        }
        yellow = lit.filter { $0.1 == .yellow }.map(\.0).sorted(by: byDue)
        blue = lit.filter { $0.1 == .blue }.map(\.0).sorted(by: byDue)
    }

    public var isEmpty: Bool { returned.isEmpty && overdue.isEmpty && yellow.isEmpty && blue.isEmpty }

    /// The lines to print, each cut to `width` columns; none when nothing is owed.
    public func lines(_ s: Strings, width: Int) -> [String] {
        var out: [String] = []
        if let first = returned.first {
            out.append(s(.digestReturned, returned.count, Self.ids(returned.map(\.id), s), first.returns.last!.reason))
        }
        if !overdue.isEmpty {
            let ids = Self.ids(overdue.map(\.task.id), s)
            out.append(s(.digestLevel, s.warning(.red)) + s(.digestOverdue, overdue.count, overdue[0].daysOverdue, ids))
        }
        if !yellow.isEmpty {
            out.append(s(.digestLevel, s.warning(.yellow))
                       + s(.digestYellow, rules.yellowDays, rules.staleDays, yellow.count, Self.ids(yellow.map(\.id), s)))
        }
        if !blue.isEmpty {
            out.append(s(.digestLevel, s.warning(.blue)) + s(.digestBlue, rules.blueDays, blue.count, Self.ids(blue.map(\.id), s)))
        }
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
