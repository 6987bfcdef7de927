import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The ledger on disk: a JSON snapshot, a journal of edits since it, and a lock file.
///
/// Why this shape (docs/store-format.md, DECISIONS.md): decoding and encoding a 100,000-task
/// ledger costs far more than the disk, so an edit appends one journal line (under an
/// exclusive `flock`) instead of rewriting the snapshot; the snapshot is rewritten only by
/// imports and merges, and when the journal has grown to a quarter of it (compaction).
/// Readers take a shared lock, so they never see a snapshot and journal from different saves.
public final class LedgerStore: @unchecked Sendable {
    public let path: String
    public var journalPath: String { path + ".journal" }
    public var lockPath: String { path + ".lock" }
    public var backupPath: String { path + ".bak" }
    public var directory: String {
        let d = (path as NSString).deletingLastPathComponent
        return d.isEmpty ? "." : d
    }

    /// Compact when the journal exceeds this share of the snapshot (and 256 KB).
    var compactionRatio = 0.25

    private let permissions: FilePermissions
    /// Guards `lockFile`: a store may be shared by threads (a screen and its background
    /// refresh, parallel tests).
    private let guardLock = NSLock()
    private var lockFile: FileLock?

    public init(path: String) {
        self.path = path
        let dir = (path as NSString).deletingLastPathComponent
        permissions = FilePermissions(directory: dir.isEmpty ? "." : dir)
    }

    public var exists: Bool { FileManager.default.fileExists(atPath: path) }

    // MARK: reading

    /// Loads the whole ledger, or only the tasks in `only` (plus the aliases) when the
    /// snapshot has the layout this program writes: enough for `set` and `show` at any size.
    public func load(only: Set<TaskID>? = nil) throws -> LoadedLedger {
        try lock().withLock(.shared) { try loadUnlocked(only: only) }
    }

    /// Brings `loaded` up to date with what others saved; returns the entries it applied
    /// (empty after a full reload, which happens when the snapshot was rewritten).
    @discardableResult
    public func refresh(_ loaded: inout LoadedLedger) throws -> RefreshResult {
        try lock().withLock(.shared) { try refreshUnlocked(&loaded) }
    }

