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
    // The 督办 loop (docs/loop.md)
    /// Evidence that the work is done (the time and login come from the journal entry).
    case evidence(TaskID, Evidence)
    /// The unit reports the task done (报结): it waits for a coordinator as `reported`.
    case report(TaskID)
    /// A coordinator confirms a report (办结): the task is done.
    case confirm(TaskID)
    /// A coordinator sends a report back (退回整改) with the reason: in progress again.
    case returnTask(TaskID, reason: String)
    /// The unit asks to move the current due day to a later one (延期申请).
    case extensionRequest(TaskID, to: Day, reason: String)
    /// A coordinator approves or rejects the pending request.
    case extensionDecision(TaskID, approved: Bool, reason: String?)

    public var task: TaskID? {
        switch self {
        case let .status(id, _), let .note(id, _, _), let .retractNote(id, _), let .deadline(id, _), let .units(id, _, _),
             let .reviewed(id, _), let .period(id, _, _), let .evidence(id, _), let .report(id), let .confirm(id),
             let .returnTask(id, _), let .extensionRequest(id, _, _), let .extensionDecision(id, _, _): return id
        case .alias, .fragmentResolved: return nil
        }
    }

    /// The field name used in history and conflict checks.
    public var field: String {
        switch self {
        case .status, .report, .confirm, .returnTask: return "status"
        case .evidence: return "evidence"
        case .extensionRequest, .extensionDecision: return "extension"
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
        case .note, .retractNote, .evidence: return true
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
        case .evidence(_, let e): return e.kind.rawValue + ": " + e.text
        case .report: return TaskStatus.reported.rawValue
        case .confirm: return TaskStatus.done.rawValue
        case .returnTask(_, let reason): return TaskStatus.inProgress.rawValue + " (" + reason + ")"
        case .extensionRequest(_, let to, let reason): return "requested " + to.iso + " (" + reason + ")"
        case .extensionDecision(_, let approved, let reason):
            return (approved ? "approved" : "rejected") + (reason.map { " (" + $0 + ")" } ?? "")
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
