/// What `undo` takes back: the whole of a person's last command or dialog, every field it
/// changed, newest first (`set X --status done --note x` gives back the status and the note).
public struct UndoPlan: Sendable, Equatable {
    /// The seq that names the command taken back (its first entry's).
    public let command: Int
    /// The entries of that command, in the order they were made.
    public let entries: [JournalEntry]
    /// The edits that restore what was there before, in the order to apply them.
    public let edits: [LedgerEdit]

    /// The last command of `actor` not yet taken back, from the journal; nil when none.
    public static func last(in journal: [JournalEntry], by actor: String) -> UndoPlan? {
        let undone = Set(journal.compactMap(\.undoes))
        guard let last = journal.last(where: { $0.by == actor && $0.undoes == nil && !undone.contains($0.command) }) else { return nil }
        let entries = journal.filter { $0.command == last.command && $0.by == actor }
        let edits = entries.reversed().compactMap(Self.reverse)
        guard !edits.isEmpty else { return nil }
        return UndoPlan(command: last.command, entries: entries, edits: edits)
    }

    /// The edit that takes one entry back: a note is retracted, anything else restored.
    static func reverse(_ entry: JournalEntry) -> LedgerEdit? {
        if case let .note(id, _, _) = entry.edit { return .retractNote(id, at: entry.at) }
        return entry.before
    }
}
