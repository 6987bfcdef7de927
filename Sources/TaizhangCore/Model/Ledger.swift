import Dispatch
import Synchronization

/// The whole ledger in memory: plans, their tasks, and the unit aliases coordinators merged.
///
/// Tasks are kept in one array (plan order, then position in the plan) with an id index,
/// because every screen and query walks all tasks and a flat array is the cheapest to scan.
public struct Ledger: Sendable {
    public private(set) var plans: [Plan]
    public private(set) var tasks: [LedgerTask]
    /// alias → the name it was merged into. Applied at query time, so a merge reaches every
    /// task, including tasks of plans imported (or re-imported) later.
    public private(set) var aliases: [String: String]
    private var index = TaskIndex()
    private var planIndex: [PlanID: Int] = [:]

    public init(plans: [Plan] = [], tasks: [LedgerTask] = [], aliases: [String: String] = [:]) {
        self.plans = plans
        self.tasks = tasks
        self.aliases = aliases
        rebuildPlanIndex()
    }

    public subscript(id: TaskID) -> LedgerTask? {
        guard let i = index.position(of: id, in: tasks) else { return nil }
        return tasks[i]
    }

    public func plan(_ id: PlanID) -> Plan? {
        guard let i = planIndex[id] else { return nil }
        return plans[i]
    }

    public func contains(_ id: TaskID) -> Bool { index.position(of: id, in: tasks) != nil }

    /// Changes one task in place; returns false when the id is unknown.
    @discardableResult
    public mutating func update(_ id: TaskID, _ body: (inout LedgerTask) throws -> Void) rethrows -> Bool {
        guard let i = index.position(of: id, in: tasks) else { return false }
        try body(&tasks[i])
        return true
    }

    public mutating func updatePlan(_ id: PlanID, _ body: (inout Plan) -> Void) {
        guard let i = planIndex[id] else { return }
        body(&plans[i])
    }

    /// Adds a plan with its tasks, or replaces the plan and its tasks when the id exists.
    public mutating func put(plan: Plan, tasks newTasks: [LedgerTask]) {
        if let i = planIndex[plan.id] {
            plans[i] = plan
            tasks.removeAll { $0.plan == plan.id }
            tasks.append(contentsOf: newTasks)
            index = TaskIndex()
            return
        }
        // A new plan: index only what is added (importing 500 plans stays linear).
        planIndex[plan.id] = plans.count
        plans.append(plan)
        if !isKnownUniquelyReferenced(&index) { index = index.copy() }
        index.add(newTasks, from: tasks.count)
        tasks.append(contentsOf: newTasks)
    }

    public mutating func setAlias(_ alias: String, to canonical: String) {
        // Re-point aliases of the alias, so lookups stay one step deep.
        for (k, v) in aliases where v == alias { aliases[k] = canonical }
        aliases[alias] = canonical
        aliases[canonical] = nil
    }

    public mutating func removeAlias(_ alias: String) { aliases[alias] = nil }

    /// Tasks whose details in the snapshot could not be read (a hand-damaged file),
    /// checked on all cores. Nothing may write the snapshot over them.
    func detailProblems() -> [(String, JSONSyntaxError)] {
        let tasks = self.tasks
        let found = Parallel.map(Parallel.chunks(tasks.count)) { chunk in
            chunk.compactMap { i in tasks[i].detailProblem.map { (tasks[i].id.rawValue, $0) } }
        }
        return plans.compactMap { p in p.detailProblem.map { (p.id.rawValue, $0) } } + found.flatMap { $0 }
    }

    /// The name a unit is known by after merges.
    /// Asked for every unit of every task: with no merges (most ledgers), not even hashed.
    public func canonicalUnit(_ name: String) -> String { aliases.isEmpty ? name : aliases[name] ?? name }

    private mutating func rebuildPlanIndex() {
        var planIndex = [PlanID: Int](minimumCapacity: plans.count)
        for (i, p) in plans.enumerated() where planIndex[p.id] == nil { planIndex[p.id] = i }
        self.planIndex = planIndex
    }
}

/// Where each task id sits in `Ledger.tasks`, worked out at the first lookup: counting and
/// listing commands never look a task up by id, and hashing every id at load (on one core)
/// was 3% of the profile of loading the seeds ×100 ledger in Swift's hasher alone. Shared
/// by copies of a ledger with the same tasks; a ledger that adds tasks to a shared one
/// makes its own.
private final class TaskIndex: @unchecked Sendable {
    private let built: Mutex<[TaskID: Int]?>

    init(_ built: [TaskID: Int]? = nil) { self.built = Mutex(built) }

    func copy() -> TaskIndex { TaskIndex(built.withLock { $0 }) }

    func position(of id: TaskID, in tasks: [LedgerTask]) -> Int? {
        built.withLock { index in
            if index == nil { index = Self.build(tasks) }
            return index![id]
        }
    }

    /// Tasks appended at `start`; nothing to do while the index is not built yet.
    func add(_ tasks: [LedgerTask], from start: Int) {
        built.withLock { index in
            guard index != nil else { return }
            for (k, t) in tasks.enumerated() where index![t.id] == nil { index![t.id] = start + k }
        }
    }

    /// The first of two tasks with one id wins (`check` reports the duplicate).
    private static func build(_ tasks: [LedgerTask]) -> [TaskID: Int] {
        var index = [TaskID: Int](minimumCapacity: tasks.count)
        // By index, reading only the id: iterating the tasks would copy (retain) each one.
        // One hash a task: the first of two tasks with the same id keeps its place.
        for i in tasks.indices {
            if let earlier = index.updateValue(i, forKey: tasks[i].id) { index[tasks[i].id] = earlier }
        }
        return index
    }
}
