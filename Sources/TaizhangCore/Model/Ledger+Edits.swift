import Foundation

/// A journal record: an edit with who made it and when.
public struct JournalEntry: Hashable, Sendable {
    public var seq: Int
    public var at: Timestamp
    public var by: String
    public var edit: LedgerEdit
    /// The edit that restores what was there before (what `undo` appends); nil for notes.
    public var before: LedgerEdit?
    /// When this entry takes back an earlier command: the seq of that command's first entry.
    public var undoes: Int?
    /// For the second and later entries of one command or dialog: the seq of its first entry,
    /// so that `undo` takes the whole command back. nil for a command's first entry.
    public var group: Int?

    public init(seq: Int, at: Timestamp, by: String, edit: LedgerEdit, before: LedgerEdit?, undoes: Int? = nil, group: Int? = nil) {
        self.seq = seq
        self.at = at
        self.by = by
        self.edit = edit
        self.before = before
        self.undoes = undoes
        self.group = group
    }

    /// The seq that names this entry's command: its first entry's.
    public var command: Int { group ?? seq }
}

public enum EditError: Error, CustomStringConvertible, Equatable {
    case unknownTask(TaskID)
    case unknownPlan(PlanID)
    case invalid(String)
    case emptyNote
    case noFragment(PlanID, line: Int)
    case selfMerge

    public var description: String {
        switch self {
        case .unknownTask(let id): return "no task \(id.rawValue)"
        case .unknownPlan(let id): return "no plan \(id.rawValue)"
        case .invalid(let why): return why
        case .emptyNote: return "a note cannot be empty"
        case let .noFragment(plan, line): return "plan \(plan.rawValue) has no unplaced fragment at line \(line)"
        case .selfMerge: return "cannot merge a unit into itself"
        }
    }
}

extension Ledger {
    /// The edit that would restore the current value of what `edit` changes.
    public func inverse(of edit: LedgerEdit) -> LedgerEdit? {
        switch edit {
        case .status(let id, _): return self[id].map { .status(id, $0.status) }
        case .note, .retractNote: return nil
        case .deadline(let id, _): return self[id].map { .deadline(id, $0.deadline) }
        case .units(let id, _, _): return self[id].map { .units(id, cells: $0.unitCells, units: $0.units) }
        case .reviewed(let id, _): return self[id].map { .reviewed(id, $0.reviewed) }
        case .period(let id, let day, _): return self[id].map { .period(id, day, done: $0.periodsDone.contains(day)) }
        case .alias(let name, _): return .alias(name, canonical: aliases[name])
        case .fragmentResolved(let plan, let line, _):
            let resolved = self.plan(plan)?.fragments.first { $0.line == line }?.resolved ?? false
            return .fragmentResolved(plan, line: line, resolved)
        case .report(let id), .confirm(let id), .returnTask(let id, _): return self[id].map { .status(id, $0.status) }
        case .evidence, .extensionRequest, .extensionDecision: return nil
        }
    }

    /// True when applying `edit` would leave the ledger as it is (the same status, the same
    /// units, the same date): such an edit is not recorded, so nothing changes, not even history.
    public func changesNothing(_ edit: LedgerEdit) -> Bool {
        guard !edit.isAdditive, let current = inverse(of: edit) else { return false }
        return current == edit
    }

    /// Checks that an edit can apply (the task exists, the period is one of the task's).
    public func validate(_ edit: LedgerEdit) throws {
        if let id = edit.task, !contains(id) { throw EditError.unknownTask(id) }
        switch edit {
        case .note(_, let text, _):
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw EditError.emptyNote }
        case .fragmentResolved(let plan, let line, _):
            guard let p = self.plan(plan) else { throw EditError.unknownPlan(plan) }
            if !p.fragments.contains(where: { $0.line == line }) {
                throw EditError.noFragment(plan, line: line)
            }
        case .alias(let name, let canonical):
            if let canonical, canonical == name { throw EditError.selfMerge }
        default:
            if let id = edit.task, let task = self[id] { try ClosingLoop.validate(edit, on: task) }
        }
    }

    /// Applies a journal entry, recording the change in the task's history.
    /// Entries for tasks this ledger does not hold (a partial load) are skipped.
    public mutating func apply(_ entry: JournalEntry) {
        let edit = entry.edit
        if let id = edit.task {
            var old = contains(id) ? inverse(of: edit)?.summary : nil
            if case .retractNote(_, let at) = edit { old = self[id]?.notes.first { $0.at == at && $0.by == entry.by }?.text }
            update(id) { t in
                t.history.append(Change(at: entry.at, by: entry.by, field: edit.field,
                                        old: old, new: edit.summary))
                switch edit {
                case .status(_, let s): t.setStatus(s, at: entry.at)
                case .note(_, let text, let period): t.notes.append(Note(at: entry.at, by: entry.by, text: text, period: period))
                case .retractNote(_, let at):
                    if let i = t.notes.lastIndex(where: { $0.at == at && $0.by == entry.by }) { t.notes.remove(at: i) }
                case .deadline(_, let d): t.deadline = d
                case .units(_, let cells, let units): t.unitCells = cells; t.units = units
                case .reviewed(_, let v): t.reviewed = v
                case .period(_, let day, let done):
                    t.periodsDone.removeAll { $0 == day }
                    if done { t.periodsDone.append(day); t.periodsDone.sort() }
                case .alias, .fragmentResolved: break
                case .evidence, .report, .confirm, .returnTask, .extensionRequest, .extensionDecision:
                    ClosingLoop.apply(edit, to: &t, at: entry.at, by: entry.by)
                }
            }
            return
        }
        switch edit {
        case .alias(let name, let canonical):
            if let canonical { setAlias(name, to: canonical) } else { removeAlias(name) }
        case .fragmentResolved(let plan, let line, let value):
            updatePlan(plan) { p in
                for i in p.fragments.indices where p.fragments[i].line == line { p.fragments[i].resolved = value }
            }
        default: break
        }
    }
}
