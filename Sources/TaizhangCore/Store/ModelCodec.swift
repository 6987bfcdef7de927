/// The JSON shape of each model type in the store, read and written by hand for speed.
///
/// Fields holding their default (false, empty, null) are left out when writing and assumed
/// when reading, which keeps a 100,000-task ledger a third smaller. Unknown keys are skipped,
/// so a file written by a newer minor version still opens.
enum ModelCodec {
    // MARK: Task

    /// Writes a task: first what lists need (ids, status, due day, units, review marks), then
    /// its details (text, measure, unit cells, lines, notes, history) — which readers may leave
    /// undecoded because they come last (format version 2).
    static func write(_ t: LedgerTask, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("id", first: true); w.string(t.id.rawValue)
        w.key("plan"); w.string(t.plan.rawValue)
        if let s = t.section { w.key("section"); w.string(s.rawValue) }
        if let n = t.number { w.key("number"); w.string(n) }
        w.key("ordinal"); w.int(t.ordinal)
        w.key("status"); w.string(t.status.rawValue)
        w.key("deadline"); write(t.deadline, to: &w)
        w.key("units"); w.array(t.units) { u, w in write(u, to: &w) }
        if let l = t.leader { w.key("leader"); w.string(l) }
        if let lazy = t.lazyReview {
            // Untouched since loading: copied through.
            w.key("review"); w.append(contentsOf: lazy.raw())
        } else if !t.review.isEmpty {
            w.key("review")
            w.array(t.review) { f, w in write(f, to: &w) }
        }
        if t.reviewed { w.key("reviewed"); w.bool(true) }
        if !t.periodsDone.isEmpty { w.key("periodsDone"); w.strings(t.periodsDone.map(\.iso)) }
        writeLoop(t, to: &w)
        // Lights and `units` need only this of the details: kept in the lean part, they are
        // answered without decoding every task's notes and history.
        if let last = t.lastActivity { w.key("lastActivity"); w.timestamp(last) }
        if let details = t.details, details.complete {
            // Untouched since loading: copy the snapshot's bytes through.
            w.append(contentsOf: details.rawMembers())
        } else {
            writeDetails(t, to: &w)
        }
        w.byte(0x7D)
    }

    private static func writeDetails(_ t: LedgerTask, to w: inout JSONWriter) {
        w.key("text"); w.string(t.text)
        if let m = t.measure { w.key("measure"); w.string(m) }
        if !t.unitCells.isEmpty {
            w.key("unitCells")
            w.array(t.unitCells) { c, w in
                w.byte(0x7B)
                w.key("level", first: true); w.string(c.level.rawValue)
                w.key("written"); w.string(c.written)
                if c.andOthers { w.key("andOthers"); w.bool(true) }
                w.byte(0x7D)
            }
        }
        if !t.lines.isEmpty { w.key("lines"); w.array(t.lines) { l, w in w.int(l) } }
        if let details = t.details {
            // A version 1 task: its notes and history are still undecoded in the snapshot.
            w.append(contentsOf: details.rawMembers())
            return
        }
        if !t.notes.isEmpty { w.key("notes"); w.array(t.notes) { n, w in write(n, to: &w) } }
        if !t.history.isEmpty { w.key("history"); w.array(t.history) { c, w in write(c, to: &w) } }
    }

    /// Whether a member may start a task's undecoded details: version 2 writes all details
    /// last, version 1 only notes and history.
    private static func isDetailKey(_ k: JSONReader.Key, version: Int) -> Bool {
        if k == "notes" || k == "history" { return true }
        return version >= 2 && (k == "text" || k == "measure" || k == "unitCells" || k == "lines")
    }

