/// Recognises a corrected version of a plan already in the ledger and carries each task's
/// life (status, notes, history, a coordinator's date or units) over to its new version.
enum ReimportMatcher {
    /// The plan this document is a new version of: same file name, or same title and year.
    static func previousVersion(fileName: String, draft: PlanDraft, in ledger: Ledger) -> Plan? {
        if let p = ledger.plans.first(where: { $0.source.fileName == fileName }) { return p }
        guard let title = PlanMetadata.chooseTitle(draft.titles) else { return nil }
        let key = TextFolding.key(title)
        return ledger.plans.first { TextFolding.key($0.title) == key }
    }

    struct Merge {
        var tasks: [LedgerTask]
        var matched: Int
        var added: Int
        var removed: Int
    }

    static func merge(new: [LedgerTask], old: [LedgerTask], actor: String, now: Timestamp) -> Merge {
        // Score every pair; take the best pairs first, each task at most once.
        var pairs: [(score: Double, new: Int, old: Int)] = []
        let newKeys = new.map { bigrams(TextFolding.key($0.text)) }
        let oldKeys = old.map { bigrams(TextFolding.key($0.text)) }
        for (i, n) in new.enumerated() {
            for (j, o) in old.enumerated() {
                let sim = dice(newKeys[i], oldKeys[j])
                let sameNumber = n.number != nil && n.number == o.number
                if sim >= 0.75 || (sameNumber && sim >= 0.5) { pairs.append((sim + (sameNumber ? 0.5 : 0), i, j)) }
            }
        }
        pairs.sort { $0.score > $1.score }
        var newToOld: [Int: Int] = [:]
        var usedOld = Set<Int>()
        for p in pairs where newToOld[p.new] == nil && !usedOld.contains(p.old) {
            newToOld[p.new] = p.old
            usedOld.insert(p.old)
        }
        var tasks: [LedgerTask] = []
        for (i, var n) in new.enumerated() {
            if let j = newToOld[i] { carry(old[j], into: &n, actor: actor, now: now) }
            tasks.append(n)
        }
        for (j, var o) in old.enumerated() where !usedOld.contains(j) {
            if o.status != .cancelled {
                o.history.append(Change(at: now, by: actor, field: "status", old: o.status.rawValue, new: TaskStatus.cancelled.rawValue))
                o.status = .cancelled
            }
            o.history.append(Change(at: now, by: actor, field: "import", old: nil, new: "not in the corrected document; kept as cancelled"))
            o.ordinal = tasks.count + 1
            tasks.append(o)
        }
        return Merge(tasks: tasks, matched: newToOld.count, added: new.count - newToOld.count, removed: old.count - usedOld.count)
    }

    /// What a person did to the old task survives: its id, status, notes, history, periods,
    /// and any date or units a coordinator set by hand.
    private static func carry(_ old: LedgerTask, into n: inout LedgerTask, actor: String, now: Timestamp) {
        n.id = old.id
        n.status = old.status
        n.notes = old.notes
        n.periodsDone = old.periodsDone
        n.history = old.history + [Change(at: now, by: actor, field: "import", old: nil, new: "updated from a corrected document")]
        if old.deadline.overridden { n.deadline = old.deadline }
        if old.history.contains(where: { $0.field == "units" }) {
            n.units = old.units
            n.unitCells = old.unitCells
        }
        if old.reviewed, Set(old.review.map(\.kind)) == Set(n.review.map(\.kind)) { n.reviewed = true }
    }

    /// Fragments a coordinator resolved stay resolved when the same text comes back.
    static func keepResolved(_ fragments: [Fragment], old: [Fragment]) -> [Fragment] {
        let resolved = Set(old.filter(\.resolved).map { TextFolding.key($0.text) })
        return fragments.map { f in
            var f = f
            if resolved.contains(TextFolding.key(f.text)) { f.resolved = true }
            return f
        }
    }

    private static func bigrams(_ s: String) -> [String: Int] {
        let c = Array(s)
        var out: [String: Int] = [:]
        guard c.count > 1 else { if let f = c.first { out[String(f)] = 1 }; return out }
        for i in 0..<(c.count - 1) { out[String(c[i]) + String(c[i + 1]), default: 0] += 1 }
        return out
    }

    private static func dice(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 0 }
        var shared = 0
        for (k, v) in a { shared += min(v, b[k] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }
}
