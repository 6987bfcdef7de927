/// One unit's share of the ledger: the tasks it answers for (as `UnitOverdue.owners` says,
/// counted by `ProgressCounts` like every other figure) and how often it leads, supports or
/// is responsible on any task.
public struct UnitSummary: Sendable, Equatable {
    public var name: String
    /// Other names merged into this one.
    public var aliases: [String]
    public var collective: Bool
    /// The tasks the unit answers for: total, done, reported, overdue …
    public var counts = ProgressCounts()
    /// Its tasks' lights (预警), red, yellow and blue.
    public var warnings: [WarningLevel: Int] = [:]
    public var lead = 0
    public var support = 0
    public var responsible = 0
    public var plans: Set<PlanID> = []

    public var total: Int { counts.total }
    public var done: Int { counts.done }
    public var overdue: Int { counts.overdue }

    /// Summaries for every unit, busiest first; merged names are counted under the name they
    /// were merged into. With `rules`, each task's light is counted too (reads notes).
    /// Counted on all cores, each chunk of tasks into its own summaries, merged in order.
    public static func all(_ ledger: Ledger, asOf today: Day, tasks: [LedgerTask]? = nil,
                           rules: WarningRules? = nil) -> [UnitSummary] {
        let tasks = tasks ?? ledger.tasks
        let parts = Parallel.map(Parallel.chunks(tasks.count, minimumChunk: 2000)) { chunk in
            var tally = UnitTally()
            for i in chunk { tally.count(tasks[i], ledger, asOf: today, rules: rules) }
            return tally.summaries()
        }
        var byName = parts[0]
        for part in parts.dropFirst() { byName.merge(part) { a, b in var a = a; a.add(b); return a } }
        for (alias, canonical) in ledger.aliases { byName[UTF8Key(canonical)]?.aliases.append(alias) }
        return byName.values.map { var s = $0; s.aliases.sort(); return s }
            .sorted { ($0.total, $1.name) > ($1.total, $0.name) }
    }

    /// Adds the same unit's summary from other tasks; the name and collective mark stay.
    mutating func add(_ other: UnitSummary) {
        counts.add(other.counts)
        warnings.merge(other.warnings, uniquingKeysWith: +)
        lead += other.lead
        support += other.support
        responsible += other.responsible
        plans.formUnion(other.plans)
    }

    /// Counts a part in a task; nil for a cancelled task, which only makes the unit known.
    mutating func count(role: UnitRole?) {
        switch role {
        case nil: break
        case .lead: lead += 1
        case .support: support += 1
        case .responsible: responsible += 1
        }
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
