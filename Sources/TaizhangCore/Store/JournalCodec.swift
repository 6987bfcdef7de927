/// Reads and writes the journal (`ledger.json.journal`): JSON Lines, one edit per line,
/// after a header line naming the snapshot generation it continues.
///
///     {"format":"taizhang-journal","version":1,"generation":3}
///     {"seq":42,"at":"2021-10-15T01:30:00Z","by":"alice","op":"status","task":"HD21-3","value":"done","before":{"op":"status","task":"HD21-3","value":"not-started"}}
///
/// A line is written with one `write` and ends with a newline; a line without its newline
/// was cut off by a crash and is ignored (and cut away by the next writer).
enum JournalCodec {
    static let format = "taizhang-journal"

    static func header(generation: Int) -> [UInt8] {
        Array("{\"format\":\"taizhang-journal\",\"version\":1,\"generation\":\(generation)}\n".utf8)
    }

    static func encode(_ e: JournalEntry) -> [UInt8] {
        var w = JSONWriter(capacity: 256)
        w.byte(0x7B)
        w.key("seq", first: true); w.int(e.seq)
        w.key("at"); w.timestamp(e.at)
        w.key("by"); w.string(e.by)
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
        w.byte(0x7D)
        w.newline()
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

    static func decodeEntry(_ r: inout JSONReader) throws -> JournalEntry {
        var seq: Int?, at: Timestamp?, by: String?, undoes: Int?, group: Int?
        var before: LedgerEdit?
        var fields = EditFields()
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
            else { try fields.read(k, &r) }
        }
        guard let seq, let at, let by else {
            throw JSONSyntaxError(offset: r.origin + start, message: "a journal entry needs \"seq\", \"at\" and \"by\"")
        }
        return JournalEntry(seq: seq, at: at, by: by, edit: try fields.edit(at: r.origin + start), before: before, undoes: undoes,
                            group: group)
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
