#if canImport(Glibc)
import Glibc
#endif

/// A ledger as read from the store, with what is needed to bring it up to date cheaply.
public struct LoadedLedger: Sendable {
    public var ledger: Ledger
    var header: SnapshotHeader
    /// The chain's head: the last journal line applied.
    public internal(set) var head: ChainHead
    /// The seq of the last journal line applied.
    public var lastSeq: Int { head.seq }
    /// Where the last complete journal line read ends: the next read starts there.
    var journalOffset: Int
    var journalVersion = JournalCodec.version
    var journalExists = true
    var snapshotIdentity: FileIdentity?
    var journalIdentity: FileIdentity?
    /// False when only some tasks were read (`load(only:)`).
    public internal(set) var isComplete: Bool
    /// The seq of this process's latest change to each field, to tell its user when
    /// someone else changes the same field afterwards (`FieldMerge`).
    var ownEdits: [EditKey: Int] = [:]

    public static let empty = LoadedLedger(ledger: Ledger(), header: .empty, head: ChainHead(seq: 0, hash: ""), journalOffset: 0,
                                    journalExists: false, isComplete: true)

    /// Someone else's entries (from a refresh) that changed a field this process changed
    /// before them: the person at this screen was overtaken and should be told.
    public func overtaken(by entries: [JournalEntry], actor: String) -> [JournalEntry] {
        FieldMerge.overtaking(entries, actor: actor, ownEdits: ownEdits)
    }

    /// Journal bytes not yet folded into the snapshot.
    var unfoldedJournal: Int { journalOffset - (header.journalOffset ?? 0) }
}

/// What a commit wrote, and whose concurrent edits it replaced.
public struct CommitReport: Sendable {
    public var entries: [JournalEntry]
    /// Edits by others to the same field that this screen had not yet seen and that this
    /// commit replaced: they stay in the task's history.
    public var overtaken: [Overtaken]
}

public struct RefreshResult: Sendable {
    public var entries: [JournalEntry]
    public var reloaded: Bool
}

/// Inode, size and modification time: changes whenever a file is replaced or appended to.
struct FileIdentity: Hashable, Sendable {
    var inode: UInt64
    var size: Int64
    var mtime: Int
    var mtimeNanos: Int

    init?(_ path: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        mtime = st.st_mtim.tv_sec
        mtimeNanos = st.st_mtim.tv_nsec
    }
}
