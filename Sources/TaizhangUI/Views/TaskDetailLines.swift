import TaizhangCore

/// The task screen's text, line by line, wrapped to the window's width.
struct TaskDetailLines {
    let task: LedgerTask
    let context: ScreenContext
    private var width: Int { context.size.cols - 2 }
    private var s: Strings { context.strings }

    /// The reason a returned task was sent back comes right under its first line.
    var lines: [StyledLine] {
        let head = header
        var out: [StyledLine] = Array(head.prefix(1))
        out += returned
        out += head.dropFirst()
        out += [StyledLine()] + requirement + [StyledLine()] + units + [StyledLine()]
        out += deadline + loop + review + notes
        return out + history + source
    }

    /// The reason a coordinator sent the task back: the first thing its officer reads.
    private var returned: [StyledLine] {
        guard let text = TaskLoopText(task, strings: s).returnedNow else { return [] }
        return StyledLine.wrapped(text, width: width, indent: 0, style: CellStyle(.bold, role: .overdue))
    }

    /// The due day before an extension, evidence, extension requests and returns.
    private var loop: [StyledLine] {
        let text = TaskLoopText(task, strings: s)
        var out = text.extendedDue.map { StyledLine.wrapped($0, width: width) } ?? []
        for section in text.sections {
            out += [StyledLine(), StyledLine(section.title, style: .bold)]
            out += section.lines.flatMap { StyledLine.wrapped($0, width: width) }
        }
        return out
    }

    private var header: [StyledLine] {
        let urgency = Urgency(task, asOf: context.today)
        var state = s.status(task.status)
        if urgency == .overdue { state += " · " + s(.uiDaysOverdue, task.daysOverdue(asOf: context.today)) }
        let role = TaskLook.role(urgency)
        var first = StyledLine([(task.id.rawValue + "  ", CellStyle(.bold, role: .accent)),
                                (TaskLook.glyph(task.status) + " " + state, CellStyle(.bold, role: role))])
        if task.needsReview { first.pieces.append(.init(text: "  ? " + s(.showReview), style: CellStyle(.bold, role: .flagged))) }
        let plan = context.ledger.plan(task.plan)
        var out = [first] + StyledLine.wrapped(plan?.title ?? task.plan.rawValue, width: width, indent: 0, style: .role(.muted))
        let (section, subsection) = TaskJSON.headings(of: task, in: plan)
        if let section {
            out += StyledLine.wrapped([section, subsection].compactMap { $0 }.joined(separator: " › "), width: width, indent: 0, style: .role(.muted))
        }
        return out
    }

    private var requirement: [StyledLine] {
        var out = [StyledLine(s(.colRequirement) + (task.number.map { " \($0)" } ?? ""), style: .bold)]
        out += StyledLine.wrapped(task.text, width: width)
        if let measure = task.measure {
            out += [StyledLine(s(.showMeasure), style: .bold)] + StyledLine.wrapped(measure, width: width)
        }
        return out
    }

    private var units: [StyledLine] {
        var out = [StyledLine(s(.showUnits), style: .bold)]
        let ledger = context.ledger
        for level in UnitLevel.allCases {
            let assigned = task.units.filter { $0.level == level }
            let written = task.unitCells.filter { $0.level == level }.map(\.written).joined(separator: " / ")
            guard !assigned.isEmpty || !written.isEmpty else { continue }
            let prefix = task.units.contains { $0.level == .measure } ? s.level(level) + ": " : ""
            let names = assigned.map { ledger.canonicalUnit($0.name) + "(" + s.role($0.role) + ")" }.joined(separator: "、")
            out += StyledLine.wrapped(prefix + (names.isEmpty ? "—" : names), width: width)
            if !written.isEmpty { out += StyledLine.wrapped(s(.showAsWritten) + ": " + written, width: width, style: .role(.muted)) }
        }
        if task.units.isEmpty && task.unitCells.isEmpty { out.append(StyledLine("  —")) }
        if let leader = task.leader { out += StyledLine.wrapped(s(.showLeader) + ": " + leader, width: width) }
        return out
    }

    private var deadline: [StyledLine] {
        let d = task.deadline
        var resolved = s.due(task, asOf: context.today) + " (" + s.deadlineKind(d.kind) + ")"
        if d.guessed { resolved += " · " + s(.showGuessed) }
        if d.overridden { resolved += " · " + s(.showOverridden) }
        if let r = d.recurrence { resolved += " · " + s(.showRecurs) + " " + s.recurrence(r) }
        return [StyledLine(s(.showDeadline), style: .bold)]
            + StyledLine.wrapped(s(.showAsWritten) + ": " + (d.text ?? "—"), width: width)
            + StyledLine.wrapped(s(.showResolved) + ": " + resolved, width: width, style: CellStyle(role: TaskLook.role(Urgency(task, asOf: context.today))))
    }

    private var review: [StyledLine] {
        guard !task.openReview.isEmpty else { return [] }
        return [StyledLine(), StyledLine(s(.showReview), style: CellStyle(.bold, role: .flagged))]
            + task.openReview.flatMap { StyledLine.wrapped(ReviewText(strings: s).line($0, of: task), width: width, style: .role(.flagged)) }
    }

    private var notes: [StyledLine] {
        let notes = task.notes
        guard !notes.isEmpty else { return [] }
        return [StyledLine(), StyledLine(s(.showNotes), style: .bold)] + notes.flatMap { note in
            [StyledLine("  " + note.at.localMinute + "  " + note.by, style: .role(.muted))]
                + StyledLine.wrapped(note.text, width: width, indent: 4)
        }
    }

    private var history: [StyledLine] {
        let history = task.history
        guard !history.isEmpty else { return [] }
        return [StyledLine(), StyledLine(s(.showHistory), style: .bold)]
            + history.flatMap { StyledLine.wrapped(HistoryText(strings: s).line($0), width: width, style: .role(.muted)) }
    }

    private var source: [StyledLine] {
        guard let plan = context.ledger.plan(task.plan) else { return [] }
        let lines = task.lines.map(String.init).joined(separator: ",")
        return [StyledLine()] + StyledLine.wrapped(s(.showSource) + ": " + plan.source.fileName + " " + s(.uiLines, lines),
                                                   width: width, indent: 0, style: .role(.muted))
    }
}
