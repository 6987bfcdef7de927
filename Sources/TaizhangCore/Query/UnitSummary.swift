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
            var seen = Set<String>()
            for u in t.units {
                let name = ledger.canonicalUnit(u.name)
                var s = byName[name] ?? UnitSummary(name: name, aliases: [], collective: u.collective)
                switch u.role {
                case .lead: s.lead += 1
                case .support: s.support += 1
                case .responsible: s.responsible += 1
                }
                if seen.insert(name).inserted {
                    s.total += 1
                    if t.status == .done { s.done += 1 }
                    if t.isOverdue(asOf: today) { s.overdue += 1 }
                    s.plans.insert(t.plan)
                }
                byName[name] = s
            }
        }
        for (alias, canonical) in ledger.aliases { byName[canonical]?.aliases.append(alias) }
        return byName.values.map { var s = $0; s.aliases.sort(); return s }
            .sorted { ($0.total, $1.name) > ($1.total, $0.name) }
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
