import TaizhangCore

/// Plans, their headings and their tasks with done/total/overdue on every node, built in
/// one pass over the tasks: O(tasks × heading depth), with no per-task allocation beyond
/// an index, so it stays cheap at 100,000 tasks.
struct LedgerOutline {
    enum Key: Hashable, Sendable {
        case plan(PlanID)
        case section(SectionID)
    }

    struct Counts: Hashable, Sendable {
        /// Tasks still owed or done: cancelled ones are not counted.
        var total = 0
        var done = 0
        var overdue = 0
        /// Every task under the node, cancelled included: 0 hides the node under a filter.
        var tasks = 0
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
                count(all[i].status, overdue: all[i].daysOverdue(asOf: today) > 0, into: node)
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

    /// Counts a task under its own heading only; `addChildCounts` sums headings afterwards,
    /// once per heading rather than once per task and ancestor.
    private mutating func count(_ status: TaskStatus, overdue: Bool, into node: Int) {
        nodes[node].counts.tasks += 1
        guard status != .cancelled else { return }
        nodes[node].counts.total += 1
        if status == .done { nodes[node].counts.done += 1 }
        if overdue { nodes[node].counts.overdue += 1 }
    }

    private mutating func addChildCounts(_ node: Int) {
        for child in nodes[node].children {
            addChildCounts(child)
            let c = nodes[child].counts
            nodes[node].counts.tasks += c.tasks
            nodes[node].counts.total += c.total
            nodes[node].counts.done += c.done
            nodes[node].counts.overdue += c.overdue
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
