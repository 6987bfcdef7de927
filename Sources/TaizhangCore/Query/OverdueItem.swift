/// One thing a unit owes past its due day: an overdue task, or one missed period of a
/// recurring task (each missed period is chased separately).
public struct OverdueItem: Sendable, Equatable {
    public let task: LedgerTask
    /// The due day of the missed period, for a recurring task; nil for a one-off task.
    public let period: Day?
    public let due: Day
    public let daysOverdue: Int

    /// Every overdue item of `tasks` as of `today`, the longest overdue first.
    public static func all(in tasks: [LedgerTask], asOf today: Day) -> [OverdueItem] {
        var items: [OverdueItem] = []
        for t in tasks where t.status.isOpen {
            if t.deadline.recurrence != nil, !t.periodDueDays().isEmpty {
                for day in t.missedPeriods(asOf: today) {
                    items.append(OverdueItem(task: t, period: day, due: day, daysOverdue: today.ordinal - day.ordinal))
                }
            } else if t.isOverdue(asOf: today), let due = t.currentDue(asOf: today) {
                items.append(OverdueItem(task: t, period: nil, due: due, daysOverdue: t.daysOverdue(asOf: today)))
            }
        }
        return items.sorted { ($1.daysOverdue, $0.task.id) < ($0.daysOverdue, $1.task.id) }
    }

    /// The progress note that speaks to this item: for a period, the last note about that
    /// period, else the task's last note.
    public var lastNote: Note? {
        if let period, let n = task.notes.filter({ $0.period == period }).max(by: { $0.at < $1.at }) { return n }
        return task.lastNote
    }
}

/// The overdue items one unit is named in, with the unit's part in each (督办 is sent per unit).
public struct UnitOverdue: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let item: OverdueItem
        public let role: UnitRole
    }

    /// The unit's name; `noUnit` for tasks whose plan named no responsible unit.
    public let unit: String
    public let entries: [Entry]

    /// The group of tasks without any unit, so that none drops out of a by-unit list.
    public static let noUnit = ""

    /// Groups items by every unit they name (after merges), the unit with most items first and
    /// tasks naming no unit last.
    /// With `only`, just the units that query matches (`--unit`).
    public static func group(_ items: [OverdueItem], ledger: Ledger, only: UnitMatcher? = nil) -> [UnitOverdue] {
        var byUnit: [String: [Entry]] = [:]
        for item in items {
            var roles: [String: UnitRole] = [:]
            for u in item.task.units {
                let name = ledger.canonicalUnit(u.name)
                if let only, !only.matches(name: name) { continue }
                roles[name] = UnitRole.stronger(roles[name], u.role)
            }
            if item.task.units.isEmpty, only == nil { roles[UnitOverdue.noUnit] = .responsible }
            for (name, role) in roles { byUnit[name, default: []].append(Entry(item: item, role: role)) }
        }
        return byUnit.map { UnitOverdue(unit: $0.key, entries: $0.value) }
            .sorted { busierFirst(($0.unit, $0.entries.count), ($1.unit, $1.entries.count)) }
    }

    /// Orders units by how much they carry, then by name; tasks without a unit come last.
    static func busierFirst(_ a: (name: String, count: Int), _ b: (name: String, count: Int)) -> Bool {
        let (aNone, bNone) = (a.name == noUnit, b.name == noUnit)
        if aNone != bNone { return bNone }
        return (a.count, b.name) > (b.count, a.name)
    }
}

extension UnitRole {
    /// The part that weighs more when a unit is named twice in a task: lead, then
    /// responsible, then support.
    static func stronger(_ a: UnitRole?, _ b: UnitRole) -> UnitRole {
        guard let a else { return b }
        let rank: [UnitRole: Int] = [.lead: 3, .responsible: 2, .support: 1]
        return rank[a]! >= rank[b]! ? a : b
    }
}
