import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The ledger on disk: a snapshot (`SnapshotFile`), the journal of every change
/// (`JournalFile`, hash-chained), and a lock file. Edits meet by one rule (`FieldMerge`).
///
/// Why this shape (docs/store-format.md, DECISIONS.md): decoding and encoding a 100,000-task
/// ledger costs far more than the disk, so an edit appends one journal line (under an
/// exclusive `flock`) instead of rewriting the snapshot; the snapshot is rewritten by imports,
/// restores and when the unfolded journal has grown to a quarter of it (compaction). A
/// rewrite encodes outside the lock and holds it only to rename and record, so nobody waits
/// for an import. Readers take a shared lock, so they never see a snapshot and journal from
/// different saves.
public final class LedgerStore: @unchecked Sendable {
    public let path: String
    public var journalPath: String { path + ".journal" }
    public var lockPath: String { path + ".lock" }
    public func backupPath(_ n: Int) -> String { snapshot.backupPath(n) }
    public var directory: String {
        let d = (path as NSString).deletingLastPathComponent
        return d.isEmpty ? "." : d
    }

    /// Compact when the unfolded journal exceeds this share of the snapshot (and 256 KB).
    var compactionRatio = 0.25
    /// How long a writer waits for the lock before giving up.
    public var lockTimeout: Double = 30

    let permissions: FilePermissions
    /// Guards `lockFile`: a store may be shared by threads (a screen and its background
    /// refresh, parallel tests).
    private let guardLock = NSLock()
    private var lockFile: FileLock?

    var snapshot: SnapshotFile { SnapshotFile(path: path, permissions: permissions) }
    var journal: JournalFile { JournalFile(path: journalPath, permissions: permissions) }

    public init(path: String) {
        self.path = path
        let dir = (path as NSString).deletingLastPathComponent
        permissions = FilePermissions(directory: dir.isEmpty ? "." : dir)
    }

    public var exists: Bool { FileIdentity(path) != nil }

    // MARK: reading

    /// Loads the whole ledger, or only the tasks in `only` (plus the aliases) when the
    /// snapshot has the layout this program writes: enough for `set` and `show` at any size.
    /// A damaged snapshot or journal is refused here, by every command alike.
    public func load(only: Set<TaskID>? = nil) throws -> LoadedLedger {
        try locked(.shared) { try loadUnlocked(only: only) }
    }

    /// Brings `loaded` up to date with what others saved; returns the entries it applied
    /// (empty after a full reload, which happens when the snapshot was rewritten).
    /// - Parameter timeout: how long to wait for a writer to finish (a screen asks again later
    ///   rather than freeze: `StoreError.locked` after it).
    @discardableResult
    public func refresh(_ loaded: inout LoadedLedger, timeout: Double? = nil) throws -> RefreshResult {
        try locked(.shared, timeout: timeout) { try refreshUnlocked(&loaded) }
    }

    /// True when the files changed since `loaded` was read (cheap: two `lstat` calls).
    public func hasChanged(since loaded: LoadedLedger) -> Bool {
        FileIdentity(path) != loaded.snapshotIdentity || FileIdentity(journalPath) != loaded.journalIdentity
    }

    /// The whole journal with every link of its chain checked (nil when there is none).
    func audit() throws -> JournalAudit? {
        try locked(.shared) { try journal.audit() }
    }

    /// Every edit in the journal, oldest first, up to the first bad line.
    public func journalEntries() throws -> [JournalEntry] {
        try audit()?.lines.compactMap(\.record.entry) ?? []
    }

    // MARK: writing

    /// Appends edits to the journal under the exclusive lock.
    ///
    /// - Parameters:
    ///   - loaded: the caller's view (an open screen); it is refreshed first, so the edits
    ///     apply on top of whatever others saved since, field by field. Pass nil from the
    ///     command line: the tasks concerned are then read under the lock.
    ///   - authorize: called for each edit with the up-to-date ledger; throw to refuse.
    ///     A refusal changes nothing: no edit of the batch is written.
    ///   - cancelled: asked while waiting for the lock; true gives up (`StoreError.cancelled`),
    ///     and nothing is written.
    @discardableResult
    public func commit(_ edits: [LedgerEdit], by actor: String, at time: Timestamp = .now(),
                       onto loaded: inout LoadedLedger?, undoes: Int? = nil,
                       authorize: (Ledger, LedgerEdit) throws -> Void = { _, _ in },
                       cancelled: (() -> Bool)? = nil) throws -> CommitReport {
        guard !edits.isEmpty else { return CommitReport(entries: [], overtaken: []) }
        let needsPlans = edits.contains { if case .fragmentResolved = $0 { return true }; return false }
        return try commit(by: actor, at: time, onto: &loaded, reading: needsPlans ? nil : Set(edits.compactMap(\.task)),
                          undoes: undoes, cancelled: cancelled, authorize: authorize) { _ in edits }
    }

