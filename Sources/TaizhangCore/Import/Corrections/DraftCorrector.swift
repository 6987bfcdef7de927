/// Applies a coordinator's line corrections to a reader's draft.
///
/// Each corrected line leaves whatever the reader made of it and becomes what the coordinator
/// said: a task of its own (its number and fields read as in running text), a heading, the
/// units / time limit / leader / more text of the task above, preamble, title or fragment.
/// Everything else stays as the reader read it, so a correction changes only what it names.
struct DraftCorrector {
    let text: SourceText

    func apply(_ kinds: [Int: LineKind], to draft: PlanDraft) -> PlanDraft {
        guard !kinds.isEmpty else { return draft }
        var d = draft
        var entries = Self.entries(of: d)
        for (line, kind) in kinds.sorted(by: { $0.key < $1.key }) {
            guard let raw = text.lines.first(where: { $0.line == line }) else { continue }
            let lineText = TextFolding.trim(MarkupStripper.strip(raw.text))
            release(line, from: &entries, draft: &d)
            place(line, lineText, as: kind, in: &entries, draft: &d)
        }
        d.items = entries.sorted { $0.line < $1.line }.map(\.item)
        return d
    }

    /// A draft item with the line it starts at, for putting corrected lines in order.
    struct Entry {
        var line: Int
        var item: DraftItem
    }

    static func entries(of d: PlanDraft) -> [Entry] {
        var last = 0
        return d.items.map { item in
            switch item {
            case .heading(let h): last = h.lines.min() ?? last
            case .task(let t): last = t.lines.min() ?? last
            case .endOfSections: break
            }
            return Entry(line: last, item: item)
        }
    }

    /// Takes a line out of whatever holds it. A task that loses its first line is taken apart:
    /// its other lines become fragments until the coordinator says what they are.
    private func release(_ line: Int, from entries: inout [Entry], draft d: inout PlanDraft) {
        d.preamble.removeAll { $0.line == line }
        d.fragments.removeAll { $0.line == line }
        for i in entries.indices.reversed() {
            switch entries[i].item {
            case .heading(var h) where h.lines.contains(line):
                h.lines.removeAll { $0 == line }
                if h.lines.isEmpty { entries.remove(at: i) } else { entries[i].item = .heading(h) }
            case .task(var t) where t.lines.contains(line):
                if t.lines.min() == line {
                    entries.remove(at: i)
                    for other in t.lines where other != line {
                        d.fragments.append(Fragment(line: other, text: lineText(other), reason: "line of a task that was corrected"))
                    }
                } else {
                    t.lines.removeAll { $0 == line }
                    entries[i].item = .task(t)
                }
            default: continue
            }
        }
    }

    private func place(_ line: Int, _ lineText: String, as kind: LineKind, in entries: inout [Entry], draft d: inout PlanDraft) {
        switch kind {
        case .title:
            d.titles.insert(lineText, at: 0)
            d.preamble.append(SourceLine(line: line, text: lineText))
        case .preamble, .blank:
            d.preamble.append(SourceLine(line: line, text: lineText))
        case .fragment:
            d.fragments.append(Fragment(line: line, text: lineText, reason: "marked as a fragment by hand"))
        case .heading:
            entries.append(Entry(line: line, item: .heading(heading(lineText, line: line, entries: entries))))
        case .task:
            entries.append(Entry(line: line, item: .task(task(lineText, line: line))))
        case .units, .deadline, .leader, .join:
            guard let i = entries.lastIndex(where: { $0.line < line && $0.isTask }), case .task(var t) = entries[i].item else {
                d.fragments.append(Fragment(line: line, text: lineText, reason: "no task above to attach it to"))
                return
            }
            attach(lineText, as: kind, to: &t)
            t.lines.append(line)
            entries[i].item = .task(t)
        }
    }

    /// A line made a task: its number, text and any fields written in it.
    private func task(_ lineText: String, line: Int) -> DraftTask {
        let pieces = LinePiece.split(lineText, line: line)
        var t = DraftTask(number: pieces.first?.marker?.number, text: "", lines: [line])
        t.text = pieces.map(\.text).filter { !$0.isEmpty }.joined()
        if t.text.isEmpty { t.text = lineText }
        for p in pieces { p.fields?.apply(to: &t) }
        t.flags.append(ReviewFlag(.layoutGuessed, "read as a task by hand in the import preview"))
        return t
    }

    /// A line made a heading, one level below the heading above it unless its number says.
    private func heading(_ lineText: String, line: Int, entries: [Entry]) -> DraftHeading {
        if let h = HeadingParser.parse(lineText) { return DraftHeading(h, line: line) }
        let above = entries.last { $0.line < line && !$0.isTask }
        var depth = 1
        if case .heading(let h)? = above?.item { depth = h.match.depth }
        let title = ItemMarker.leading(lineText)?.rest ?? lineText
        return DraftHeading(HeadingMatch(depth: depth, ordinal: nil, title: title, markerLost: true), line: line)
    }

    private func attach(_ lineText: String, as kind: LineKind, to t: inout DraftTask) {
        let value = FieldLabels.labelled(lineText)?.value ?? lineText
        switch kind {
        case .units: t.unitCells.append(DraftUnitCell(written: value, level: .task, columnRole: FieldLabels.labelled(lineText).flatMap {
            if case .units(let role) = $0.field { return role }
            return nil
        }))
        case .deadline: t.deadline = value
        case .leader: t.leader = value
        default: t.text += "\n" + lineText
        }
    }

    private func lineText(_ line: Int) -> String {
        text.lines.first { $0.line == line }.map { TextFolding.trim(MarkupStripper.strip($0.text)) } ?? ""
    }
}

private extension DraftCorrector.Entry {
    var isTask: Bool { if case .task = item { return true }; return false }
}
