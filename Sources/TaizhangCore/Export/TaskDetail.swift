/// A task in full as plain text: for `taizhang show` and for mail.
public enum TaskDetail {
    public static func render(_ t: LedgerTask, ledger: Ledger, strings s: Strings, today: Day, width: Int) -> String {
        let width = max(40, width)
        var out = ""
        func line(_ text: String = "") { out += VisibleText.sanitize(text) + "\n" }
        func wrapped(_ label: String, _ text: String) {
            let indent = "  "
            line(label)
            for l in DisplayWidth.wrap(VisibleText.sanitize(text, keepNewlines: true), width: width - indent.count) {
                out += indent + l + "\n"
            }
        }
        let plan = ledger.plan(t.plan)
        var status = s.status(t.status)
        let urgency = Urgency(t, asOf: today)
        if urgency == .overdue { status += " · " + s(.uiDaysOverdue, t.daysOverdue(asOf: today)) }
        line("\(t.id.rawValue)  [\(status)]  \(plan?.title ?? t.plan.rawValue)")
        let loop = TaskLoopText(t, strings: s)
        if let returned = loop.returnedNow { line("!! " + returned) }
        let (section, subsection) = TaskJSON.headings(of: t, in: plan)
        if let section { line(s(.showSection) + ": " + [section, subsection].compactMap { $0 }.joined(separator: " › ")) }
        line()
        wrapped(s(.colRequirement) + (t.number.map { " \($0)" } ?? ""), t.text)
        if let m = t.measure { wrapped(s(.showMeasure), m) }
        line()
        line(s(.showUnits) + ":")
        for level in UnitLevel.allCases {
            let units = t.units.filter { $0.level == level }
            guard !units.isEmpty else { continue }
            let names = units.map { ledger.canonicalUnit($0.name) + "(" + s.role($0.role) + ")" }.joined(separator: "、")
            let written = t.unitCells.filter { $0.level == level }.map(\.written).joined(separator: " / ")
            let prefix = t.units.contains { $0.level == .measure } ? s.level(level) + ": " : ""
            for l in DisplayWidth.wrap(prefix + names, width: width - 2) { out += "  " + l + "\n" }
            if !written.isEmpty { line("  " + s(.showAsWritten) + ": " + written) }
        }
        if let leader = t.leader { line(s(.showLeader) + ": " + leader) }
        line()
        let d = t.deadline
        var resolved = d.kind == .ongoing || d.kind == .none ? s.deadlineKind(d.kind) : s.due(t, asOf: today) + " (" + s.deadlineKind(d.kind) + ")"
        if d.guessed { resolved += " · " + s(.showGuessed) }
        if d.overridden { resolved += " · " + s(.showOverridden) }
        if let r = d.recurrence { resolved += " · " + s(.showRecurs) + " " + s.recurrence(r) }
        line(s(.showDeadline) + ": " + s(.showAsWritten) + " \"" + (d.text ?? "—") + "\" → " + s(.showResolved) + " " + resolved)
        if let extended = loop.extendedDue { line("  " + extended) }
        for section in loop.sections {
            line()
            line(section.title + ":")
            for l in section.lines { for w in DisplayWidth.wrap(VisibleText.sanitize(l), width: width - 2) { out += "  " + w + "\n" } }
        }
        if !t.openReview.isEmpty {
            line()
            line(s(.showReview) + ":")
            for f in t.openReview { line("  - " + ReviewText(strings: s).line(f, of: t)) }
        }
        if !t.notes.isEmpty {
            line()
            line(s(.showNotes) + ":")
            for n in t.notes {
                for (i, l) in DisplayWidth.wrap(VisibleText.sanitize(n.text), width: width - 22).enumerated() {
                    out += (i == 0 ? "  \(n.at.localMinute) \(DisplayWidth.pad(n.by, to: 8)) " : String(repeating: " ", count: 27)) + l + "\n"
                }
            }
        }
        if !t.history.isEmpty {
            line()
            line(s(.showHistory) + ":")
            for c in t.history { line("  " + HistoryText(strings: s).line(c)) }
        }
        if let plan {
            line()
            line(s(.showSource) + ": " + plan.source.fileName + " " + s(.uiLines, t.lines.map(String.init).joined(separator: ",")))
        }
        return out
    }
}
