/// What is wrong with a journal line, as `check` names it.
public enum ChainProblem: Hashable, Sendable {
    /// The line's bytes are not those its hash was made from.
    case changed
    /// The line was not written in this place: the line after it follows the one before it.
    case inserted
    /// Lines before this one are missing: the seqs from `first` to `last`.
    case removed(first: Int, last: Int)
    /// The line follows line `after` of the file in the chain: the order was changed.
    case reordered(after: Int)
    /// The line carries no hash: it was not written by taizhang.
    case unsealed
    /// The ledger says it continues the journal at seq `seq`, and the journal has no such line.
    case headMissing(seq: Int)
}

/// Walks a whole journal, checking every link of the hash chain, and names the first line
/// that was changed, removed, inserted or reordered (`taizhang check`).
///
/// The first bad line is told apart by what its neighbours say: a line that follows a later
/// line was moved; a line whose successor follows its predecessor was inserted; a line whose
/// seq skips ahead had lines removed before it; any other mismatch is a changed line.
struct JournalAudit {
    struct Line {
        /// 1-based, counting the header as line 1.
        var number: Int
        var range: Range<Int>
        var record: JournalRecord
        /// Empty in a version 1 journal.
        var hash: String
    }

    var version = JournalCodec.version
    /// The chain's start: the header's `after` and hash.
    var genesis = ChainHead(seq: 0, hash: "")
    /// The lines that verified, in order, up to the first problem.
    var lines: [Line] = []
    /// The first problem, with its line number.
    var problem: (line: Int, problem: ChainProblem)?
    /// A line that is not JSON, or not a record: its error (the store reports `file:line:column`).
    var unreadable: JSONSyntaxError?

    var head: ChainHead {
        guard let last = lines.last else { return genesis }
        return ChainHead(seq: last.record.seq, hash: last.hash, at: last.record.at)
    }

    /// Audits the journal's bytes. A torn last line (no newline) is ignored, as readers do.
    static func run(_ bytes: UnsafeRawBufferPointer) -> JournalAudit {
        var audit = JournalAudit()
        let raw = RawLine.split(bytes)
        guard let header = raw.first else { return audit }
        do {
            var r = JSONReader.document(bytes, from: header.range.lowerBound, to: header.range.upperBound)
            let h = try JournalCodec.decodeHeader(&r)
            audit.version = h.version
            audit.genesis = ChainHead(seq: h.after, hash: HashChain.genesis(header: UnsafeRawBufferPointer(rebasing: bytes[header.range])))
        } catch let e as JSONSyntaxError {
            audit.unreadable = e
            return audit
        } catch {
            return audit
        }
        var parsed: [RawLine] = []
        for var line in raw.dropFirst() {
            do {
                try line.parse(bytes, sealed: audit.version >= 2)
            } catch let e as JSONSyntaxError {
                if audit.version < 2 || line.hash == nil { audit.unreadable = e; break }
                // A sealed line whose JSON no longer parses was changed after it was written.
                line.record = nil
            } catch { break }
            parsed.append(line)
        }
        audit.verify(parsed, bytes)
        return audit
    }

    private mutating func verify(_ parsed: [RawLine], _ bytes: UnsafeRawBufferPointer) {
        var head = genesis
        for (i, line) in parsed.enumerated() {
            if version < 2 {
                guard let record = line.record else { return }
                lines.append(Line(number: line.number, range: line.range, record: record, hash: ""))
                continue
            }
            if let record = line.record, let hash = line.hash, record.seq == head.seq &+ 1, line.links(from: head.hash, bytes) {
                lines.append(Line(number: line.number, range: line.range, record: record, hash: hash))
                head = ChainHead(seq: record.seq, hash: hash, at: record.at)
                continue
            }
            problem = (line.number, diagnose(i, parsed, head, bytes))
            return
        }
    }

    /// Why line `i` does not follow `head`.
    private func diagnose(_ i: Int, _ parsed: [RawLine], _ head: ChainHead, _ bytes: UnsafeRawBufferPointer) -> ChainProblem {
        let line = parsed[i]
        guard line.hash != nil else { return .unsealed }
        // Moved: it follows a line that now comes after it.
        if let later = parsed[(i + 1)...].prefix(10_000).first(where: { $0.hash.map { line.links(from: $0, bytes) } ?? false }) {
            return .reordered(after: later.number)
        }
        // Inserted: the next line follows the line before this one.
        if i + 1 < parsed.count, parsed[i + 1].links(from: head.hash, bytes) { return .inserted }
        guard let seq = line.record?.seq else { return .changed }
        if seq > head.seq &+ 1 { return .removed(first: head.seq &+ 1, last: seq &- 1) }
        if seq <= head.seq { return .inserted }
        return .changed
    }

    /// The verified line with this seq, if any.
    func line(seq: Int) -> Line? {
        guard let first = lines.first else { return nil }
        let (i, overflow) = seq.subtractingReportingOverflow(first.record.seq)
        return !overflow && lines.indices.contains(i) && lines[i].record.seq == seq ? lines[i] : nil
    }
}

/// One line of a journal as bytes, before and after parsing.
struct RawLine {
    var number: Int
    var range: Range<Int>
    var record: JournalRecord?
    var hash: String?
    var body: Range<Int>?

    /// Complete lines (a torn last line is left out), numbered from 1.
    static func split(_ bytes: UnsafeRawBufferPointer, from start: Int = 0, firstNumber: Int = 1) -> [RawLine] {
        var out: [RawLine] = []
        var s = start
        var n = firstNumber
        while s < bytes.count, let nl = bytes[s...].firstIndex(of: 0x0A) {
            out.append(RawLine(number: n, range: s..<nl))
            n += 1
            s = nl + 1
        }
        return out
    }

    /// Reads the record and, when `sealed`, the hash at the end of the line.
    mutating func parse(_ bytes: UnsafeRawBufferPointer, sealed: Bool) throws {
        let text = UnsafeRawBufferPointer(rebasing: bytes[range])
        if sealed, let (b, h) = HashChain.split(text) {
            hash = h
            let offset = b.baseAddress! - bytes.baseAddress!
            body = offset..<(offset + b.count)
        }
        var r = JSONReader.document(bytes, from: range.lowerBound, to: range.upperBound)
        record = try JournalCodec.decodeRecord(&r)
        guard r.atEnd else { throw r.error("unexpected text after the entry") }
    }

    func links(from previous: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let body, let hash else { return false }
        return HashChain.link(previous: previous, body: UnsafeRawBufferPointer(rebasing: bytes[body])) == hash
    }
}
