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
        var headings: PlanHeadings?
        /// The three members as JSON, by section (with `init(for:in:json: true)`).
        var json: PlanJSONHeadings?
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
                // A JSON list needs only the members; other callers only the headings.
                json ? (id: plan.id, entry: PlanEntry(title: plan.title, headings: nil, json: PlanJSONHeadings(plan)))
                     : (id: plan.id, entry: PlanEntry(title: plan.title, headings: PlanHeadings(plan)))
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
        precondition(plan.headings != nil, "TaskPlacements(json: true) holds JSON members only")
        let (section, subsection) = plan.headings![t.section]
        return Placement(planTitle: plan.title, section: section, subsection: subsection)
    }

    /// The plan's entry, for `appendJSONMembers(_:in:to:)`: a list looks its plan up once
    /// for the run of tasks that share it.
    func entry(_ plan: PlanID) -> PlanEntry? { plans[plan] }

    /// Appends the task's three members as JSON, written at `init(for:in:json: true)`.
    static func appendJSONMembers(_ t: LedgerTask, in entry: PlanEntry?, to w: inout JSONWriter) {
        if let json = entry?.json {
            json.append(t.section, to: &w)
        } else {
            noPlan.withUnsafeBytes { w.append($0) }
        }
    }

    private static let noPlan: [UInt8] = Array(#","planTitle":null,"section":null,"subsection":null"#.utf8)
}

/// For each section id (its first section, the one `Plan.section` finds), the top section
/// of its chain and the one just under the top: the two headings a list shows.
struct HeadingChains {
    private(set) var pairs: [SectionID: (top: Int, below: Int?)] = [:]

    init(ids: [SectionID], parents: [SectionID?]) {
        var index: [SectionID: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
        pairs.reserveCapacity(index.count)
        for (id, i) in index {
            // Up the parents to the top, keeping the one just under it. A damaged file's
            // parents may loop; no chain is longer than the plan.
            var top = i, below: Int?, steps = 0
            while steps < ids.count, let parent = parents[top], let p = index[parent] {
                (below, top, steps) = (top, p, steps + 1)
            }
            pairs[id] = (top, below)
        }
    }
}

/// A plan's sections, each with its top heading and the heading under it.
struct PlanHeadings: Sendable {
    private var pairs: [SectionID: (String?, String?)] = [:]

    init(_ plan: Plan) {
        let sections = plan.sections
        // Only the top two headings of a chain are shown: the rest are never made.
        var made = [String?](repeating: nil, count: sections.count)
        func heading(_ i: Int) -> String {
            if let h = made[i] { return h }
            made[i] = sections[i].heading
            return made[i]!
        }
        let chains = HeadingChains(ids: sections.map(\.id), parents: sections.map(\.parent))
        pairs.reserveCapacity(chains.pairs.count)
        for (id, chain) in chains.pairs { pairs[id] = (heading(chain.top), chain.below.map(heading)) }
    }

    subscript(_ section: SectionID?) -> (String?, String?) {
        guard let section, let pair = pairs[section] else { return (nil, nil) }
        return pair
    }
}

/// A plan's `,"planTitle":…,"section":…,"subsection":…` for each of its sections, written
/// once for a JSON list: a plan's tasks share a handful of headings.
///
/// For a plan still in the snapshot the titles are copied from it (`PlanBody.withSkeletons`),
/// not decoded and joined to their markers first: that was most of working out a list's
/// headings (docs/DECISIONS.md, 2026-12-01).
struct PlanJSONHeadings: Sendable {
    private var bytes: [UInt8] = []
    private var members: [SectionID: Range<Int>] = [:]
    /// A task outside every section, or in one the plan lacks.
    private var outside: Range<Int> = 0..<0

    init(_ plan: Plan) {
        var w = JSONWriter(capacity: 4096)
        w.key("planTitle"); w.string(plan.title)
        let titleMember = w.bytes
        w.key("section"); w.null(); w.key("subsection"); w.null()
        outside = 0..<w.count
        var written: [SectionID: Range<Int>]?
        _ = plan.lazyBody?.withSkeletons { skeletons, file in
            let chains = HeadingChains(ids: skeletons.map(\.id), parents: skeletons.map(\.parent))
            // Each heading's marker and separator escaped once: a top heading heads many.
            var prefixes = [[UInt8]?](repeating: nil, count: skeletons.count)
            written = Self.write(chains, titleMember, &w) { i, w in
                if prefixes[i] == nil {
                    var p = JSONWriter(capacity: 32)
                    if let separator = Section.separator(marker: skeletons[i].marker, depth: skeletons[i].depth) {
                        p.stringContents(skeletons[i].marker)
                        p.stringContents(separator)
                    }
                    prefixes[i] = p.bytes
                }
                w.byte(0x22)
                prefixes[i]!.withUnsafeBytes { w.append($0) }
                w.append(UnsafeRawBufferPointer(rebasing: file[skeletons[i].title]))
                w.byte(0x22)
            }
        }
        if written == nil {
            let sections = plan.sections
            let chains = HeadingChains(ids: sections.map(\.id), parents: sections.map(\.parent))
            written = Self.write(chains, titleMember, &w) { i, w in w.string(sections[i].heading) }
        }
        members = written ?? [:]
        bytes = w.bytes
    }

    /// Each id's members written after what `w` holds, `heading` writing a section's heading.
    private static func write(_ chains: HeadingChains, _ titleMember: [UInt8], _ w: inout JSONWriter,
                              _ heading: (Int, inout JSONWriter) -> Void) -> [SectionID: Range<Int>] {
        var members: [SectionID: Range<Int>] = [:]
        members.reserveCapacity(chains.pairs.count)
        for (id, chain) in chains.pairs {
            let start = w.count
            w.append(contentsOf: titleMember)
            w.key("section"); heading(chain.top, &w)
            w.key("subsection"); if let below = chain.below { heading(below, &w) } else { w.null() }
            members[id] = start..<w.count
        }
        return members
    }

    /// Appends the members of a task in `section`.
    func append(_ section: SectionID?, to w: inout JSONWriter) {
        let range = section.flatMap { members[$0] } ?? outside
        bytes.withUnsafeBytes { w.append(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }
}
