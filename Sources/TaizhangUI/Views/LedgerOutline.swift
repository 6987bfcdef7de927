import TaizhangCore

/// Plans, their headings and their tasks with done/total/overdue on every node, built in
/// one pass over the tasks: O(tasks × heading depth), with no per-task allocation beyond
/// an index, so it stays cheap at 100,000 tasks.
struct LedgerOutline {
    enum Key: Hashable, Sendable {
        case plan(PlanID)
        case section(SectionID)
    }

    /// The core's figures (`ProgressCounts`, as every screen and report counts), plus how many
    /// tasks sit under the node at all.
    struct Counts: Equatable, Sendable {
        var progress = ProgressCounts()
        /// Every task under the node, cancelled included: 0 hides the node under a filter.
        var tasks = 0
        /// Tasks still owed or done: cancelled ones are not counted.
        var total: Int { progress.total }
        /// Confirmed work; reported work waits beside it.
        var done: Int { progress.done }
        var reported: Int { progress.reported }
        var overdue: Int { progress.overdue }
    }

    struct Node: Sendable {
        let key: Key
        let parent: Int?
        let title: String
        var children: [Int] = []
        /// Positions in `ledger.tasks` of the tasks directly under this heading, in plan order.
        var tasks: [Int] = []
        var counts = Counts()
    }

    private(set) var nodes: [Node] = []
    private(set) var roots: [Int] = []
    /// Node of each task position (-1 for tasks not in the outline).
    private(set) var nodeOfTask: [Int]

    init(ledger: Ledger, tasks: [Int], today: Day) {
        nodeOfTask = Array(repeating: -1, count: ledger.tasks.count)
        var nodeOf: [Key: Int] = [:]
        for plan in ledger.plans {
            let root = add(Node(key: .plan(plan.id), parent: nil, title: plan.id.rawValue + " " + plan.title), &nodeOf)
            roots.append(root)
            // Two passes, so a heading listed before its parent still finds it.
            for section in plan.sections { _ = add(Node(key: .section(section.id), parent: root, title: section.heading), &nodeOf) }
            for section in plan.sections { link(nodeOf[.section(section.id)]!, to: section.parent.flatMap { nodeOf[.section($0)] } ?? root) }
        }
        // Tasks come in plan order, so neighbours mostly share a heading: remembering the
        // last one saves most dictionary lookups (string hashing) on a large ledger.
        var lastSection: SectionID?
        var lastNode: Int?
        ledger.tasks.withUnsafeBufferPointer { all in
            for i in tasks {
                let section = all[i].section
                let node: Int?
                if let section, section == lastSection { node = lastNode }
                else { node = section.flatMap { nodeOf[.section($0)] } ?? nodeOf[.plan(all[i].plan)] }
                lastSection = section
                lastNode = node
                guard let node else { continue }
                nodes[node].tasks.append(i)
                nodeOfTask[i] = node
                nodes[node].counts.tasks += 1
                nodes[node].counts.progress.add(all[i], asOf: today, staleDays: nil)
            }
        }
        roots.forEach { addChildCounts($0) }
    }

    private mutating func add(_ node: Node, _ nodeOf: inout [Key: Int]) -> Int {
        nodes.append(node)
        nodeOf[node.key] = nodes.count - 1
        return nodes.count - 1
    }

    /// Hangs a section under its parent; depths follow from the plan's root.
    private mutating func link(_ child: Int, to parent: Int) {
        nodes[child] = Node(key: nodes[child].key, parent: parent, title: nodes[child].title)
        nodes[parent].children.append(child)
    }

    /// Adds each heading's children once per heading, after every task was counted under
    /// its own heading only (rather than once per task and ancestor).
    private mutating func addChildCounts(_ node: Int) {
        for child in nodes[node].children {
            addChildCounts(child)
            let c = nodes[child].counts
            nodes[node].counts.tasks += c.tasks
            nodes[node].counts.progress.add(c.progress)
        }
    }

    /// The nodes from the plan down to `node`.
    func path(to node: Int) -> [Int] {
        var path = [node]
        while let p = nodes[path[0]].parent { path.insert(p, at: 0) }
        return path
    }

    /// Every task position in reading order: a node's own tasks, then its sub-headings'.
    func taskOrder() -> [Int] {
        var order: [Int] = []
        func visit(_ n: Int) {
            order += nodes[n].tasks
            nodes[n].children.forEach(visit)
        }
        roots.forEach(visit)
        return order
    }
}
