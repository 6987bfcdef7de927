/// Where tasks sit: each one's plan title, its top heading and the heading under it
/// (`一、…`, `(一)…`), worked out once a plan for a whole list.
///
/// Lists print all three for every task. Looked up a task at a time, they walked the plan's
/// sections several times a task and, for a plan still in the snapshot, copied its body
/// under a lock each time: 8% of `list --format json` (docs/DECISIONS.md, 2026-12-01).
public struct TaskPlacements: Sendable {
    public struct Placement: Sendable {
        public var planTitle: String?
        public var section: String?
        public var subsection: String?
    }

    private var plans: [PlanID: (title: String, headings: PlanHeadings)] = [:]

    /// The placements of the plans that `tasks` belong to, the plans split between the cores:
    /// for a plan still in the snapshot, decoding its sections is most of the work.
    public init(for tasks: [LedgerTask], in ledger: Ledger) {
        var seen = Set<PlanID>(), previous: PlanID?
        // A plan's tasks mostly come together: comparing with the last skips most hashing.
        for t in tasks where t.plan != previous {
            previous = t.plan
            seen.insert(t.plan)
        }
        let plans = ledger.plans.filter { seen.contains($0.id) }
        let placed = Parallel.map(Parallel.chunks(plans.count, minimumChunk: 8)) { chunk in
            plans[chunk].map { (id: $0.id, title: $0.title, headings: PlanHeadings($0)) }
        }
        // Two plans with one id (a damaged file): the first, as `Ledger.plan` finds it.
        for part in placed { for p in part where self.plans[p.id] == nil { self.plans[p.id] = (p.title, p.headings) } }
    }

    /// The placements of one plan's tasks.
    public init(_ plan: Plan) {
        plans[plan.id] = (plan.title, PlanHeadings(plan))
    }

    public subscript(_ t: LedgerTask) -> Placement {
        guard let plan = plans[t.plan] else { return Placement() }
        let (section, subsection) = plan.headings[t.section]
        return Placement(planTitle: plan.title, section: section, subsection: subsection)
    }
}

/// A plan's sections, each with its top heading and the heading under it.
struct PlanHeadings: Sendable {
    private var pairs: [SectionID: (String?, String?)] = [:]

    init(_ plan: Plan) {
        let sections = plan.sections
        var index: [SectionID: Int] = [:]
        index.reserveCapacity(sections.count)
        // The first section with an id is the one `Plan.section` finds.
        for (i, s) in sections.enumerated() where index[s.id] == nil { index[s.id] = i }
        // Only the top two headings of a chain are shown: the rest are never made.
        var made = [String?](repeating: nil, count: sections.count)
        func heading(_ i: Int) -> String {
            if let h = made[i] { return h }
            made[i] = sections[i].heading
            return made[i]!
        }
        pairs.reserveCapacity(index.count)
        for (id, i) in index {
            // Up the parents to the top, keeping the one just under it. A damaged file's
            // parents may loop; no chain is longer than the plan.
            var top = i, below: Int?, steps = 0
            while steps < sections.count, let parent = sections[top].parent, let p = index[parent] {
                (below, top, steps) = (top, p, steps + 1)
            }
            pairs[id] = (heading(top), below.map(heading))
        }
    }

    subscript(_ section: SectionID?) -> (String?, String?) {
        guard let section, let pair = pairs[section] else { return (nil, nil) }
        return pair
    }
}
