/// How to group a completion report.
public enum ReportGrouping: String, Sendable, CaseIterable {
    case unit, plan, section
}

/// A completion report (完成情况统计): figures per unit, per plan, or per section of each
/// plan — the year-end look-back (回头看) of a plan is `--plan X --by section`.
public struct ProgressReport: Sendable {
    public struct Row: Sendable, Equatable {
        /// What the row counts: a unit, `HD21 标题`, or a section heading; nil for the tasks
        /// that name no unit, or sit under no heading.
        public var label: String?
        /// 0 for units and plans; for sections, the plan is 0 and its headings 1, 2 …
        public var depth: Int
        public var counts: ProgressCounts
        /// A collective body (各部门, 区各单位): listed after the units and not ranked.
        public var collective = false
    }

    public var grouping: ReportGrouping
    public var rows: [Row]
    /// Every selected task once (a task led by two units counts in both unit rows, once here).
    public var all: ProgressCounts

    /// With `ranked` (by unit), units are ordered by 按期办结率, then fewest overdue, then
    /// fewest days late on average: the 排名 leaders read first.
    public init(ledger: Ledger, tasks: [LedgerTask], by grouping: ReportGrouping, asOf today: Day, staleDays: Int,
                ranked: Bool = false) {
        self.grouping = grouping
        all = ProgressCounts(tasks, asOf: today, staleDays: staleDays)
        let count = { (group: [LedgerTask]) in ProgressCounts(group, asOf: today, staleDays: staleDays) }
        switch grouping {
        case .unit: rows = Self.unitRows(ledger, tasks, asOf: today, staleDays: staleDays)
        case .plan, .section:
            rows = Self.planRows(ledger, tasks, sections: grouping == .section, count) {
                ProgressCounts(tasks, at: $0, asOf: today, staleDays: staleDays)
            }
        }
        if ranked, grouping == .unit { rows.sort(by: Self.ranksBefore) }
    }

    /// The ranking's order; rows without a due task (no rate yet) go last, the no-unit row
    /// after them.
    static func ranksBefore(_ a: Row, _ b: Row) -> Bool {
        if (a.label == nil) != (b.label == nil) { return b.label == nil }
        if a.collective != b.collective { return b.collective }
        let ra = a.counts.onTimeRate ?? -1, rb = b.counts.onTimeRate ?? -1
        if ra != rb { return ra > rb }
        if a.counts.overdue != b.counts.overdue { return a.counts.overdue < b.counts.overdue }
        if a.counts.averageDaysLate != b.counts.averageDaysLate { return a.counts.averageDaysLate < b.counts.averageDaysLate }
        return (a.label ?? "") < (b.label ?? "")
    }

    /// The tasks with a due day (or a period's) in `from…to` (either may be open): a month's
    /// or a quarter's 通报. Tasks without a due day fall outside any window.
    public static func dueWithin(_ tasks: [LedgerTask], from: Day?, to: Day?) -> [LedgerTask] {
        guard from != nil || to != nil else { return tasks }
        return tasks.filter { t in
            t.dueDays().contains { day in
                let d = t.extended(day)
                return (from.map { d >= $0 } ?? true) && (to.map { d <= $0 } ?? true)
            }
        }
    }

    /// Every unit that answers for some of the tasks (`UnitOverdue.owners`), the busiest
    /// first; tasks naming no unit last. Counted on all cores, each chunk of tasks into its
    /// own tallies, added up after; no task is copied into a group.
    private static func unitRows(_ ledger: Ledger, _ tasks: [LedgerTask], asOf today: Day, staleDays: Int) -> [Row] {
        let parts = Parallel.map(Parallel.chunks(tasks.count, minimumChunk: 2000)) { chunk in
            var byUnit: [UTF8Key: UnitTally] = [:]
            for i in chunk {
                // Counted once, added to each unit that answers for it.
                var one = ProgressCounts()
                one.add(tasks[i], asOf: today, staleDays: staleDays)
                let owners = UnitOverdue.owners(of: tasks[i], ledger)
                if owners.isEmpty { byUnit[UTF8Key(UnitOverdue.noUnit), default: UnitTally()].add(one, collective: false) }
                for o in owners { byUnit[UTF8Key(o.name), default: UnitTally()].add(one, collective: o.collective) }
            }
            return byUnit
        }
        var byUnit = parts[0]
        for part in parts.dropFirst() { byUnit.merge(part) { a, b in var a = a; a.add(b); return a } }
        return byUnit.sorted { UnitOverdue.busierFirst(($0.key.text, $0.value.tasks), ($1.key.text, $1.value.tasks)) }
            .map { Row(label: $0.key.text == UnitOverdue.noUnit ? nil : $0.key.text, depth: 0, counts: $0.value.counts,
                       collective: $0.value.collective) }
    }

    /// One unit's figures while they are counted.
    private struct UnitTally {
        var counts = ProgressCounts()
        /// Its tasks, cancelled ones included: the order of the rows.
        var tasks = 0
        var collective = false

        /// One task's figures.
        mutating func add(_ task: ProgressCounts, collective: Bool) {
            counts.add(task)
            tasks += 1
            self.collective = self.collective || collective
        }

        mutating func add(_ other: UnitTally) {
            counts.add(other.counts)
            tasks += other.tasks
            collective = collective || other.collective
        }
    }

    /// A row per plan, or the rows of each plan's sections: the tasks sorted into their plans
    /// in one pass (a ledger of 500 plans filtered 500 times over was most of a report), the
    /// plans counted on all cores. `countAt` counts the tasks at some positions: a plan's row
    /// copies none of its tasks.
    private static func planRows(_ ledger: Ledger, _ tasks: [LedgerTask], sections: Bool,
                                 _ count: @escaping ([LedgerTask]) -> ProgressCounts,
                                 countAt: @escaping ([Int]) -> ProgressCounts) -> [Row] {
        let byPlan = Dictionary(grouping: tasks.indices, by: { tasks[$0].plan })
        let plans = ledger.plans.filter { byPlan[$0.id] != nil }
        return Parallel.map(Parallel.chunks(plans.count, minimumChunk: 20)) { chunk in
            chunk.flatMap { k -> [Row] in
                let p = plans[k], positions = byPlan[p.id]!
                guard sections else { return [Row(label: p.id.rawValue + " " + p.title, depth: 0, counts: countAt(positions))] }
                return sectionRows(p, positions.map { tasks[$0] }, count)
            }
        }.flatMap { $0 }
    }

    /// The plan, then each heading in document order counting the tasks under it at any depth.
    private static func sectionRows(_ plan: Plan, _ tasks: [LedgerTask], _ count: ([LedgerTask]) -> ProgressCounts) -> [Row] {
        guard !tasks.isEmpty else { return [] }
        var under: [SectionID: [LedgerTask]] = [:]
        var unplaced: [LedgerTask] = []
        for t in tasks {
            guard var s = plan.section(t.section) else { unplaced.append(t); continue }
            under[s.id, default: []].append(t)
            while let parent = plan.section(s.parent) { under[parent.id, default: []].append(t); s = parent }
        }
        var rows = [Row(label: plan.id.rawValue + " " + plan.title, depth: 0, counts: count(tasks))]
        func walk(_ parent: SectionID?) {
            for s in plan.sections where s.parent == parent {
                guard let group = under[s.id] else { continue }
                rows.append(Row(label: s.heading, depth: s.depth, counts: count(group)))
                walk(s.id)
            }
        }
        walk(nil)
        if !unplaced.isEmpty { rows.append(Row(label: nil, depth: 1, counts: count(unplaced))) }
        return rows
    }
}
