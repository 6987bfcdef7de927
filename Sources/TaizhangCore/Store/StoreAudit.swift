/// What `taizhang check` found in the store's record of changes: the chain's head, the first
/// bad journal line, and whether the snapshot on disk is the one the journal last recorded.
public struct ChainReport: Sendable {
    public enum Snapshot: Sendable, Equatable {
        /// The snapshot's checksum matches its record at this journal line.
        case recorded(line: Int)
        /// No record of this snapshot: a rewrite cut off by a crash, or a file put there by hand.
        case unrecorded(generation: Int)
        /// Its record (at this line) has another checksum: the file was changed outside taizhang.
        case changed(line: Int)
        /// A store from before the chain (version 1 journal): nothing to compare.
        case unchained
    }

    /// Nil when there is no journal yet.
    public var head: ChainHead?
    /// The first bad line (`StoreError.chainBroken` or `.corrupt`), if any.
    public var broken: StoreError?
    public var snapshot: Snapshot
    /// Journal lines that verified.
    public var verifiedLines: Int
    /// When the chain began (the first line's time).
    public var since: Timestamp?
}

/// One way a task's history disagrees with the journal (`history ID --verify`).
public enum HistoryFinding: Sendable, Equatable {
    /// A history item no journal line wrote (and no import): written outside taizhang.
    case notInJournal(Change)
    /// A journal line about the task whose change is missing from the history.
    case missingFromHistory(line: Int, JournalEntry)
}

extension LedgerStore {
    /// Audits the whole journal and the snapshot against it.
    public func chainReport() throws -> ChainReport {
        try locked(.shared) {
            guard let bytes = try AtomicFile.read(journalPath) else {
                return ChainReport(head: nil, broken: nil, snapshot: .unchained, verifiedLines: 0, since: nil)
            }
            return try bytes.withUnsafeBytes { buf in
                let audit = JournalAudit.run(buf)
                var report = ChainReport(head: audit.head, broken: nil, snapshot: .unchained, verifiedLines: audit.lines.count,
                                         since: audit.lines.first?.record.at)
                if let e = audit.unreadable { report.broken = StoreError.corrupt(file: journalPath, bytes: buf, error: e) }
                if let (line, problem) = audit.problem { report.broken = .chainBroken(file: journalPath, line: line, problem: problem) }
                // Past a broken line the snapshot's record cannot be trusted either: the first
                // problem is the one to name.
                if audit.version >= 2 && report.broken == nil { report.snapshot = try snapshotState(audit) }
                return report
            }
        }
    }

    /// Compares the snapshot's checksum with the journal's last record of its generation.
    private func snapshotState(_ audit: JournalAudit) throws -> ChainReport.Snapshot {
        guard let bytes = try MappedFile(path: path) else { return .unrecorded(generation: 0) }
        let (generation, sha) = try bytes.withUnsafeBytes { buf in
            (try SnapshotCodec.decodeHeader(buf).generation, HashChain.sha256(buf))
        }
        let record = audit.lines.reversed().first { line in
            if case .snapshot(let s) = line.record { return s.generation == generation }
            return false
        }
        guard let record, case .snapshot(let s) = record.record else { return .unrecorded(generation: generation) }
        return s.sha256 == sha ? .recorded(line: record.number) : .changed(line: record.number)
    }

    /// The verified journal line with this seq, to compare with a head someone wrote down.
    public func chainLine(seq: Int) throws -> ChainHead? {
        guard let audit = try audit(), let line = audit.line(seq: seq) else { return nil }
        return ChainHead(seq: seq, hash: line.hash, at: line.record.at)
    }

    /// Compares a task's history with the journal's lines about it. Items from imports (the
    /// importer writes them with the import's time) and items older than the chain are not
    /// journal lines and are not counted against it.
    public func historyFindings(of task: LedgerTask) throws -> (findings: [HistoryFinding], journalEntries: Int) {
        guard let audit = try audit(), audit.version >= 2 else { return ([], 0) }
        var imports: Set<String> = []
        var expected: [(line: Int, entry: JournalEntry)] = []
        for line in audit.lines {
            switch line.record {
            case .snapshot(let s): imports.insert("\(s.at.seconds) \(s.by)")
            case .edit(let e) where e.edit.task == task.id: expected.append((line.number, e))
            case .edit: break
            }
        }
        let chainStart = audit.lines.first?.record.at.seconds ?? .max
        var unmatched = task.history
        var findings: [HistoryFinding] = []
        for (line, e) in expected {
            if let i = unmatched.firstIndex(where: { $0.at == e.at && $0.by == e.by && $0.field == e.edit.field && $0.new == e.edit.summary }) {
                unmatched.remove(at: i)
            } else {
                findings.append(.missingFromHistory(line: line, e))
            }
        }
        for c in unmatched where c.at.seconds >= chainStart && !(Self.byImport(c) && imports.contains("\(c.at.seconds) \(c.by)")) {
            findings.append(.notInJournal(c))
        }
        return (findings, expected.count)
    }

    /// What a re-import writes into the history of the tasks it matches or cancels
    /// (`ReimportMatcher`): no journal line, but the import's record at the same time.
    private static func byImport(_ c: Change) -> Bool {
        c.field == "import" || (c.field == "status" && c.new == TaskStatus.cancelled.rawValue)
    }

    /// Each backup that exists, newest first, and whether it reads whole.
    public func backups() -> [(path: String, readable: Bool)] {
        (1...SnapshotFile.backupCount).map(backupPath).filter { FileIdentity($0) != nil }.map { file in
            (file, (try? SnapshotFile.readWhole(file)) != nil)
        }
    }
}

extension ChainHead {
    /// `台账校验码:第 128 条 9f86d081884c7d65(2021-10-15 10:30)`: printed on reports and notices
    /// so that an office can later compare it with `taizhang check --head 128:9f86d081884c7d65`.
    public func line(_ s: Strings) -> String {
        s(.chainHead, seq, short, at?.localMinute ?? "—")
    }
}
