/// One change a person makes to the ledger, as recorded in the journal.
///
/// Edits are field-level on purpose: two people changing different fields of the same task
/// at the same moment both land, and a conflict is only ever about one field.
public enum LedgerEdit: Hashable, Sendable {
    case status(TaskID, TaskStatus)
    case note(TaskID, String, period: Day?)
    /// Takes back a note (undo): the note written at that time by the same person.
    case retractNote(TaskID, at: Timestamp)
    case deadline(TaskID, Deadline)
    case units(TaskID, cells: [UnitCell], units: [UnitAssignment])
    case reviewed(TaskID, Bool)
    /// A period of a recurring task done (or reopened).
    case period(TaskID, Day, done: Bool)
    /// Merge `alias` into `canonical` (nil canonical: undo a merge).
    case alias(String, canonical: String?)
    case fragmentResolved(PlanID, line: Int, Bool)

    public var task: TaskID? {
        switch self {
        case let .status(id, _), let .note(id, _, _), let .retractNote(id, _), let .deadline(id, _), let .units(id, _, _),
             let .reviewed(id, _), let .period(id, _, _): return id
        case .alias, .fragmentResolved: return nil
        }
    }

    /// The field name used in history and conflict checks.
    public var field: String {
        switch self {
        case .status: return "status"
        case .note, .retractNote: return "note"
        case .deadline: return "due"
        case .units: return "units"
        case .reviewed: return "reviewed"
        case .period(_, let day, _): return "period " + day.iso
        case .alias(let name, _): return "alias " + name
        case .fragmentResolved(let plan, let line, _): return "fragment \(plan.rawValue):\(line)"
        }
    }

    /// Notes add, they never replace: two notes written at once are both kept.
    public var isAdditive: Bool {
        switch self {
        case .note, .retractNote: return true
        default: return false
        }
    }

    /// The value as a short text for history lines.
    public var summary: String? {
        switch self {
        case .status(_, let s): return s.rawValue
        case .note(_, let text, _): return text
        case .retractNote: return nil
        case .deadline(_, let d): return d.summary
        case .units(_, let cells, _): return cells.map(\.written).joined(separator: " / ")
        case .reviewed(_, let v): return v ? "reviewed" : "not reviewed"
        case .period(_, _, let done): return done ? "done" : "open"
        case .alias(_, let canonical): return canonical
        case .fragmentResolved(_, _, let v): return v ? "resolved" : "open"
        }
    }
}

extension Deadline {
    /// `2021-12-31 (年底前)`, `ongoing (长期推进)`, … for history lines and exports.
    public var summary: String {
        let head: String
        switch kind {
        case .date, .relative, .event: head = date?.iso ?? kind.rawValue
        case .ongoing, .none: head = kind.rawValue
        }
        if let text, !text.isEmpty, text != head { return head + " (" + text + ")" }
        return head
    }
}
