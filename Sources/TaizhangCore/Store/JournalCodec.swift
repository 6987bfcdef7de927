/// Reads and writes the journal (`ledger.json.journal`): JSON Lines, one record per line,
/// after a header line. Every record ends with its link in the hash chain (`HashChain`):
///
///     {"format":"taizhang-journal","version":2,"created":"2021-10-01T00:00:00Z","after":0}
///     {"seq":1,"at":"…","by":"wang","op":"snapshot","reason":"import","generation":1,"sha256":"…","bytes":52311,"hash":"…"}
///     {"seq":2,"at":"2021-10-15T01:30:00Z","by":"li","op":"status","task":"HD21-3","value":"done","before":{"op":"status","task":"HD21-3","value":"not-started"},"hash":"…"}
///
/// A line is written with one `write` and ends with a newline; a line without its newline
/// was cut off by a crash and is ignored (and cut away by the next writer). Version 1
/// journals (before the chain) had a `generation` in the header and no hashes; they are
/// still read, and replaced by a version 2 journal at the next snapshot rewrite.
enum JournalCodec {
    static let format = "taizhang-journal"
    static let version = 2

    /// The first line; `after` is the seq the chain continues from (0 for a new store).
    static func header(after seq: Int, created: Timestamp) -> [UInt8] {
        var w = JSONWriter(capacity: 96)
        w.raw("{\"format\":\"taizhang-journal\",\"version\":2")
        w.key("created"); w.timestamp(created)
        w.key("after"); w.int(seq)
        w.byte(0x7D)
        w.newline()
        return w.bytes
    }

    /// What the header line says.
    struct Header {
        var version: Int
        /// The seq before the first line (version 2).
        var after: Int
    }

    static func decodeHeader(_ r: inout JSONReader) throws -> Header {
        var format: String?
        var version = 1, after = 0
        try r.object { r, k in
            if k == "format" { format = try r.string() }
            else if k == "version" { version = try r.int() }
            else if k == "after" { after = try r.int() }
            else { try r.skip() }
        }
        guard format == Self.format else {
            throw JSONSyntaxError(offset: r.origin, message: "not a Taizhang journal (the first line must name \"taizhang-journal\")")
        }
        guard (0..<(1 << 53)).contains(after) else {
            throw JSONSyntaxError(offset: r.origin, message: "\"after\" \(after) is out of range")
        }
        guard version <= Self.version else {
            throw JSONSyntaxError(offset: r.origin, message: "journal format version \(version) is newer than this program reads (\(Self.version))")
        }
        return Header(version: version, after: after)
    }

