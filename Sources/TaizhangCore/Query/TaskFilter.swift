/// The filters people apply to lists: by plan, unit, status, date and text.
public struct TaskFilter: Sendable, Equatable {
    public var plan: String?
    public var unit: String?
    public var statuses: Set<TaskStatus> = []
    public var overdueOnly = false
    public var dueBefore: Day?
    public var search: String?
    public var needsReview = false
    /// Part of the responsible leader's name or title (张, 副市长).
    public var leader: String?

    public init(plan: String? = nil, unit: String? = nil, statuses: Set<TaskStatus> = [], overdueOnly: Bool = false,
                dueBefore: Day? = nil, search: String? = nil, needsReview: Bool = false) {
        self.plan = plan
        self.unit = unit
        self.statuses = statuses
        self.overdueOnly = overdueOnly
        self.dueBefore = dueBefore
        self.search = search
        self.needsReview = needsReview
    }

    public var isEmpty: Bool { self == TaskFilter() }

    /// The tasks of `ledger` that pass, in ledger order.
    public func apply(to ledger: Ledger, asOf today: Day) -> [LedgerTask] {
        guard !isEmpty else { return ledger.tasks }
        let kept = passing(ledger, asOf: today)
        // Only the tasks kept are copied (retained), not every task looked at.
        return ledger.tasks.withUnsafeBufferPointer { tasks in
            var out: [LedgerTask] = []
            out.reserveCapacity(kept.reduce(0) { $0 + $1.count })
            for part in kept { for i in part { out.append(tasks[i]) } }
            return out
        }
    }

    /// The positions in `ledger.tasks` of the tasks that pass, in ledger order: what a
    /// screen keeps, so that 100,000 tasks are not copied to be filtered.
    public func indices(in ledger: Ledger, asOf today: Day) -> [Int] {
        guard !isEmpty else { return Array(ledger.tasks.indices) }
        return Array(passing(ledger, asOf: today).joined())
    }

    /// The passing positions, tested on all cores (a due day or a search is worked out for
    /// every task), a part per core in order.
    private func passing(_ ledger: Ledger, asOf today: Day) -> [[Int]] {
        let passes = predicate(for: ledger, asOf: today)
        return ledger.tasks.withUnsafeBufferPointer { tasks in
            Parallel.map(Parallel.chunks(tasks.count)) { chunk in chunk.filter { passes(tasks[$0]) } }
        }
    }

    private func predicate(for ledger: Ledger, asOf today: Day) -> (LedgerTask) -> Bool {
        let plans = planIDs(in: ledger)
        let units = unit.map { UnitMatcher(ledger: ledger, query: $0) }
        let needle = search.map(SearchText.normalize)
        let leaderKey = leader.map(SearchText.normalize)
        return { t in
            if let plans, !plans.contains(t.plan) { return false }
            if !statuses.isEmpty, !statuses.contains(t.status) { return false }
            if overdueOnly, !t.isOverdue(asOf: today) { return false }
            if let dueBefore { guard let due = t.currentDue(asOf: today), due < dueBefore else { return false } }
            if needsReview, !t.needsReview { return false }
            if let units, !units.matches(t) { return false }
            if let needle, !SearchText.matches(t, needle, ledger: ledger) { return false }
            if let leaderKey, !SearchText.normalize(t.leader ?? "").contains(leaderKey) { return false }
            return true
        }
    }

    /// Plans named by code (HD21), or whose title contains the text.
    private func planIDs(in ledger: Ledger) -> Set<PlanID>? {
        guard let plan else { return nil }
        if ledger.plan(PlanID(plan)) != nil { return [PlanID(plan)] }
        let key = TextFolding.key(plan).lowercased()
        return Set(ledger.plans.filter {
            $0.id.rawValue.lowercased() == key || TextFolding.key($0.title).contains(key)
        }.map(\.id))
    }
}

