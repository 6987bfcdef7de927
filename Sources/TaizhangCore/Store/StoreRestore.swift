import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `taizhang restore` did: the backup it started from, the journal lines it re-applied
/// and those it could not, and the damaged files it set aside (never deleted).
public struct RestoreReport: Sendable {
    public struct Skipped: Sendable {
        /// The journal line (1-based).
        public var line: Int
        public var record: JournalRecord?
        public var reason: Reason
    }

    public enum Reason: Sendable, Equatable {
        /// The edit no longer applies (its task is not in the backup, …): the message says why.
        case invalid(String)
        /// The line is at or after the first damaged line of the journal, so it was not trusted.
        case afterDamage(firstBadLine: Int)
        /// A snapshot rewrite (an import) after the backup: its content is not in the journal.
        case importNotInBackup
    }

    public var backup: String
    public var reapplied: Int
    public var skipped: [Skipped]
    /// Damaged files moved aside, by their new names.
    public var setAside: [String]
}

/// Why a restore could not start.
public enum RestoreError: Error, CustomStringConvertible, Equatable {
    case noBackup(file: String)
    case backupDamaged(StoreError)

    public var description: String { message(Strings(.en)) }

    public func message(_ s: Strings) -> String {
        switch self {
        case .noBackup(let file): return s(.restoreNoBackup, file)
        case .backupDamaged(let e): return s(.restoreBackupDamaged, e.message(s))
        }
    }
}

extension LedgerStore {
    /// Rolls the ledger back to backup `n` and re-applies the journal lines after it that still
    /// apply, under the exclusive lock. A damaged snapshot or journal is moved aside with the
    /// time in its name; the journal keeps every line up to the first damaged one.
    public func restore(from n: Int, by actor: String, at time: Timestamp = .now()) throws -> RestoreReport {
        try locked(.exclusive) { try restoreUnlocked(from: n, by: actor, at: time) }
    }

    private func restoreUnlocked(from n: Int, by actor: String, at time: Timestamp) throws -> RestoreReport {
        let bak = backupPath(n)
        guard FileIdentity(bak) != nil else { throw RestoreError.noBackup(file: bak) }
        var (ledger, header): (Ledger, SnapshotHeader)
        do { (ledger, header) = try SnapshotFile.readWhole(bak) } catch let e as StoreError { throw RestoreError.backupDamaged(e) }
        let bytes = try AtomicFile.read(journalPath) ?? []
        let audit = bytes.withUnsafeBytes { JournalAudit.run($0) }
        var report = RestoreReport(backup: bak, reapplied: 0, skipped: [], setAside: [])
        var generation = header.generation
        for line in audit.lines where line.record.seq > header.seq {
            switch line.record {
            case .edit(let e):
                do {
                    try ledger.validate(e.edit)
                    ledger.apply(e)
                    report.reapplied += 1
                } catch {
                    report.skipped.append(.init(line: line.number, record: line.record, reason: .invalid(String(describing: error))))
                }
            case .snapshot(let s):
                generation = max(generation, s.generation)
                // The backup's own record is not a later import.
                if s.reason == .import && s.generation != header.generation { report.skipped.append(.init(line: line.number, record: line.record, reason: .importNotInBackup)) }
            }
        }
        let stamp = time.iso.filter { $0.isNumber || $0 == "T" }
        if (try? SnapshotFile.readWhole(path)) == nil, FileIdentity(path) != nil {
            report.setAside.append(try setAside(path, stamp))
        }
        var offset = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let damage = audit.problem?.line ?? audit.unreadable.map { _ in (audit.lines.last?.number ?? 1) + 1 }
        if let damage {
            report.skipped += skippedAfter(damage, bytes)
            report.setAside.append(try setAside(journalPath, stamp))
            offset = audit.lines.last.map { $0.range.upperBound + 1 } ?? (bytes.firstIndex(of: 0x0A).map { $0 + 1 } ?? 0)
            try writeBeside(Array(bytes[0..<offset]), to: journalPath)
        }
        header.generation = generation
        var state = LoadedLedger(ledger: ledger, header: header, head: audit.version < 2 ? ChainHead(seq: audit.head.seq, hash: "") : audit.head,
                                 journalOffset: offset, journalVersion: audit.version, journalExists: !bytes.isEmpty,
                                 snapshotIdentity: nil, journalIdentity: nil, isComplete: true)
        let left = report.skipped.map { String($0.line) }.joined(separator: ",")
        try writeSnapshotUnlocked(&state, record: Record(reason: .restore, detail: "\((bak as NSString).lastPathComponent)"
                                                         + (left.isEmpty ? "" : "; not re-applied: lines \(left)"), by: actor, at: time))
        return report
    }

    /// Moves a damaged file aside: `ledger.json.damaged-20211015T103000`.
    private func setAside(_ file: String, _ stamp: String) throws -> String {
        let target = file + ".damaged-" + stamp
        guard rename(file, target) == 0 else {
            throw StoreError.io(file: file, message: "cannot move it aside: \(String(cString: strerror(errno)))")
        }
        return target
    }

    /// The lines from the first damaged one on: not re-applied, listed for the person.
    private func skippedAfter(_ first: Int, _ bytes: [UInt8]) -> [RestoreReport.Skipped] {
        bytes.withUnsafeBytes { buf in
            RawLine.split(buf).filter { $0.number >= first }.map { raw in
                var line = raw
                try? line.parse(buf, sealed: true)
                return RestoreReport.Skipped(line: line.number, record: line.record, reason: .afterDamage(firstBadLine: first))
            }
        }
    }
}