    /// A record's JSON without its closing brace: what the chain hashes (`HashChain.seal`).
    static func body(_ record: JournalRecord) -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.byte(0x7B)
        w.key("seq", first: true); w.int(record.seq)
        w.key("at"); w.timestamp(record.at)
        w.key("by"); w.string(record.by)
        switch record {
        case .edit(let e):
            writeEditFields(e.edit, to: &w)
            if let before = e.before {
                w.key("before"); w.byte(0x7B)
                var inner = JSONWriter()
                writeEditFields(before, to: &inner)
                w.append(contentsOf: Array(inner.bytes.dropFirst())) // drop the leading comma
                w.byte(0x7D)
            }
            if let u = e.undoes { w.key("undoes"); w.int(u) }
            if let g = e.group { w.key("group"); w.int(g) }
        case .snapshot(let s):
            w.key("op"); w.raw("\"snapshot\"")
            w.key("reason"); w.string(s.reason.rawValue)
            if let detail = s.detail { w.key("detail"); w.string(detail) }
            w.key("generation"); w.int(s.generation)
            w.key("sha256"); w.string(s.sha256)
            w.key("bytes"); w.int(s.bytes)
        }
        return w.bytes
    }

    private static func writeEditFields(_ edit: LedgerEdit, to w: inout JSONWriter) {
        func op(_ name: StaticString, _ task: TaskID) {
            w.key("op"); w.raw("\""); w.raw(name); w.raw("\"")
            w.key("task"); w.string(task.rawValue)
        }
        switch edit {
        case let .status(id, s): op("status", id); w.key("value"); w.string(s.rawValue)
        case let .note(id, text, period):
            op("note", id); w.key("value"); w.string(text)
            if let period { w.key("period"); w.day(period) }
        case let .retractNote(id, at): op("retract-note", id); w.key("noteAt"); w.timestamp(at)
        case let .deadline(id, d): op("due", id); w.key("value"); ModelCodec.write(d, to: &w)
        case let .units(id, cells, units):
            op("units", id)
            w.key("value"); w.byte(0x5B)
            for (i, u) in units.enumerated() { if i > 0 { w.byte(0x2C) }; ModelCodec.write(u, to: &w) }
            w.byte(0x5D)
            w.key("cells"); w.byte(0x5B)
            for (i, c) in cells.enumerated() {
                if i > 0 { w.byte(0x2C) }
                w.byte(0x7B)
                w.key("level", first: true); w.string(c.level.rawValue)
                w.key("written"); w.string(c.written)
                if c.andOthers { w.key("andOthers"); w.bool(true) }
                w.byte(0x7D)
            }
            w.byte(0x5D)
        case let .reviewed(id, v): op("reviewed", id); w.key("value"); w.bool(v)
        case let .period(id, day, done): op("period", id); w.key("period"); w.day(day); w.key("value"); w.bool(done)
        case let .alias(name, canonical):
            w.key("op"); w.raw("\"alias\""); w.key("alias"); w.string(name); w.key("value"); w.stringOrNull(canonical)
        case let .fragmentResolved(plan, line, v):
            w.key("op"); w.raw("\"fragment\""); w.key("plan"); w.string(plan.rawValue)
            w.key("line"); w.int(line); w.key("value"); w.bool(v)
        case let .evidence(id, e): op("evidence", id); ModelCodec.writeEvidenceFields(e, to: &w)
        case let .report(id): op("report", id)
        case let .confirm(id): op("confirm", id)
        case let .returnTask(id, reason): op("return", id); w.key("reason"); w.string(reason)
        case let .extensionRequest(id, to, reason):
            op("extend", id); w.key("to"); w.day(to); w.key("reason"); w.string(reason)
        case let .extensionDecision(id, approved, reason):
            op("extend-decision", id); w.key("value"); w.bool(approved); w.key("reason"); w.stringOrNull(reason)
        }
    }

    /// Reads one record (the hash member, if any, is skipped: the chain checks it).
    static func decodeRecord(_ r: inout JSONReader) throws -> JournalRecord {
        var seq: Int?, at: Timestamp?, by: String?, undoes: Int?, group: Int?
        var before: LedgerEdit?
        var fields = EditFields()
        var snapshot = SnapshotFields()
        let start = r.position
        try r.object { r, k in
            if k == "seq" { seq = try r.int() }
            else if k == "at" { at = try ModelCodec.timestamp(&r) }
            else if k == "by" { by = try r.string() }
            else if k == "undoes" { undoes = r.null() ? nil : try r.int() }
            else if k == "group" { group = r.null() ? nil : try r.int() }
            else if k == "before" {
                var inner = EditFields()
                let innerStart = r.position
                try r.object { r, k in try inner.read(k, &r) }
                before = try inner.edit(at: r.origin + innerStart)
            }
            else if try snapshot.read(k, &r) {}
            else { try fields.read(k, &r) }
        }
        guard let seq, let at, let by else {
            throw JSONSyntaxError(offset: r.origin + start, message: "a journal entry needs \"seq\", \"at\" and \"by\"")
        }
        // Seqs count lines: anything beyond 2^53 (what every JSON reader holds exactly) is damage.
        guard (0..<(1 << 53)).contains(seq) else {
            throw JSONSyntaxError(offset: r.origin + start, message: "\"seq\" \(seq) is out of range")
        }
        if fields.op == "snapshot" {
            snapshot.reason = fields.reason ?? nil
            return .snapshot(try snapshot.record(seq: seq, at: at, by: by, offset: r.origin + start))
        }
        return .edit(JournalEntry(seq: seq, at: at, by: by, edit: try fields.edit(at: r.origin + start), before: before, undoes: undoes,
                                  group: group))
    }

    /// The members only a snapshot record has (its `reason` is read with the edits', which
    /// the 督办 loop's returns and extensions also have).
    private struct SnapshotFields {
        var reason: String?, detail: String?, generation: Int?, sha256: String?, bytes: Int?

        /// True when `k` was one of them (and its value was read).
        mutating func read(_ k: JSONReader.Key, _ r: inout JSONReader) throws -> Bool {
            if k == "detail" { detail = try r.string() }
            else if k == "generation" { generation = try r.int() }
            else if k == "sha256" { sha256 = try r.string() }
            else if k == "bytes" { bytes = try r.int() }
            else { return false }
            return true
        }

        func record(seq: Int, at: Timestamp, by: String, offset: Int) throws -> SnapshotRecord {
            guard let reason, let why = SnapshotRecord.Reason(rawValue: reason), let generation, let sha256, let bytes else {
                throw JSONSyntaxError(offset: offset, message: "a snapshot record needs \"reason\", \"generation\", \"sha256\" and \"bytes\"")
            }
            return SnapshotRecord(seq: seq, at: at, by: by, reason: why, detail: detail, generation: generation,
                                  sha256: sha256, bytes: bytes)
        }
    }

    /// The fields of an edit, gathered in any key order.
    private struct EditFields {
        var op: String?, task: String?, plan: String?, alias: String?
        var line: Int?, period: Day?, noteAt: Timestamp?
        var text: String?, status: TaskStatus?, bool: Bool?, deadline: Deadline?
        var units: [UnitAssignment]?, cells: [UnitCell]?, canonical: String??
        var reason: String??, to: Day?, evidence = Evidence(kind: .url, text: ""), hasEvidence = false

        mutating func read(_ k: JSONReader.Key, _ r: inout JSONReader) throws {
            if k == "op" { op = try r.string() }
            else if k == "task" { task = try r.string() }
            else if k == "plan" { plan = try r.string() }
            else if k == "alias" { alias = try r.string() }
            else if k == "line" { line = try r.int() }
            else if k == "period" { period = try ModelCodec.day(&r) }
            else if k == "noteAt" { noteAt = try ModelCodec.timestamp(&r) }
            else if k == "reason" { reason = .some(try r.stringOrNull()) }
            else if k == "to" { to = try ModelCodec.day(&r) }
            else if k == "kind" || k == "text" || k == "file" {
                hasEvidence = try ModelCodec.readEvidenceField(k, &r, into: &evidence) || hasEvidence
            }
            else if k == "cells" { cells = try ModelCodec.list(&r) { try ModelCodec.readUnitCell(&$0) } }
            else if k == "value" {
                switch op {
                case "status": status = try ModelCodec.enumValue(&r, TaskStatus.self, "status")
                case "note": text = try r.string()
                case "due": deadline = try ModelCodec.readDeadline(&r)
                case "units": units = try ModelCodec.list(&r) { try ModelCodec.readUnit(&$0) }
                case "reviewed", "period", "fragment", "extend-decision": bool = try r.bool()
                case "alias": canonical = .some(try r.stringOrNull())
                default: throw r.error("\"value\" must come after \"op\"")
                }
            }
            else { try r.skip() }
        }

        func edit(at offset: Int) throws -> LedgerEdit {
            func fail(_ m: String) -> JSONSyntaxError { JSONSyntaxError(offset: offset, message: m) }
            let id = task.map { TaskID($0) }
            switch op {
            case "status": if let id, let status { return .status(id, status) }
            case "note": if let id, let text { return .note(id, text, period: period) }
            case "retract-note": if let id, let noteAt { return .retractNote(id, at: noteAt) }
            case "due": if let id, let deadline { return .deadline(id, deadline) }
            case "units": if let id, let units { return .units(id, cells: cells ?? [], units: units) }
            case "reviewed": if let id, let bool { return .reviewed(id, bool) }
            case "period": if let id, let period, let bool { return .period(id, period, done: bool) }
            case "alias": if let alias, let canonical { return .alias(alias, canonical: canonical) }
            case "fragment": if let plan, let line, let bool { return .fragmentResolved(PlanID(plan), line: line, bool) }
            case "evidence": if let id, hasEvidence, !evidence.text.isEmpty { return .evidence(id, evidence) }
            case "report": if let id { return .report(id) }
            case "confirm": if let id { return .confirm(id) }
            case "return": if let id, let reason = reason ?? nil { return .returnTask(id, reason: reason) }
            case "extend": if let id, let to, let reason = reason ?? nil { return .extensionRequest(id, to: to, reason: reason) }
            case "extend-decision": if let id, let bool { return .extensionDecision(id, approved: bool, reason: reason ?? nil) }
            case nil: throw fail("a journal entry needs an \"op\"")
            default: throw fail("unknown journal op \"\(op!)\"")
            }
            throw fail("journal entry \"\(op!)\" is missing a field")
        }
    }
}
