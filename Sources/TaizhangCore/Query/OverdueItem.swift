/// One task a unit owes past its due day. A task counts once: a recurring task's missed
/// periods are folded into its one item (`每月(2017年1月至12月,逾期12期)`), so the tree, the
/// overdue screen, `overdue` and the notices give the same number (docs/outputs.md).
public struct OverdueItem: Sendable, Equatable {
    public let task: LedgerTask
    /// For a recurring task, the due days of the periods it missed, oldest first; empty for a
    /// one-off task.
    public let periods: [Day]
    /// The (extended) due day it is overdue against: the oldest missed period's for a
    /// recurring task.
    public let due: Day
    public let daysOverdue: Int

    /// Every overdue task of `tasks` as of `today`, the longest overdue first.
    ///
    /// The tasks are tested on all cores (a recurring task's due day walks its periods) and
    /// sorted as small records; each task is copied once, into its place. Sorting the items
    /// themselves moved and retained whole tasks: a tenth of `overdue` (docs/DECISIONS.md,
    /// 2026-12-01).
    public static func all(in tasks: [LedgerTask], asOf today: Day) -> [OverdueItem] {
        typealias Found = (index: Int, days: Int, due: Day, periods: [Day])
        let found: [Found] = Parallel.map(Parallel.chunks(tasks.count)) { chunk in
            chunk.compactMap { i -> Found? in
                let days = tasks[i].daysOverdue(asOf: today)
                guard days > 0, let due = tasks[i].currentDue(asOf: today) else { return nil }
                return (i, days, due, tasks[i].missedPeriods(asOf: today))
            }
        }.flatMap { $0 }
        // The longest overdue first, then by id; stable, so tasks sharing an id keep their order.
        let order = found.sorted { a, b in a.days != b.days ? a.days > b.days : tasks[a.index].id < tasks[b.index].id }
        return order.map { OverdueItem(task: tasks[$0.index], periods: $0.periods, due: $0.due, daysOverdue: $0.days) }
    }

    /// The progress note that speaks to this item: the task's last note.
    public var lastNote: Note? { task.lastNote }
}

/// The overdue items of the units that answer for them (督办 is sent per unit).
public struct UnitOverdue: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let item: OverdueItem
        public let role: UnitRole
    }

    /// The unit's name; `noUnit` for tasks whose plan named no responsible unit.
    public let unit: String
    /// 各部门, 区各单位, 各镇(街): a kind of unit, listed in a notice but not addressed.
    public let collective: Bool
    public let entries: [Entry]

    /// The group of tasks without any unit, so that none drops out of a by-unit list.
    public static let noUnit = ""

    /// Groups items by the units that answer for them (`owners`), the unit with most items
    /// first, collective bodies after the units, and tasks naming no unit last. An item under
    /// two lead units is in both groups. With `only`, just the units that query matches.
    public static func group(_ items: [OverdueItem], ledger: Ledger, only: UnitMatcher? = nil) -> [UnitOverdue] {
        var byUnit: [String: [Entry]] = [:]
        var collective: Set<String> = []
        for item in items {
            let owners = Self.owners(of: item.task, ledger)
            if owners.isEmpty, only == nil { byUnit[noUnit, default: []].append(Entry(item: item, role: .responsible)) }
            for owner in owners {
                if let only, !only.matches(name: owner.name) { continue }
                if owner.collective { collective.insert(owner.name) }
                byUnit[owner.name, default: []].append(Entry(item: item, role: owner.role))
            }
        }
        return byUnit.map { UnitOverdue(unit: $0.key, collective: collective.contains($0.key), entries: $0.value) }
            .sorted { a, b in
                if a.collective != b.collective, a.unit != noUnit, b.unit != noUnit { return !a.collective }
                return busierFirst((a.unit, a.entries.count), (b.unit, b.entries.count))
            }
    }

    /// The units that answer for a task, after merges: its lead units; where it names none,
    /// the units responsible; where none, the supporting units. Supporting units of a led
    /// task help but are not chased (docs/outputs.md, "Which units are chased").
    public static func owners(of task: borrowing LedgerTask, _ ledger: Ledger) -> [(name: String, role: UnitRole, collective: Bool)] {
        guard let role = ownerRole(of: task) else { return [] }
        var found: [(name: String, role: UnitRole, collective: Bool)] = []
        for unit in task.units where unit.role == role {
            let name = ledger.canonicalUnit(unit.name)
            if !found.contains(where: { UTF8Key($0.name) == UTF8Key(name) }) { found.append((name, role, unit.collective)) }
        }
        return found
    }

    /// The part a task's owners play in it (`owners(of:_:)`): lead, else responsible, else
    /// support; nil when it names no unit.
    static func ownerRole(of task: borrowing LedgerTask) -> UnitRole? {
        var best: UnitRole?
        for unit in task.units {
            switch unit.role {
            case .lead: return .lead
            case .responsible: best = .responsible
            case .support: if best == nil { best = .support }
            }
        }
        return best
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
