/// The JSON form of a task for scripts (`list --format json`, `show --format json`, exports).
///
/// Field names are part of the command line's contract (docs/cli.md); add, never rename.
public enum TaskJSON {
    public static func write(_ t: LedgerTask, ledger: Ledger, asOf today: Day, to w: inout JSONWriter, full: Bool = false,
                             rules: WarningRules = .defaults) {
        let placements = TaskPlacements(for: [t], in: ledger, json: true)
        write(t, at: placements.entry(t.plan), ledger: ledger, asOf: today, to: &w, full: full, rules: rules)
    }

    /// `plan` is the task's entry in `TaskPlacements(for:in:json: true)`.
    static func write(_ t: LedgerTask, at plan: TaskPlacements.PlanEntry?, ledger: Ledger, asOf today: Day,
                      to w: inout JSONWriter, full: Bool, rules: WarningRules) {
        // Copied through when they can be (`VerbatimDetails`), else read at once: each of the
        // task's properties would read (and keep) all its details.
        let verbatim = full ? nil : t.verbatimDetails()
        let details = verbatim.map { $0.notesMayFollow ? t.details(.notes) : DetailsRead(TaskDetails.Values()) }
            ?? t.details(full ? .all : [.text, .measure, .unitCells, .notes])
        w.byte(0x7B)
        w.key("id", first: true); w.string(t.id.rawValue)
        w.key("plan"); w.string(t.plan.rawValue)
        TaskPlacements.appendJSONMembers(t, in: plan, to: &w)   // planTitle, section, subsection
        w.key("number"); w.stringOrNull(t.number)
        if let verbatim {
            verbatim.withBytes { bytes in
                w.key("text"); w.verbatimString(bytes(verbatim.text))
                w.key("measure"); if let m = verbatim.measure { w.verbatimString(bytes(m)) } else { w.null() }
            }
        } else {
            w.key("text"); w.string(details.text)
            w.key("measure"); w.stringOrNull(details.measure)
        }
        w.key("units"); w.byte(0x5B)
        for (i, u) in t.units.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.byte(0x7B)
            w.key("name", first: true); w.string(ledger.canonicalUnit(u.name))
            if ledger.canonicalUnit(u.name) != u.name { w.key("written"); w.string(u.name) }
            w.key("role"); w.string(u.role.rawValue)
            w.key("level"); w.string(u.level.rawValue)
            w.key("collective"); w.bool(u.collective)
            w.byte(0x7D)
        }
        w.byte(0x5D)
        w.key("unitsWritten")
        if let verbatim {
            verbatim.withBytes { bytes in w.array(verbatim.written) { r, w in w.verbatimString(bytes(r)) } }
        } else {
            w.strings(details.unitCells.map(\.written))
        }
        w.key("leader"); w.stringOrNull(t.leader)
        w.key("deadline"); w.byte(0x7B)
        w.key("text", first: true); w.stringOrNull(t.deadline.text)
        w.key("date"); if let d = t.deadline.date { w.day(d) } else { w.null() }
        w.key("kind"); w.string(t.deadline.kind.rawValue)
        w.key("guessed"); w.bool(t.deadline.guessed)
        w.key("overridden"); w.bool(t.deadline.overridden)
        w.key("recurrence"); w.stringOrNull(t.deadline.recurrence?.rawValue)
        // Worked out once: a recurring task's due day walks its periods, and lists write
        // tens of thousands of tasks.
        let due = t.currentDue(asOf: today)
        let urgency = Urgency(t, asOf: today)
        w.key("due"); if let due { w.day(due) } else { w.null() }
        w.byte(0x7D)
        w.key("status"); w.string(t.status.rawValue)
        w.key("urgency"); w.string(urgency.rawValue)
        w.key("overdue"); w.bool(urgency == .overdue)
        w.key("daysOverdue"); w.int(urgency == .overdue ? today.ordinal - due!.ordinal : 0)
        w.key("warning"); w.stringOrNull(t.warning(due: due, asOf: today, rules: rules)?.rawValue)
        writeLoop(t, due: due, to: &w)
        w.key("review")
        // Marks still in the snapshot as this writer wrote them are copied (`LazyReview`).
        if t.reviewed || t.lazyReview?.withVerbatim({ w.append($0) }) == nil {
            w.array(t.openReviewOnce) { f, w in ModelCodec.write(f, to: &w) }
        }
        w.key("lastNote")
        if let n = details.notes.last {
            w.byte(0x7B); w.key("at", first: true); w.timestamp(n.at); w.key("by"); w.string(n.by)
            w.key("text"); w.string(n.text); w.byte(0x7D)
        } else { w.null() }
        if full {
            w.key("notes"); w.byte(0x5B)
            for (i, n) in details.notes.enumerated() { if i > 0 { w.byte(0x2C) }; ModelCodec.write(n, to: &w) }
            w.byte(0x5D)
            w.key("history"); w.byte(0x5B)
            for (i, c) in details.history.enumerated() { if i > 0 { w.byte(0x2C) }; ModelCodec.write(c, to: &w) }
            w.byte(0x5D)
            w.key("periodsDone"); w.strings(t.periodsDone.map(\.iso))
            w.key("lines"); w.byte(0x5B)
            for (i, l) in details.lines.enumerated() { if i > 0 { w.byte(0x2C) }; w.int(l) }
            w.byte(0x5D)
        }
        w.byte(0x7D)
    }

    /// The loop's record: the due day before extensions, when the unit finished, the
    /// evidence, the reports sent back with their reasons (last one first for a returned
    /// task's officer to read), and the extension requests.
    static func writeLoop(_ t: LedgerTask, due: Day?, to w: inout JSONWriter) {
        let original = t.extensions.isEmpty ? due : t.originalDue   // the same day unless extended
        w.key("originalDue"); if let original { w.day(original) } else { w.null() }
        w.key("completedAt"); if let c = t.completedAt { w.timestamp(c) } else { w.null() }
        w.key("returned"); w.bool(t.isReturned)
        w.key("returns"); w.array(t.returns) { r, w in
            w.byte(0x7B); w.key("at", first: true); w.timestamp(r.at); w.key("by"); w.string(r.by)
            w.key("reason"); w.string(r.reason); w.byte(0x7D)
        }
        w.key("evidence"); w.array(t.evidence) { e, w in ModelCodec.write(e, to: &w) }
        w.key("extensions"); w.array(t.extensions) { e, w in ModelCodec.write(e, to: &w) }
    }

    /// The task's top heading and the heading under it (`一、…`, `(一)…`). For many tasks,
    /// `TaskPlacements` works them out once a plan.
    public static func headings(of t: LedgerTask, in plan: Plan?) -> (String?, String?) {
        guard let plan else { return (nil, nil) }
        return PlanHeadings(plan)[t.section]
    }

    /// Tasks as a JSON array, one a line. Written on all cores: writing decodes each task's
    /// details, which is most of the work when a list prints thousands of tasks.
    public static func array(_ tasks: [LedgerTask], ledger: Ledger, asOf today: Day, full: Bool = false,
                             rules: WarningRules = .defaults) -> [UInt8] {
        var out: [UInt8] = []
        writeArray(tasks, ledger: ledger, asOf: today, full: full, rules: rules) { out += $0 }
        return out
    }

    /// The array handed to `emit` piece by piece, made on all cores a round at a time (see
    /// `Parallel.render`): a list of 17,000 tasks is 21 MB of JSON, and is never held whole.
    public static func writeArray(_ tasks: [LedgerTask], ledger: Ledger, asOf today: Day, full: Bool = false,
                                  rules: WarningRules = .defaults, emit: (UnsafeRawBufferPointer) -> Void) {
        let placements = TaskPlacements(for: tasks, in: ledger, json: true)
        Parallel.render(count: tasks.count) { chunk, buffer in
            JSONWriter.appending(to: &buffer) { w in
                if chunk.lowerBound == 0 { w.byte(0x5B) }
                // A plan's tasks come together: its entry is looked up once for the run.
                var plan: (id: PlanID, entry: TaskPlacements.PlanEntry?)?
                for i in chunk {
                    w.raw(i == 0 ? "\n" : ",\n")
                    if plan?.id != tasks[i].plan { plan = (tasks[i].plan, placements.entry(tasks[i].plan)) }
                    // Not `let t = tasks[i]`: the copy retained and released every field.
                    write(tasks[i], at: plan!.entry, ledger: ledger, asOf: today, to: &w, full: full, rules: rules)
                }
                if chunk.upperBound == tasks.count { w.raw("\n]\n") }
            }
        } emit: { emit($0) }
    }
}