    /// Reads the tasks in `reading` (nil: everything) under the exclusive lock, lets `build`
    /// decide the edits from that up-to-date state, and appends them — one read, and no
    /// window between what the edits were based on and when they land.
    @discardableResult
    public func commit(by actor: String, at time: Timestamp = .now(), onto loaded: inout LoadedLedger?,
                       reading: Set<TaskID>?, undoes: Int? = nil, cancelled: (() -> Bool)? = nil,
                       authorize: (Ledger, LedgerEdit) throws -> Void = { _, _ in },
                       build: (Ledger) throws -> [LedgerEdit]) throws -> CommitReport {
        let (report, state) = try locked(.exclusive, cancelled: cancelled) { () -> (CommitReport, LoadedLedger) in
            var state: LoadedLedger
            var unseen: [JournalEntry] = []
            if var current = loaded {
                unseen = try refreshUnlocked(&current).entries
                state = current
            } else {
                state = try loadUnlocked(only: reading)
            }
            if state.journalVersion < 2 || !state.journalExists {
                // A store from before the chain: start it with a snapshot of everything.
                if !state.isComplete { state = try loadUnlocked(only: nil) }
                try writeSnapshotUnlocked(&state, record: Record(reason: .migrate, by: actor, at: time))
            }
            let edits = try build(state.ledger)
            guard !edits.isEmpty else { return (CommitReport(entries: [], overtaken: []), state) }
            var entries: [JournalEntry] = []
            var overtaken: [Overtaken] = []
            var first: Int?
            for edit in edits {
                // Who may comes before whether it can: a refusal for another unit's task
                // says so rather than what the edit would lack. An edit that changes nothing
                // is not kept.
                try authorize(state.ledger, edit)
                try state.ledger.validate(edit)
                if state.ledger.changesNothing(edit) { continue }
                overtaken += FieldMerge.overtaken(by: edit, actor: actor, unseen: unseen)
                let seq = state.head.seq + entries.count + 1
                // The entries of one command share its first seq, so that undo takes them all back.
                let entry = JournalEntry(seq: seq, at: time, by: actor, edit: edit,
                                         before: state.ledger.inverse(of: edit), undoes: undoes, group: first)
                first = first ?? seq
                state.ledger.apply(entry)
                entries.append(entry)
            }
            guard !entries.isEmpty else { return (CommitReport(entries: [], overtaken: []), state) }
            let (head, length) = try journal.append(entries.map { .edit($0) }, after: state.head, at: state.journalOffset)
            state.head = head
            state.journalOffset = length
            state.journalIdentity = FileIdentity(journalPath)
            FieldMerge.remember(entries, in: &state.ownEdits)
            return (CommitReport(entries: entries, overtaken: overtaken), state)
        }
        if loaded != nil { loaded = state }
        if shouldCompact(state) { try? compactIfStill(state, by: actor, at: time) }
        return report
    }

    /// Runs `body` holding the store's exclusive lock (for files beside the ledger, like the
    /// access file, that must change one writer at a time).
    public func exclusively<T>(_ body: () throws -> T) throws -> T {
        try locked(.exclusive, body)
    }

    /// Writes a small file beside the ledger atomically, with the ledger's group and mode.
    func writeBeside(_ bytes: [UInt8], to file: String) throws {
        try AtomicFile.write(bytes, to: file, permissions: permissions)
    }

    // MARK: internals

    /// Who rewrote the snapshot and why, for its journal record.
    struct Record {
        var reason: SnapshotRecord.Reason
        var detail: String?
        var by: String
        var at: Timestamp
    }

    func locked<T>(_ mode: FileLock.Mode, timeout: Double? = nil, cancelled: (() -> Bool)? = nil, _ body: () throws -> T) throws -> T {
        try lock().withLock(mode, timeout: timeout ?? lockTimeout, cancelled: cancelled, body)
    }

    func ensureDirectory() throws {
        if !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
    }

    private func lock() throws -> FileLock {
        guardLock.lock()
        defer { guardLock.unlock() }
        if let lockFile { return lockFile }
        try ensureDirectory()
        let l = try FileLock(path: lockPath, permissions: permissions)
        lockFile = l
        return l
    }

    func loadUnlocked(only: Set<TaskID>?) throws -> LoadedLedger {
        do {
            var read = try snapshot.read(only: only)
            let tail = try journal.read(from: read.header.journalOffset ?? 0, continuing: read.header.chainHead, after: read.header.seq)
            if !read.isComplete && !SnapshotFile.looksWhole(read, records: tail.records) {
                read = try snapshot.read(only: nil)
            }
            // Taken out of `read`, not copied: with two holding the tasks, the first change
            // from the journal copied all of them (a 4 MB copy and a retain of every field).
            var ledger = Ledger()
            swap(&ledger, &read.ledger)
            for e in tail.entries { ledger.apply(e) }
            return LoadedLedger(ledger: ledger, header: read.header, head: tail.head, journalOffset: tail.validLength,
                                journalVersion: tail.version, journalExists: tail.exists,
                                snapshotIdentity: read.identity, journalIdentity: FileIdentity(journalPath),
                                isComplete: read.isComplete)
        } catch let e as StoreError {
            throw damaged(e)
        }
    }

    /// A damaged file is named with the newest backup that exists and reads.
    func damaged(_ e: StoreError) -> StoreError {
        switch e {
        case .corrupt, .chainBroken: return .damaged(e, backup: snapshot.readableBackup().map(snapshot.backupPath))
        default: return e
        }
    }

    private func refreshUnlocked(_ loaded: inout LoadedLedger) throws -> RefreshResult {
        if FileIdentity(path) != loaded.snapshotIdentity {
            let own = loaded.ownEdits
            loaded = try loadUnlocked(only: nil)
            loaded.ownEdits = own
            return RefreshResult(entries: [], reloaded: true)
        }
        let journalID = FileIdentity(journalPath)
        guard journalID != loaded.journalIdentity else { return RefreshResult(entries: [], reloaded: false) }
        let tail: JournalFile.Read
        do {
            tail = try journal.read(from: loaded.journalOffset, continuing: loaded.head, after: loaded.lastSeq)
        } catch let e as StoreError {
            throw damaged(e)
        }
        for e in tail.entries { loaded.ledger.apply(e) }
        loaded.head = tail.head
        loaded.journalOffset = tail.validLength
        loaded.journalVersion = tail.version
        loaded.journalExists = tail.exists
        loaded.journalIdentity = journalID
        return RefreshResult(entries: tail.entries, reloaded: false)
    }


}
