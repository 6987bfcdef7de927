/// A line of the journal after its header: an edit someone made, or the record of a
/// snapshot rewrite (an import, a compaction, a restore) with the new snapshot's checksum.
public enum JournalRecord: Hashable, Sendable {
    case edit(JournalEntry)
    case snapshot(SnapshotRecord)

    public var seq: Int {
        switch self {
        case .edit(let e): return e.seq
        case .snapshot(let s): return s.seq
        }
    }

    public var at: Timestamp {
        switch self {
        case .edit(let e): return e.at
        case .snapshot(let s): return s.at
        }
    }

    public var by: String {
        switch self {
        case .edit(let e): return e.by
        case .snapshot(let s): return s.by
        }
    }

    var entry: JournalEntry? {
        if case .edit(let e) = self { return e }
        return nil
    }
}

/// Who rewrote the snapshot, when, why, and what it then held: its SHA-256 and size, so that
/// `check` can tell the snapshot on disk from one changed outside taizhang, and a reader can
/// tell a snapshot cut short without reading it all.
public struct SnapshotRecord: Hashable, Sendable {
    public enum Reason: String, Sendable {
        case `import`, compact, restore, merge
        /// The first snapshot of a store written by an older version (no chain before it).
        case migrate
    }

    public var seq: Int
    public var at: Timestamp
    public var by: String
    public var reason: Reason
    /// What an import read (`file.txt sha256 …`) or what a restore left out: data, not a message.
    public var detail: String?
    public var generation: Int
    public var sha256: String
    public var bytes: Int
}