    /// Reads a task. With `lazy`, the details are not read at all: the task keeps where they
    /// start in the mapped snapshot (see `TaskDetails`) and the reader jumps to the task's
    /// closing brace.
    static func readTask(_ r: inout JSONReader, lazy: SnapshotBytes? = nil, version: Int = SnapshotCodec.version) throws -> LedgerTask {
        var id: String?, plan: String?, text: String?, lastActivity: Timestamp?
        var t = LedgerTask(id: TaskID(""), plan: PlanID(""), section: nil, number: nil, ordinal: 0, text: "")
        let start = r.position
        try r.expect(0x7B, "'{'")
        try r.enter()
        defer { r.leave() }
        var first = true
        while true {
            r.skipWhitespace()
            // Where this member starts, after its separating comma.
            let memberStart = r.position < r.end && r.byte(at: r.position) == 0x2C ? r.position + 1 : r.position
            guard let k = try r.nextKey(&first) else { break }
            if let lazy, isDetailKey(k, version: version), let close = closingBrace(r) {
                t.attach(TaskDetails(bytes: lazy, members: memberStart..<close, complete: version >= 2,
                                     lastActivity: lastActivity))
                r.jump(to: close + 1)
                if version >= 2 { text = "" } // read with the details
                break
            }
            if k == "id" { id = try r.string() }
            else if k == "plan" { plan = try r.sharedString() }
            else if k == "section" { t.section = try r.sharedStringOrNull().map(SectionID.init) }
            else if k == "number" { t.number = try r.stringOrNull() }
            else if k == "ordinal" { t.ordinal = try r.int() }
            else if k == "status" { t.status = try enumValue(&r, TaskStatus.words, "status") }
            else if k == "deadline" { t.deadline = try readDeadline(&r) }
            else if k == "units" { t.units = try list(&r) { try readUnit(&$0) } }
            else if k == "leader" { t.leader = try r.sharedStringOrNull() }
            else if k == "unitCells" { t.unitCells = try list(&r) { try readUnitCell(&$0) } }
            else if k == "text" { text = try r.string() }
            else if k == "measure" { t.measure = try r.stringOrNull() }
            else if k == "review" { try readReview(&r, lazy: lazy, into: &t) }
            else if k == "reviewed" { t.reviewed = try r.bool() }
            else if k == "lines" { t.lines = try list(&r) { try $0.int() } }
            else if k == "periodsDone" { t.periodsDone = try list(&r) { try day(&$0) } }
            else if try readLoop(k, &r, into: &t) {}
            else if k == "lastActivity" { lastActivity = try timestamp(&r) }
            else if k == "notes" { t.notes = try list(&r) { try readNote(&$0) } }
            else if k == "history" { t.history = try list(&r) { try readChange(&$0) } }
            else { try r.skip() }
        }
        guard let id, let plan, let text else {
            throw JSONSyntaxError(offset: r.origin + start, message: "a task needs \"id\", \"plan\" and \"text\"")
        }
        t.id = TaskID(id)
        t.plan = PlanID(plan)
        if t.details?.complete != true { t.text = text }
        return t
    }

    /// Review marks: with `lazy`, only stepped over and kept where they are (`LazyReview`).
    private static func readReview(_ r: inout JSONReader, lazy: SnapshotBytes?, into t: inout LedgerTask) throws {
        guard let lazy else { t.review = try list(&r) { try readFlag(&$0) }; return }
        // Stepped over unchecked: the marks are checked when read (`LazyReview.problem`).
        guard r.peek() == 0x5B else { throw r.error("\"review\" must be an array") }
        let start = try r.uncheckedRange().lowerBound
        var inside = start + 1
        while inside < r.position, [0x20, 0x0A, 0x0D, 0x09].contains(r.byte(at: inside)) { inside += 1 }
        if r.byte(at: inside) != 0x5D { t.attach(LazyReview(bytes: lazy, range: start..<r.position)) }
    }

    /// The task's closing brace when the reader covers exactly one task's line (`…}`);
    /// nil otherwise, and the members are then read in full.
    private static func closingBrace(_ r: JSONReader) -> Int? {
        var e = r.end - 1
        while e > r.position, r.byte(at: e) == 0x20 || r.byte(at: e) == 0x0D { e -= 1 }
        guard e > r.position, r.byte(at: e) == 0x7D else { return nil }
        return e
    }

    // MARK: Deadline, units, notes, changes

    static func write(_ d: Deadline, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("text", first: true); w.stringOrNull(d.text)
        w.key("kind"); w.string(d.kind.rawValue)
        w.key("date"); if let day = d.date { w.day(day) } else { w.null() }
        if d.guessed { w.key("guessed"); w.bool(true) }
        if let n = d.relativeDays { w.key("relativeDays"); w.int(n) }
        if d.overridden { w.key("overridden"); w.bool(true) }
        if d.allYear { w.key("allYear"); w.bool(true) }
        if let rec = d.recurrence { w.key("recurrence"); w.string(rec.rawValue) }
        w.byte(0x7D)
    }

