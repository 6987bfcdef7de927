import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The journal on disk (`ledger.json.journal`): every change since the ledger began, one
/// record a line, each linked to the one before by the hash chain.
///
/// The journal is only ever appended to: a snapshot rewrite records where in it the snapshot
/// stands (its `head` and byte offset) instead of starting a new journal, so the whole record
/// of who changed what stays checkable (`taizhang check`) and every backup's later changes are
/// still there to re-apply (`taizhang restore`). Readers start at the snapshot's offset, so the
/// journal's length does not slow them down.
struct JournalFile {
    let path: String
    let permissions: FilePermissions

    /// What a read found after a given point.
    struct Read {
        var records: [JournalRecord]
        /// The chain's head after the last complete line.
        var head: ChainHead
        /// Where the last complete line ends: the next writer appends here.
        var validLength: Int
        var version: Int
        var exists: Bool

        var entries: [JournalEntry] { records.compactMap(\.entry) }
    }

    /// Reads the records after `offset`, checking that each follows `head` in the chain.
    ///
    /// - Parameters:
    ///   - offset: where the snapshot stands in the journal (0: from the start).
    ///   - head: the chain's head at `offset`; nil reads from the start, where the header says.
    ///   - after: in a version 1 journal (no chain), the seq already in the snapshot.
    func read(from offset: Int, continuing head: ChainHead?, after seq: Int) throws -> Read {
        guard let header = try headerLine() else {
            // A snapshot that names a head continues a journal: without it, the record is gone.
            if let head, head.seq > 0 || !head.hash.isEmpty {
                throw StoreError.chainBroken(file: path, line: 1, problem: .headMissing(seq: head.seq))
            }
            return Read(records: [], head: head ?? ChainHead(seq: seq, hash: ""), validLength: 0, version: JournalCodec.version, exists: false)
        }
        if header.info.version < 2 { return try readVersion1(after: seq) }
        let start = max(offset, header.length)
        let genesis = ChainHead(seq: header.info.after, hash: header.genesis)
        var current = offset <= header.length ? genesis : (head ?? genesis)
        guard let bytes = try AtomicFile.read(path, from: start - 1) else {
            throw StoreError.notFound(file: path)
        }
        return try bytes.withUnsafeBytes { buf in
            guard buf.first == 0x0A else { throw try located(.headMissing(seq: current.seq), head: current) }
            var records: [JournalRecord] = []
            var end = 1
            for var line in RawLine.split(buf, from: 1) {
                do { try line.parse(buf, sealed: true) } catch let e as JSONSyntaxError {
                    if line.hash != nil { throw try located(.changed, head: current) }
                    throw try corrupt(at: start - 1, e)
                }
                guard let record = line.record, let hash = line.hash else { throw try located(.unsealed, head: current) }
                guard record.seq == current.seq &+ 1, line.links(from: current.hash, buf) else {
                    throw try located(.changed, head: current)
                }
                current = ChainHead(seq: record.seq, hash: hash, at: record.at)
                records.append(record)
                end = line.range.upperBound + 1
            }
            return Read(records: records, head: current, validLength: start - 1 + end, version: 2, exists: true)
        }
    }

