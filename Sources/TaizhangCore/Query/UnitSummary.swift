/// One unit's share of the ledger: what it leads, supports, and how much is done or late.
public struct UnitSummary: Sendable, Equatable {
    public var name: String
    /// Other names merged into this one.
    public var aliases: [String]
    public var collective: Bool
    public var total = 0
    public var done = 0
    public var overdue = 0
    public var lead = 0
    public var support = 0
    public var responsible = 0
    public var plans: Set<PlanID> = []

    /// Summaries for every unit, busiest first; merged names are counted under the name they
    /// were merged into.
    public static func all(_ ledger: Ledger, asOf today: Day, tasks: [LedgerTask]? = nil) -> [UnitSummary] {
        var byName: [String: UnitSummary] = [:]
        for t in tasks ?? ledger.tasks where t.status != .cancelled {
            let overdue = t.isOverdue(asOf: today)
            var seen: [String] = []
            for u in t.units {
                let name = ledger.canonicalUnit(u.name)
                let first = !seen.contains(name)
                if first { seen.append(name) }
                // Changed in place: a summary copied out and stored back copied its set of
                // plans on every task (0.6 s for the units screen at 100,000 tasks).
                byName[name, default: UnitSummary(name: name, aliases: [], collective: u.collective)]
                    .count(role: u.role, firstTime: first, status: t.status, overdue: overdue, plan: t.plan)
            }
        }
        for (alias, canonical) in ledger.aliases { byName[canonical]?.aliases.append(alias) }
        return byName.values.map { var s = $0; s.aliases.sort(); return s }
            .sorted { ($0.total, $1.name) > ($1.total, $0.name) }
    }

    private mutating func count(role: UnitRole, firstTime: Bool, status: TaskStatus, overdue: Bool, plan: PlanID) {
        switch role {
        case .lead: lead += 1
        case .support: support += 1
        case .responsible: responsible += 1
        }
        guard firstTime else { return }
        total += 1
        if status == .done { done += 1 }
        if overdue { self.overdue += 1 }
        plans.insert(plan)
    }

    /// Pairs of names that are probably the same body (区市场监督管理局 / 区市场监管局): one
    /// is the other with characters left out, same first and last character.
    public static func likelyAliases(_ names: [String]) -> [(String, String)] {
        var out: [(String, String)] = []
        let sorted = names.sorted()
        for (i, a) in sorted.enumerated() {
            for b in sorted[(i + 1)...] where a != b {
                let (short, long) = a.count <= b.count ? (a, b) : (b, a)
                guard short.count >= 4, long.count - short.count <= 4, short.first == long.first, short.last == long.last
                else { continue }
                if isSubsequence(short, of: long) { out.append((long, short)) }
            }
        }
        return out
    }

    private static func isSubsequence(_ a: String, of b: String) -> Bool {
        var it = b.makeIterator()
        for c in a {
            var found = false
            while let d = it.next() { if d == c { found = true; break } }
            if !found { return false }
        }
        return true
    }
}
