import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Snapshot rewrites: imports, compactions, and the record of each in the journal.
extension LedgerStore {
    /// Rewrites the snapshot after `body` changed the ledger (imports, re-imports, merges).
    ///
    /// `body` runs and the snapshot is encoded *outside* the lock, on `base` (or on a fresh
    /// load); the lock is then held only to check that nobody rewrote the snapshot meanwhile,
    /// rename the new one into place and record it. Edits others appended to the journal
    /// meanwhile stay after the new snapshot's place in the journal and apply on top of it.
    /// If someone did rewrite the snapshot, `body` runs again on what they wrote (the
    /// reconciliation), at the last attempt under the lock.
    @discardableResult
    public func rewrite(_ reason: SnapshotRecord.Reason, detail: String? = nil, by actor: String, at time: Timestamp = .now(),
                        onto base: LoadedLedger? = nil, _ body: (inout Ledger) throws -> Void) throws -> LoadedLedger {
        try ensureDirectory()
        let record = Record(reason: reason, detail: detail, by: actor, at: time)
        var start = base
        for _ in 0..<3 {
            var draft = try start ?? locked(.shared) { exists ? try loadUnlocked(only: nil) : .empty }
            start = nil
            guard draft.journalExists, draft.journalVersion >= 2 else { break }
            if !draft.isComplete { draft = try load() }
            try body(&draft.ledger)
            try refuseLostDetails(draft.ledger)
            let header = nextHeader(after: draft, at: time)
            let bytes = SnapshotCodec.encode(draft.ledger, header: header)
            let written = try locked(.exclusive) { () -> LoadedLedger? in
                guard FileIdentity(path) == draft.snapshotIdentity else { return nil }
                try writeSnapshotUnlocked(&draft, record: record, prepared: (header, bytes))
                return draft
            }
            if let written { return written }
        }
        return try locked(.exclusive) {
            var state = exists ? try loadUnlocked(only: nil) : .empty
            try body(&state.ledger)
            try writeSnapshotUnlocked(&state, record: record)
            return state
        }
    }

    /// Folds the journal into a new snapshot now.
    public func compact(by actor: String, at time: Timestamp = .now()) throws {
        _ = try rewrite(.compact, by: actor, at: time) { _ in }
    }

    func shouldCompact(_ state: LoadedLedger) -> Bool {
        let unfolded = state.unfoldedJournal
        guard unfolded > 256 * 1024 else { return false }
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        return Double(unfolded) > Double(st.st_size) * compactionRatio
    }

    /// Compacts after a commit, unless someone else already did.
    func compactIfStill(_ state: LoadedLedger, by actor: String, at time: Timestamp) throws {
        guard FileIdentity(path) == state.snapshotIdentity else { return }
        try compact(by: actor, at: time)
    }

    /// A task whose details could not be read would lose them in a rewrite: refuse.
    func refuseLostDetails(_ ledger: Ledger) throws {
        if let (_, problem) = ledger.detailProblems().first, let bytes = try MappedFile(path: path) {
            throw damaged(bytes.withUnsafeBytes { StoreError.corrupt(file: path, bytes: $0, error: problem) })
        }
    }

    /// The header of the snapshot that folds in everything `state` has read.
    func nextHeader(after state: LoadedLedger, at time: Timestamp) -> SnapshotHeader {
        SnapshotHeader(generation: state.header.generation + 1, seq: state.head.seq, saved: time,
                       head: state.head.hash, journalOffset: state.journalOffset)
    }

    /// Writes `state` as the new snapshot and records it in the journal, under the exclusive
    /// lock. `prepared` is a header and bytes encoded outside the lock from `state`.
    ///
    /// Journal lines others appended after `state` was read stay after the snapshot's place
    /// and are applied to `state` here. A store without a version 2 journal gets one first
    /// (an old journal is kept as `.journal.v1`). The snapshot's record is appended once its
    /// bytes are safely in the temporary file and before it is renamed into place.
    func writeSnapshotUnlocked(_ state: inout LoadedLedger, record: Record,
                               prepared: (SnapshotHeader, [UInt8])? = nil) throws {
        try refuseLostDetails(state.ledger)
        var tail = try journal.read(from: state.journalOffset, continuing: state.head, after: state.lastSeq)
        var prepared = prepared
        if tail.version < 2 || !tail.exists {
            if tail.exists { rename(journalPath, journalPath + ".v1") }
            let (genesis, length) = try journal.create(after: tail.head.seq, at: record.at)
            tail = JournalFile.Read(records: [], head: genesis, validLength: length, version: 2, exists: true)
            state.head = genesis
            state.journalOffset = length
            prepared = nil
        }
        let header = prepared?.0 ?? nextHeader(after: state, at: record.at)
        let bytes = prepared?.1 ?? SnapshotCodec.encode(state.ledger, header: header)
        let entry = SnapshotRecord(seq: tail.head.seq + 1, at: record.at, by: record.by, reason: record.reason, detail: record.detail,
                                   generation: header.generation, sha256: bytes.withUnsafeBytes { HashChain.sha256($0) },
                                   bytes: bytes.count)
        // The record goes in before the rename: a crash between the two leaves the old snapshot
        // and a record of one that never arrived, which nothing reads; never a snapshot the
        // journal does not know.
        var appended: (head: ChainHead, length: Int)?
        try snapshot.write(bytes) { appended = try journal.append([.snapshot(entry)], after: tail.head, at: tail.validLength) }
        let (head, length) = appended!
        for e in tail.entries { state.ledger.apply(e) }
        state.header = header
        state.head = head
        state.journalOffset = length
        state.journalVersion = 2
        state.journalExists = true
        state.snapshotIdentity = FileIdentity(path)
        state.journalIdentity = FileIdentity(journalPath)
        state.isComplete = true
    }}
