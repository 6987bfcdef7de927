/// One core's share of `UnitSummary.all`: each unit found by name once per task it is named
/// in, then counted in place by its slot.
///
/// Counting through a dictionary of summaries looked every name up three times a task, built
/// the owners' list and a set insert each time, and hashed the lights into a dictionary:
/// 17 ms of the 64 ms `units` took on the seeds ×100 ledger (docs/DECISIONS.md, 2026-12-01).
struct UnitTally {
    private var slots: [UTF8Key: Int] = [:]
    private var units: [UnitSummary] = []
    /// Red, yellow and blue counts by slot, made into `UnitSummary.warnings` at the end.
    private var lights: [(red: Int, yellow: Int, blue: Int)] = []
    /// The plan last added to each slot's set: a plan's tasks come together, so most
    /// tasks add nothing new.
    private var lastPlan: [PlanID?] = []
    /// The slots of the task being counted, by its units' order (reused between tasks).
    private var taskSlots: [Int] = []

    /// Adds one task to the summaries of its units, as `UnitSummary.all` documents.
    mutating func count(_ t: borrowing LedgerTask, _ ledger: Ledger, asOf today: Day, rules: WarningRules?) {
        taskSlots.removeAll(keepingCapacity: true)
        for u in t.units {
            let slot = slot(for: ledger.canonicalUnit(u.name), collective: u.collective)
            taskSlots.append(slot)
            units[slot].count(role: t.status == .cancelled ? nil : u.role)
            if lastPlan[slot] != t.plan { units[slot].plans.insert(t.plan); lastPlan[slot] = t.plan }
        }
        guard let ownerRole = UnitOverdue.ownerRole(of: t) else { return }
        var level: WarningLevel?
        if let rules { level = t.warning(asOf: today, rules: rules) }
        // Counted once and added to each owner: a task led by two units is counted the same for both.
        var counts = ProgressCounts()
        counts.add(t, asOf: today, staleDays: nil)
        for (i, u) in t.units.enumerated() where u.role == ownerRole {
            let slot = taskSlots[i]
            // A unit named twice in the same part owns the task once (`UnitOverdue.owners`).
            if taskSlots[..<i].indices.contains(where: { taskSlots[$0] == slot && t.units[$0].role == ownerRole }) { continue }
            units[slot].counts.add(counts)
            switch level {
            case .red?: lights[slot].red += 1
            case .yellow?: lights[slot].yellow += 1
            case .blue?: lights[slot].blue += 1
            case nil: break
            }
        }
    }

    /// The summaries counted so far, by name.
    func summaries() -> [UTF8Key: UnitSummary] {
        var byName = [UTF8Key: UnitSummary](minimumCapacity: units.count)
        for (key, slot) in slots {
            var s = units[slot]
            let l = lights[slot]
            for (level, n) in [(WarningLevel.red, l.red), (.yellow, l.yellow), (.blue, l.blue)] where n > 0 {
                s.warnings[level] = n
            }
            byName[key] = s
        }
        return byName
    }

    private mutating func slot(for name: String, collective: Bool) -> Int {
        let key = UTF8Key(name)
        if let slot = slots[key] { return slot }
        slots[key] = units.count
        units.append(UnitSummary(name: name, aliases: [], collective: collective))
        lights.append((0, 0, 0))
        lastPlan.append(nil)
        return units.count - 1
    }
}
