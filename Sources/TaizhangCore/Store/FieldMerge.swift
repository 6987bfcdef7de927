/// The rule two people's edits meet by, in one place: edits name one field of one task, so
/// edits to different fields both land; when two change the same field, the later edit (in
/// lock order) wins, the earlier value stays in the task's history, and whoever was
/// overtaken is told — the person saving, if their screen had not shown the other edit, and
/// the other person when their screen next refreshes. Notes add; they never conflict.
enum FieldMerge {
    /// The edits by others (`unseen`: what the saving person's screen had not shown) that
    /// `edit` replaces.
    static func overtaken(by edit: LedgerEdit, actor: String, unseen: [JournalEntry]) -> [Overtaken] {
        guard !edit.isAdditive else { return [] }
        let key = EditKey(edit)
        return unseen.filter { $0.by != actor && EditKey($0.edit) == key }.map { Overtaken(entry: $0, replacedBy: edit) }
    }

    /// Others' entries (from a refresh) that changed a field after this process last did.
    static func overtaking(_ entries: [JournalEntry], actor: String, ownEdits: [EditKey: Int]) -> [JournalEntry] {
        entries.filter { e in
            guard e.by != actor, !e.edit.isAdditive, let mine = ownEdits[EditKey(e.edit)] else { return false }
            return e.seq > mine
        }
    }

    /// Remembers this process's latest change to each field it wrote.
    static func remember(_ entries: [JournalEntry], in ownEdits: inout [EditKey: Int]) {
        for e in entries where !e.edit.isAdditive { ownEdits[EditKey(e.edit)] = e.seq }
    }
}

/// Identifies a task field for conflict checks: (task, field).
struct EditKey: Hashable, Sendable {
    var task: TaskID?
    var field: String
    init(_ edit: LedgerEdit) { task = edit.task; field = edit.field }
}

/// Someone else's edit that a commit replaced: it stays in the task's history.
public struct Overtaken: Sendable {
    public var entry: JournalEntry
    public var replacedBy: LedgerEdit
}
