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

    /// A plan's title and headings, and (for JSON lists) the three members already written.
    struct PlanEntry: Sendable {
        var title: String
        var headings: PlanHeadings
        /// `,"planTitle":…,"section":…,"subsection":…` by section; `nil` key for a task
        /// outside every section.
        var json: [SectionID?: [UInt8]] = [:]
    }

    private var plans: [PlanID: PlanEntry] = [:]

    /// The placements of the plans that `tasks` belong to, the plans split between the cores:
    /// for a plan still in the snapshot, decoding its sections is most of the work. With
    /// `json`, each section's three members are written once here, not once a task: a
    /// plan's tasks share a handful of headings, and writing them was a seventh of
    /// `list --format json` (docs/DECISIONS.md, 2026-12-01).
    public init(for tasks: [LedgerTask], in ledger: Ledger, json: Bool = false) {
        var seen = Set<PlanID>(), previous: PlanID?
        // A plan's tasks mostly come together: comparing with the last skips most hashing.
        for t in tasks where t.plan != previous {
            previous = t.plan
            seen.insert(t.plan)
        }
        let plans = ledger.plans.filter { seen.contains($0.id) }
        let placed = Parallel.map(Parallel.chunks(plans.count, minimumChunk: 8)) { chunk in
            plans[chunk].map { plan in
                var entry = PlanEntry(title: plan.title, headings: PlanHeadings(plan))
                if json { entry.json = entry.headings.jsonMembers(planTitle: plan.title) }
                return (id: plan.id, entry: entry)
            }
        }
        // Two plans with one id (a damaged file): the first, as `Ledger.plan` finds it.
        for part in placed { for p in part where self.plans[p.id] == nil { self.plans[p.id] = p.entry } }
    }

    /// The placements of one plan's tasks.
    public init(_ plan: Plan) {
        plans[plan.id] = PlanEntry(title: plan.title, headings: PlanHeadings(plan))
    }

    public subscript(_ t: LedgerTask) -> Placement {
        guard let plan = plans[t.plan] else { return Placement() }
        let (section, subsection) = plan.headings[t.section]
        return Placement(planTitle: plan.title, section: section, subsection: subsection)
    }

    /// The plan's entry, for `jsonMembers(_:in:)`: a list looks its plan up once for the
    /// run of tasks that share it.
    func entry(_ plan: PlanID) -> PlanEntry? { plans[plan] }

    /// The task's three members as JSON, written at `init(for:in:json: true)`.
    static func jsonMembers(_ t: LedgerTask, in entry: PlanEntry?) -> [UInt8] {
        guard let entry else { return Self.noPlan }
        return entry.json[t.section] ?? entry.json[nil] ?? Self.noPlan
    }

    static let noPlan: [UInt8] = Array(#","planTitle":null,"section":null,"subsection":null"#.utf8)
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

    /// Each section's `,"planTitle":…,"section":…,"subsection":…`, and under the `nil` key
    /// those of a task outside every section (or in one the plan does not have).
    func jsonMembers(planTitle: String) -> [SectionID?: [UInt8]] {
        func members(_ section: String?, _ subsection: String?) -> [UInt8] {
            var w = JSONWriter(capacity: 256)
            w.key("planTitle"); w.string(planTitle)
            w.key("section"); w.stringOrNull(section)
            w.key("subsection"); w.stringOrNull(subsection)
            return w.bytes
        }
        var out: [SectionID?: [UInt8]] = [nil: members(nil, nil)]
        out.reserveCapacity(pairs.count + 1)
        for (id, pair) in pairs { out[id] = members(pair.0, pair.1) }
        return out
    }

    subscript(_ section: SectionID?) -> (String?, String?) {
        guard let section, let pair = pairs[section] else { return (nil, nil) }
        return pair
    }
}