/// Matches a unit as people type it: the exact name or an alias of it, else a part of a name
/// (市场监管局 finds 区市场监管局).
public struct UnitMatcher {
    let ledger: Ledger
    let names: Set<UTF8Key>
    /// The one name meant, when there is one (the usual case): compared by bytes, without
    /// hashing every unit of every task.
    private let only: UTF8Key?

    public init(ledger: Ledger, query: String) {
        self.ledger = ledger
        let key = UTF8Key(ledger.canonicalUnit(UnitName.normalize(query)))
        // The exact name if any task has it (found at the first such task), else every
        // name containing the query, from the distinct names (a few hundred among 200,000
        // assignments) compared by bytes.
        if Self.isNamed(key, in: ledger) {
            names = [key]
        } else {
            var distinct = Set<UTF8Key>()
            let noAliases = ledger.aliases.isEmpty
            ledger.tasks.withUnsafeBufferPointer { tasks in
                for i in tasks.indices {
                    for u in tasks[i].units { distinct.insert(UTF8Key(noAliases ? u.name : ledger.canonicalUnit(u.name))) }
                }
            }
            names = distinct.filter { $0.text.contains(key.text) }
        }
        only = names.count == 1 ? names.first : nil
    }

    public func matches(_ task: LedgerTask) -> Bool {
        let noAliases = ledger.aliases.isEmpty
        if let only {
            return task.units.contains { UTF8Key(noAliases ? $0.name : ledger.canonicalUnit($0.name)) == only }
        }
        if noAliases { return task.units.contains { names.contains(UTF8Key($0.name)) } }
        return task.units.contains { names.contains(UTF8Key(ledger.canonicalUnit($0.name))) }
    }

    /// Whether a unit name (already merged to its canonical name) is one the query means.
    public func matches(name canonical: String) -> Bool { names.contains(UTF8Key(canonical)) }

    /// Whether some task names exactly `name` (merged names counted as their canonical one):
    /// stops at the first, where building a matcher reads every task's units.
    public static func isNamed(_ name: String, in ledger: Ledger) -> Bool {
        isNamed(UTF8Key(ledger.canonicalUnit(UnitName.normalize(name))), in: ledger)
    }

    private static func isNamed(_ key: UTF8Key, in ledger: Ledger) -> Bool {
        // By index: iterating the tasks would copy (retain) each one.
        ledger.tasks.withUnsafeBufferPointer { tasks in
            tasks.indices.contains { i in tasks[i].units.contains { UTF8Key(ledger.canonicalUnit($0.name)) == key } }
        }
    }

    /// True when the query named no unit of the ledger at all (a typo, or a unit with no tasks).
    public var isEmpty: Bool { names.isEmpty }

    /// The role the matched unit has in the task (the strongest when several match).
    public func role(in task: LedgerTask) -> UnitRole? {
        let roles = task.units.filter { matches(name: ledger.canonicalUnit($0.name)) }.map(\.role)
        if roles.contains(.lead) { return .lead }
        if roles.contains(.responsible) { return .responsible }
        return roles.first
    }
}

/// Text search over everything a task says, ASCII and Chinese alike, and Chinese by pinyin.
public enum SearchText {
    public static func normalize(_ text: String) -> String { TextFolding.key(text).lowercased() }

    public static func matches(_ t: LedgerTask, _ needle: String, ledger: Ledger) -> Bool {
        if needle.isEmpty { return true }
        let fields = [t.id.rawValue, t.text, t.measure ?? "", t.deadline.text ?? "", t.number ?? "", t.leader ?? ""]
            + t.units.map(\.name) + t.notes.map(\.text)
        if fields.contains(where: { normalize($0).contains(needle) }) { return true }
        // Letters alone may be pinyin: initials (sfgj) or full (shifagaiju) of units and text.
        guard Pinyin.isQuery(needle) else { return false }
        return fields.contains { Pinyin.matches($0, needle) }
    }

    /// A unit's name against the search: as written, or by its pinyin.
    public static func matches(unit name: String, _ needle: String) -> Bool {
        normalize(name).contains(needle) || (Pinyin.isQuery(needle) && Pinyin.matches(name, needle))
    }
}