    /// A version 1 journal: no chain; records after `seq` are those not yet in the snapshot.
    private func readVersion1(after seq: Int) throws -> Read {
        guard let bytes = try AtomicFile.read(path) else { throw StoreError.notFound(file: path) }
        return try bytes.withUnsafeBytes { buf in
            let audit = JournalAudit.run(buf)
            if let e = audit.unreadable { throw StoreError.corrupt(file: path, bytes: buf, error: e) }
            let records = audit.lines.map(\.record).filter { $0.seq > seq }
            let valid = (buf.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            let last = audit.lines.last?.record.seq ?? seq
            return Read(records: records, head: ChainHead(seq: max(seq, last), hash: ""), validLength: valid, version: 1, exists: true)
        }
    }

    /// The header line: what it says, its length with the newline, and the chain's genesis.
    func headerLine() throws -> (info: JournalCodec.Header, length: Int, genesis: String)? {
        guard let bytes = try AtomicFile.read(path, limit: 4096) else { return nil }
        return try bytes.withUnsafeBytes { buf in
            guard let nl = buf.firstIndex(of: 0x0A) else {
                throw StoreError.corrupt(file: path, bytes: buf, error: JSONSyntaxError(offset: buf.count, message: "the journal's first line is incomplete"))
            }
            var r = JSONReader.document(buf, from: 0, to: nl)
            do {
                let info = try JournalCodec.decodeHeader(&r)
                return (info, nl + 1, HashChain.genesis(header: UnsafeRawBufferPointer(rebasing: buf[0..<nl])))
            } catch let e as JSONSyntaxError {
                throw StoreError.corrupt(file: path, bytes: buf, error: e)
            }
        }
    }

    /// The whole journal audited: for `check`, `history --verify`, `undo` and `restore`.
    func audit() throws -> JournalAudit? {
        guard let bytes = try AtomicFile.read(path) else { return nil }
        return bytes.withUnsafeBytes { JournalAudit.run($0) }
    }

    /// The first bad line of the whole journal, as the error every command gives; when the
    /// journal itself is whole, the ledger's `head` is not in it.
    private func located(_ fallback: ChainProblem, head: ChainHead) throws -> StoreError {
        guard let bytes = try AtomicFile.read(path) else { return StoreError.notFound(file: path) }
        return bytes.withUnsafeBytes { buf in
            let audit = JournalAudit.run(buf)
            if let e = audit.unreadable { return StoreError.corrupt(file: path, bytes: buf, error: e) }
            if let (line, problem) = audit.problem { return StoreError.chainBroken(file: path, line: line, problem: problem) }
            if head.seq > audit.genesis.seq, audit.line(seq: head.seq)?.hash != head.hash {
                return StoreError.chainBroken(file: path, line: (audit.lines.last?.number ?? 1) + 1, problem: .headMissing(seq: head.seq))
            }
            return StoreError.chainBroken(file: path, line: (audit.lines.last?.number ?? 1) + 1, problem: fallback)
        }
    }

    private func corrupt(at origin: Int, _ e: JSONSyntaxError) throws -> StoreError {
        guard let bytes = try AtomicFile.read(path) else { return StoreError.notFound(file: path) }
        let shifted = JSONSyntaxError(offset: e.offset + origin, message: e.message)
        return bytes.withUnsafeBytes { StoreError.corrupt(file: path, bytes: $0, error: shifted) }
    }

    // MARK: writing

    /// Starts a journal whose chain continues from `seq`; returns its genesis and length.
    func create(after seq: Int, at time: Timestamp) throws -> (head: ChainHead, length: Int) {
        let header = JournalCodec.header(after: seq, created: time)
        try AtomicFile.write(header, to: path, permissions: permissions)
        let genesis = header.dropLast().withUnsafeBytes { HashChain.genesis(header: $0) }
        return (ChainHead(seq: seq, hash: genesis), header.count)
    }

    /// Appends `records` (their seqs following `head`) under the exclusive lock, at
    /// `validLength`: anything after it is a line torn by a crash and is cut away. A write
    /// that fails (a full disk) is cut back too, so the journal is as it was.
    func append(_ records: [JournalRecord], after head: ChainHead, at validLength: Int) throws -> (head: ChainHead, length: Int) {
        var bytes: [UInt8] = []
        var current = head
        for record in records {
            let (line, hash) = HashChain.seal(JournalCodec.body(record), previous: current.hash)
            bytes.append(contentsOf: line)
            current = ChainHead(seq: record.seq, hash: hash, at: record.at)
        }
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw StoreError.io(file: path, message: "cannot write (\(reason)); the ledger was not changed")
        }
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw StoreError.notRegular(file: path) }
        if validLength < Int(st.st_size) { _ = ftruncate(fd, off_t(validLength)) }
        lseek(fd, off_t(validLength), SEEK_SET)
        do {
            try AtomicFile.writeAll(fd, bytes, file: path)
            guard fsync(fd) == 0 else { throw StoreError.io(file: path, message: "fsync: \(String(cString: strerror(errno)))") }
        } catch {
            _ = ftruncate(fd, off_t(validLength))
            throw error
        }
        return (current, validLength + bytes.count)
    }
}