    static func readDeadline(_ r: inout JSONReader) throws -> Deadline {
        if let d = try readWrittenDeadline(&r) { return d }
        var d = Deadline(text: nil, kind: .none)
        try r.object { r, k in
            if k == "text" { d.text = try r.sharedStringOrNull() }
            else if k == "kind" { d.kind = try enumValue(&r, DeadlineKind.words, "deadline kind") }
            else if k == "date" { d.date = r.null() ? nil : try day(&r) }
            else if k == "guessed" { d.guessed = try r.bool() }
            else if k == "relativeDays" { d.relativeDays = r.null() ? nil : try r.int() }
            else if k == "overridden" { d.overridden = try r.bool() }
            else if k == "allYear" { d.allYear = try r.bool() }
            else if k == "recurrence" { d.recurrence = r.null() ? nil : try enumValue(&r, Recurrence.self, "recurrence") }
            else { try r.skip() }
        }
        return d
    }

    /// A deadline exactly as `write` writes it, read in that order; nil, and the reader where
    /// it was, for any other layout (see `readWrittenUnit`).
    private static func readWrittenDeadline(_ r: inout JSONReader) throws -> Deadline? {
        let start = r.position
        guard r.take(#"{"text":"#) else { return nil }
        try r.enter()
        defer { r.leave() }
        var d = Deadline(text: try r.sharedStringOrNull(), kind: .none)
        guard r.take(#","kind":"#), let kind = try r.plainString(DeadlineKind.words.value), r.take(#","date":"#) else {
            r.rewind(to: start)
            return nil
        }
        d.kind = kind
        if !r.null() {
            guard let day = r.day() else { r.rewind(to: start); return nil }
            d.date = day
        }
        if r.take(#","guessed":true"#) { d.guessed = true }
        // `null` is read as the key-by-key reader reads it (none).
        if r.take(#","relativeDays":"#) { d.relativeDays = r.null() ? nil : try r.int() }
        if r.take(#","overridden":true"#) { d.overridden = true }
        if r.take(#","allYear":true"#) { d.allYear = true }
        if r.take(#","recurrence":"#) { d.recurrence = r.null() ? nil : try enumValue(&r, Recurrence.self, "recurrence") }
        guard r.take("}") else { r.rewind(to: start); return nil }
        return d
    }

    static func write(_ u: UnitAssignment, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("name", first: true); w.string(u.name)
        w.key("role"); w.string(u.role.rawValue)
        w.key("level"); w.string(u.level.rawValue)
        if u.collective { w.key("collective"); w.bool(true) }
        w.byte(0x7D)
    }

    static func readUnit(_ r: inout JSONReader) throws -> UnitAssignment {
        if let u = try readWrittenUnit(&r) { return u }
        var u = UnitAssignment(name: "", role: .responsible, level: .task)
        try r.object { r, k in
            if k == "name" { u.name = try r.sharedString() }
            else if k == "role" { u.role = try enumValue(&r, UnitRole.words, "role") }
            else if k == "level" { u.level = try enumValue(&r, UnitLevel.words, "level") }
            else if k == "collective" { u.collective = try r.bool() }
            else { try r.skip() }
        }
        return u
    }

    /// A unit exactly as `write` writes it, read member by member in that order; nil, and
    /// the reader where it was, for any other layout. Every task has two or three units, and
    /// reading them key by key was a fifth of loading a ledger (docs/DECISIONS.md, 2026-12-01).
    private static func readWrittenUnit(_ r: inout JSONReader) throws -> UnitAssignment? {
        let start = r.position
        guard r.take(#"{"name":"#) else { return nil }
        try r.enter()
        defer { r.leave() }
        let name = try r.sharedString()
        guard r.take(#","role":"#), let role = try r.plainString(UnitRole.words.value),
              r.take(#","level":"#), let level = try r.plainString(UnitLevel.words.value) else { r.rewind(to: start); return nil }
        if r.take("}") { return UnitAssignment(name: name, role: role, level: level) }
        if r.take(#","collective":true}"#) { return UnitAssignment(name: name, role: role, level: level, collective: true) }
        r.rewind(to: start)
        return nil
    }

    static func readUnitCell(_ r: inout JSONReader) throws -> UnitCell {
        var c = UnitCell(level: .task, written: "")
        try r.object { r, k in
            if k == "level" { c.level = try enumValue(&r, UnitLevel.self, "level") }
            else if k == "written" { c.written = try r.string() }
            else if k == "andOthers" { c.andOthers = try r.bool() }
            else { try r.skip() }
        }
        return c
    }

    /// A review mark, as the snapshot and JSON lists write it (lists copy marks still in the
    /// snapshot when they are written so: `LazyReview.withVerbatim`).
    static func write(_ f: ReviewFlag, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("kind", first: true); w.string(f.kind.rawValue)
        w.key("message"); w.string(f.message)
        w.byte(0x7D)
    }

    static func readFlag(_ r: inout JSONReader) throws -> ReviewFlag {
        var f = ReviewFlag(.textGuessed, "")
        try r.object { r, k in
            if k == "kind" { f.kind = try enumValue(&r, ReviewFlag.Kind.words, "review kind") }
            else if k == "message" { f.message = try r.string() }
            else { try r.skip() }
        }
        return f
    }

    static func write(_ n: Note, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("at", first: true); w.timestamp(n.at)
        w.key("by"); w.string(n.by)
        w.key("text"); w.string(n.text)
        if let p = n.period { w.key("period"); w.string(p.iso) }
        w.byte(0x7D)
    }

    static func readNote(_ r: inout JSONReader) throws -> Note {
        var n = Note(at: Timestamp(seconds: 0), by: "", text: "")
        try r.object { r, k in
            if k == "at" { n.at = try timestamp(&r) }
            else if k == "by" { n.by = try r.string() }
            else if k == "text" { n.text = try r.string() }
            else if k == "period" { n.period = r.null() ? nil : try day(&r) }
            else { try r.skip() }
        }
        return n
    }

    static func write(_ c: Change, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("at", first: true); w.timestamp(c.at)
        w.key("by"); w.string(c.by)
        w.key("field"); w.string(c.field)
        w.key("old"); w.stringOrNull(c.old)
        w.key("new"); w.stringOrNull(c.new)
        w.byte(0x7D)
    }

    static func readChange(_ r: inout JSONReader) throws -> Change {
        var c = Change(at: Timestamp(seconds: 0), by: "", field: "", old: nil, new: nil)
        try r.object { r, k in
            if k == "at" { c.at = try timestamp(&r) }
            else if k == "by" { c.by = try r.string() }
            else if k == "field" { c.field = try r.string() }
            else if k == "old" { c.old = try r.stringOrNull() }
            else if k == "new" { c.new = try r.stringOrNull() }
            else { try r.skip() }
        }
        return c
    }

    // MARK: helpers

    static func list<T>(_ r: inout JSONReader, _ element: (inout JSONReader) throws -> T) throws -> [T] {
        var out: [T] = []
        try r.array { r in out.append(try element(&r)) }
        return out
    }

    /// `enumValue` for the enums every task holds, read from the bytes (`EnumWords`).
    static func enumValue<E>(_ r: inout JSONReader, _ words: EnumWords<E>, _ what: String) throws -> E {
        if let v = try r.plainString(words.value) { return v }
        return try enumValue(&r, E.self, what)
    }

    static func enumValue<E: RawRepresentable>(_ r: inout JSONReader, _: E.Type, _ what: String) throws -> E
    where E.RawValue == String {
        let before = r.position
        let s = try r.string()
        guard let v = E(rawValue: s) else {
            throw JSONSyntaxError(offset: r.origin + before, message: "unknown \(what) \"\(s)\"")
        }
        return v
    }

    static func day(_ r: inout JSONReader) throws -> Day {
        if let d = r.day() { return d }
        let before = r.position
        let s = try r.string()
        guard let d = Day(iso: s) else {
            throw JSONSyntaxError(offset: r.origin + before, message: "expected a date YYYY-MM-DD, found \"\(s)\"")
        }
        return d
    }

    static func timestamp(_ r: inout JSONReader) throws -> Timestamp {
        if let t = r.timestamp() { return t }
        let before = r.position
        let s = try r.string()
        guard let t = Timestamp(iso: s) else {
            throw JSONSyntaxError(offset: r.origin + before, message: "expected a time YYYY-MM-DDTHH:MM:SSZ, found \"\(s)\"")
        }
        return t
    }
}