    /// True when the files changed since `loaded` was read (cheap: two `stat` calls).
    public func hasChanged(since loaded: LoadedLedger) -> Bool {
        FileIdentity(path) != loaded.snapshotIdentity || FileIdentity(journalPath) != loaded.journalIdentity
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
    @discardableResult
    public func commit(_ edits: [LedgerEdit], by actor: String, at time: Timestamp = .now(),
                       onto loaded: inout LoadedLedger?, undoes: Int? = nil,
                       authorize: (Ledger, LedgerEdit) throws -> Void = { _, _ in }) throws -> CommitReport {
        guard !edits.isEmpty else { return CommitReport(entries: [], overtaken: []) }
        let needsPlans = edits.contains { if case .fragmentResolved = $0 { return true }; return false }
        return try commit(by: actor, at: time, onto: &loaded, reading: needsPlans ? nil : Set(edits.compactMap(\.task)),
                          undoes: undoes, authorize: authorize) { _ in edits }
    }

    /// Reads the tasks in `reading` (nil: everything) under the exclusive lock, lets `build`
    /// decide the edits from that up-to-date state, and appends them — one read, and no
    /// window between what the edits were based on and when they land.
    @discardableResult
    public func commit(by actor: String, at time: Timestamp = .now(), onto loaded: inout LoadedLedger?,
                       reading: Set<TaskID>?, undoes: Int? = nil,
                       authorize: (Ledger, LedgerEdit) throws -> Void = { _, _ in },
                       build: (Ledger) throws -> [LedgerEdit]) throws -> CommitReport {
        return try lock().withLock(.exclusive) {
            var state: LoadedLedger
            var others: [JournalEntry] = []
            if var current = loaded {
                others = try refreshUnlocked(&current).entries
                state = current
            } else {
                state = try loadUnlocked(only: reading)
            }
            let edits = try build(state.ledger)
            guard !edits.isEmpty else { return CommitReport(entries: [], overtaken: []) }
            var entries: [JournalEntry] = []
            var overtaken: [Overtaken] = []
            var seq = state.lastSeq
            var first: Int?
            for edit in edits {
                // Who may comes before whether it can: a refusal for another unit's task
                // says so rather than what the edit would lack.
                try authorize(state.ledger, edit)
                try state.ledger.validate(edit)
                if state.ledger.changesNothing(edit) { continue }
                if !edit.isAdditive {
                    // Someone changed this field since this screen last looked: the later
                    // edit (this one) wins, and the person making it is told what it replaces.
                    for other in others where other.by != actor && EditKey(other.edit) == EditKey(edit) {
                        overtaken.append(Overtaken(entry: other, replacedBy: edit))
                    }
                }
                seq += 1
                let entry = JournalEntry(seq: seq, at: time, by: actor, edit: edit,
                                         before: state.ledger.inverse(of: edit), undoes: undoes, group: first)
                first = first ?? seq
                state.ledger.apply(entry)
                entries.append(entry)
            }
            guard !entries.isEmpty else { return CommitReport(entries: [], overtaken: []) }
            try appendUnlocked(entries, to: &state)
            for e in entries where !e.edit.isAdditive { state.ownEdits[EditKey(e.edit)] = e.seq }
            if try shouldCompact(state) {
                if !state.isComplete { state = try loadUnlocked(only: nil) }
                try writeSnapshotUnlocked(&state)
            }
            if loaded != nil { loaded = state }
            return CommitReport(entries: entries, overtaken: overtaken)
        }
    }

    /// Rewrites the snapshot after `body` changed the ledger (imports, re-imports): under the
    /// exclusive lock, starting from the latest state on disk. Creates the store if needed.
    @discardableResult
    public func rewrite(_ body: (inout Ledger) throws -> Void) throws -> LoadedLedger {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return try lock().withLock(.exclusive) {
            var state = exists ? try loadUnlocked(only: nil) : LoadedLedger.empty
            try body(&state.ledger)
            try writeSnapshotUnlocked(&state)
            return state
        }
    }

    /// Runs `body` holding the store's exclusive lock (for files beside the ledger, like the
    /// access file, that must change one writer at a time).
    public func exclusively<T>(_ body: () throws -> T) throws -> T {
        try lock().withLock(.exclusive, body)
    }

    /// Writes a small file beside the ledger atomically, with the ledger's group and mode.
    func writeBeside(_ bytes: [UInt8], to file: String) throws {
        try AtomicFile.write(bytes, to: file, permissions: permissions)
    }

    /// Folds the journal into a new snapshot now.
    public func compact() throws {
        _ = try rewrite { _ in }
    }

    /// The journal's entries, oldest first, including recent ones already folded into the
    /// snapshot (kept so that `undo` works across a compaction).
    public func journalEntries() throws -> [JournalEntry] {
        try lock().withLock(.shared) { try readJournal(after: 0).entries }
    }

    /// How many recent entries a compaction keeps in the new journal for `undo`.
    var keptForUndo = 2000

    // MARK: internals

    private func lock() throws -> FileLock {
        guardLock.lock()
        defer { guardLock.unlock() }
        if let lockFile { return lockFile }
        if !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let l = try FileLock(path: lockPath, permissions: permissions)
        lockFile = l
        return l
    }

    private func loadUnlocked(only: Set<TaskID>?) throws -> LoadedLedger {
        let snapshotIdentity = FileIdentity(path)
        guard let bytes = try MappedFile(path: path) else { throw StoreError.notFound(file: path) }
        var ledger: Ledger
        var header: SnapshotHeader
        var complete = true
        do {
            if let only, let partial = try bytes.withUnsafeBytes({ try SnapshotCodec.decodePartial($0, ids: only) }) {
                (ledger, header) = partial
                complete = false
            } else {
                let shared = SnapshotBytes(bytes)
                (ledger, header) = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0, lazy: shared) }
            }
        } catch let e as JSONSyntaxError {
            throw bytes.withUnsafeBytes { StoreError.corrupt(file: path, bytes: $0, error: e) }
        }
        let journal = try readJournal(after: header.seq)
        for e in journal.entries { ledger.apply(e) }
        return LoadedLedger(ledger: ledger, header: header, lastSeq: max(header.seq, journal.entries.last?.seq ?? 0),
                            journalOffset: journal.validLength, journalFolded: journal.foldedLength,
                            journalGeneration: journal.generation,
                            snapshotIdentity: snapshotIdentity, journalIdentity: FileIdentity(journalPath),
                            isComplete: complete, ownEdits: [:])
    }

    private func refreshUnlocked(_ loaded: inout LoadedLedger) throws -> RefreshResult {
        let snap = FileIdentity(path)
        if snap != loaded.snapshotIdentity {
            let own = loaded.ownEdits
            loaded = try loadUnlocked(only: nil)
            loaded.ownEdits = own
            return RefreshResult(entries: [], reloaded: true)
        }
        let journalID = FileIdentity(journalPath)
        guard journalID != loaded.journalIdentity else { return RefreshResult(entries: [], reloaded: false) }
        let journal = try readJournal(after: loaded.lastSeq)
        for e in journal.entries { loaded.ledger.apply(e) }
        loaded.lastSeq = max(loaded.lastSeq, journal.entries.last?.seq ?? 0)
        loaded.journalOffset = journal.validLength
        loaded.journalGeneration = journal.generation
        loaded.journalIdentity = journalID
        return RefreshResult(entries: journal.entries, reloaded: false)
    }

    private func readSnapshotHeader() throws -> SnapshotHeader {
        guard let bytes = try MappedFile(path: path) else { throw StoreError.notFound(file: path) }
        do {
            return try bytes.withUnsafeBytes { try SnapshotCodec.decodeHeader($0) }
        } catch let e as JSONSyntaxError {
            throw bytes.withUnsafeBytes { StoreError.corrupt(file: path, bytes: $0, error: e) }
        }
    }

    struct JournalRead {
        var entries: [JournalEntry]
        var generation: Int?
        /// Bytes up to the end of the last complete line.
        var validLength: Int
        /// Bytes up to the end of the last entry already in the snapshot (kept for undo).
        var foldedLength: Int
        var fileLength: Int
    }

    /// Reads the journal's complete lines; entries at or before `seq` are already in the
    /// snapshot (a crash between writing the snapshot and resetting the journal leaves them).
    func readJournal(after seq: Int) throws -> JournalRead {
        guard let bytes = try AtomicFile.read(journalPath) else {
            return JournalRead(entries: [], generation: nil, validLength: 0, foldedLength: 0, fileLength: 0)
        }
        return try bytes.withUnsafeBytes { buf in
            var entries: [JournalEntry] = []
            var generation: Int?
            var start = 0
            var folded = 0
            var lineNumber = 0
            while start < buf.count {
                guard let nl = buf[start...].firstIndex(of: 0x0A) else { break } // a torn last line
                lineNumber += 1
                var r = JSONReader(buf, from: start, to: nl)
                do {
                    if lineNumber == 1 {
                        var format: String?
                        try r.object { r, k in
                            if k == "format" { format = try r.string() }
                            else if k == "generation" { generation = try r.int() }
                            else { try r.skip() }
                        }
                        guard format == JournalCodec.format else {
                            throw JSONSyntaxError(offset: start, message: "not a Taizhang journal (the first line must name \"taizhang-journal\")")
                        }
                        folded = nl + 1
                    } else if !r.atEnd {
                        let e = try JournalCodec.decodeEntry(&r)
                        guard r.atEnd else { throw r.error("unexpected text after the entry") }
                        if e.seq > seq { entries.append(e) } else { folded = nl + 1 }
                    }
                } catch let e as JSONSyntaxError {
                    throw StoreError.corrupt(file: journalPath, bytes: buf, error: e)
                }
                start = nl + 1
            }
            return JournalRead(entries: entries, generation: generation, validLength: start, foldedLength: folded, fileLength: buf.count)
        }
    }

    private func appendUnlocked(_ entries: [JournalEntry], to state: inout LoadedLedger) throws {
        let current = try readJournalLengths()
        var fd: Int32
        if current == nil || current!.generation != state.header.generation {
            // No journal yet, or one left from before the last snapshot: start afresh.
            try AtomicFile.write(JournalCodec.header(generation: state.header.generation), to: journalPath,
                                 permissions: permissions)
        }
        fd = open(journalPath, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw StoreError.io(file: journalPath, message: "cannot write (\(reason)); the ledger was not changed. "
                                + "On a shared server, the ledger's group must include you (docs/shared-server.md)")
        }
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        let valid = try readJournalLengths()?.validLength ?? Int(st.st_size)
        if valid < Int(st.st_size) { _ = ftruncate(fd, off_t(valid)) } // cut a line torn by a crash
        lseek(fd, off_t(valid), SEEK_SET)
        var bytes: [UInt8] = []
        for e in entries { bytes.append(contentsOf: JournalCodec.encode(e)) }
        do {
            try AtomicFile.writeAll(fd, bytes, file: journalPath)
            guard fsync(fd) == 0 else { throw StoreError.io(file: journalPath, message: "fsync: \(String(cString: strerror(errno)))") }
        } catch {
            _ = ftruncate(fd, off_t(valid)) // leave the journal as it was
            throw error
        }
        state.lastSeq = entries.last?.seq ?? state.lastSeq
        state.journalOffset = valid + bytes.count
        state.journalGeneration = state.header.generation
        state.journalIdentity = FileIdentity(journalPath)
    }

    private func readJournalLengths() throws -> (generation: Int?, validLength: Int)? {
        guard FileManager.default.fileExists(atPath: journalPath) else { return nil }
        guard let bytes = try AtomicFile.read(journalPath) else { return nil }
        var generation: Int?
        if let nl = bytes.firstIndex(of: 0x0A) {
            try? bytes.withUnsafeBytes { buf in
                var r = JSONReader(buf, from: 0, to: nl)
                try r.object { r, k in if k == "generation" { generation = try r.int() } else { try r.skip() } }
            }
        }
        let valid = (bytes.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        return (generation, valid)
    }

    private func shouldCompact(_ state: LoadedLedger) throws -> Bool {
        let journalSize = state.journalOffset - state.journalFolded
        guard journalSize > 256 * 1024 else { return false }
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        return Double(journalSize) > Double(st.st_size) * compactionRatio
    }

    /// Writes a new snapshot holding everything, then a fresh journal. A crash between the
    /// two leaves a journal whose entries the snapshot already holds: readers skip them by seq.
    private func writeSnapshotUnlocked(_ state: inout LoadedLedger) throws {
        // A task whose details could not be read would lose them: refuse.
        if let (_, problem) = state.ledger.detailProblems().first, let bytes = try MappedFile(path: path) {
            throw bytes.withUnsafeBytes { StoreError.corrupt(file: path, bytes: $0, error: problem) }
        }
        let header = SnapshotHeader(generation: state.header.generation + 1, seq: state.lastSeq, saved: .now())
        let recent = (try? readJournal(after: 0).entries.suffix(keptForUndo)) ?? []
        let bytes = SnapshotCodec.encode(state.ledger, header: header)
        try AtomicFile.write(bytes, to: path, permissions: permissions, keepBackup: true)
        var journal = JournalCodec.header(generation: header.generation)
        for e in recent { journal.append(contentsOf: JournalCodec.encode(e)) }
        try AtomicFile.write(journal, to: journalPath, permissions: permissions)
        state.header = header
        state.journalOffset = journal.count
        state.journalFolded = journal.count
        state.journalGeneration = header.generation
        state.snapshotIdentity = FileIdentity(path)
        state.journalIdentity = FileIdentity(journalPath)
        state.isComplete = true
    }
}

/// A ledger as read from the store, with what is needed to bring it up to date cheaply.
public struct LoadedLedger: Sendable {
    public var ledger: Ledger
    var header: SnapshotHeader
    /// The last journal entry applied.
    public internal(set) var lastSeq: Int
    var journalOffset: Int
    /// Where the entries not yet in the snapshot start.
    var journalFolded: Int = 0
    var journalGeneration: Int?
    var snapshotIdentity: FileIdentity?
    var journalIdentity: FileIdentity?
    /// False when only some tasks were read (`load(only:)`).
    public internal(set) var isComplete: Bool
    /// The seq of this process's latest change to each field, to tell its user when
    /// someone else changes the same field afterwards.
    var ownEdits: [EditKey: Int]

    public static let empty = LoadedLedger(ledger: Ledger(), header: SnapshotHeader(generation: 0, seq: 0, saved: Timestamp(seconds: 0)),
                                    lastSeq: 0, journalOffset: 0, journalFolded: 0, journalGeneration: nil, snapshotIdentity: nil,
                                    journalIdentity: nil, isComplete: true, ownEdits: [:])

    /// Someone else's entries (from a refresh) that changed a field this process changed
    /// before them: the person at this screen was overtaken and should be told.
    public func overtaken(by entries: [JournalEntry], actor: String) -> [JournalEntry] {
        entries.filter { e in
            guard e.by != actor, !e.edit.isAdditive, let mine = ownEdits[EditKey(e.edit)] else { return false }
            return e.seq > mine
        }
    }
}

/// What a commit wrote, and whose concurrent edits it replaced.
public struct CommitReport: Sendable {
    public var entries: [JournalEntry]
    /// Edits by others to the same field that this screen had not yet seen and that this
    /// commit replaced: they stay in the task's history.
    public var overtaken: [Overtaken]
}

public struct Overtaken: Sendable {
    public var entry: JournalEntry
    public var replacedBy: LedgerEdit
}

public struct RefreshResult: Sendable {
    public var entries: [JournalEntry]
    public var reloaded: Bool
}

/// Identifies a task field for conflict checks: (task, field).
struct EditKey: Hashable, Sendable {
    var task: TaskID?
    var field: String
    init(_ edit: LedgerEdit) { task = edit.task; field = edit.field }
}

/// Inode, size and modification time: changes whenever a file is replaced or appended to.
struct FileIdentity: Hashable, Sendable {
    var inode: UInt64
    var size: Int64
    var mtime: Int
    var mtimeNanos: Int

    init?(_ path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        mtime = st.st_mtim.tv_sec
        mtimeNanos = st.st_mtim.tv_nsec
    }
}
