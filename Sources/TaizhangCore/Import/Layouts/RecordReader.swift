/// Reads plans written as records of labelled values: a label alone on its line and its value
/// on the next ("具体任务" / "…" / "责任单位" / "卫健局、文旅局" / "完成时限" / "12月底前"), or a table
/// row that pairs them ("序号|1|工作任务|…|责任单位|…|完成时限|…").
///
/// A requirement (or number) label after one has been read starts the next record.
struct RecordReader {
    let layoutName = "records"

    /// The document as a stream of cells: a line, or each `|`/tab cell of a line.
    func tokens(_ text: SourceText) -> [(text: String, line: Int)] {
        text.lines.flatMap { l -> [(text: String, line: Int)] in
            let t = TextFolding.trim(MarkupStripper.strip(l.text))
            guard !t.isEmpty else { return [] }
            return BracketSplitter.split(t, at: ["|", "｜", "\t"]).map { ($0, l.line) }
        }
    }

    /// The reading, or nil when no cell is a requirement's label (then the document holds no
    /// records). The cells and their labels are found once, for the test and the reading.
    func readIfRecords(_ text: SourceText) -> PlanDraft? {
        let cells = tokens(text)
        let labels = cells.map { Self.label($0.text) }
        guard labels.contains(.requirement) else { return nil }
        return read(cells, labels: labels)
    }

    private func read(_ cells: [(text: String, line: Int)], labels: [PlanField?]) -> PlanDraft {
        var draft = PlanDraft(layout: layoutName)
        var current: DraftTask?
        var i = 0
        func finish() {
            if let t = current, !t.text.isEmpty { draft.task(t) }
            current = nil
        }
        while i < cells.count {
            let (cell, line) = cells[i]
            guard let field = labels[i], i + 1 < cells.count, labels[i + 1] == nil else {
                if current == nil {
                    draft.preamble.append(SourceLine(line: line, text: cell))
                    if PlanMetadata.isTitleLike(cell) { draft.titles.append(cell) }
                } else {
                    draft.fragments.append(Fragment(line: line, text: cell, reason: "cell outside the record's labels"))
                }
                i += 1
                continue
            }
            let (value, valueLine) = cells[i + 1]
            // A number starts a record; so does a requirement when the record has one already.
            if field == .number || field == .requirement && current?.text.isEmpty == false { finish() }
            if current == nil { current = DraftTask(number: nil, text: "", lines: []) }
            current!.lines += Set([line, valueLine]).sorted()
            switch field {
            case .number: current!.number = ItemNumber.bare(value) ?? value
            case .requirement, .group: current!.text += (current!.text.isEmpty ? "" : "\n") + value
            case .measure: current!.measure = value
            case .units(let role): current!.unitCells.append(DraftUnitCell(written: value, level: .task, columnRole: role))
            case .deadline: current!.deadline = value
            case .leader: current!.leader = value
            case .progress: current!.progress = value
            case .remark: current!.text += (current!.text.isEmpty ? "" : "\n") + "备注:" + value
            }
            i += 2
        }
        finish()
        return draft
    }

    /// A cell that is only a field's name (具体任务, 责任单位, 完成时限, 序号), with or without a colon.
    static func label(_ cell: String) -> PlanField? {
        var t = TextFolding.trim(cell)
        if t.hasSuffix(":") || t.hasSuffix("：") { t.removeLast() }
        guard !t.isEmpty, t.count <= 10 else { return nil }
        if let field = FieldLabels.field(ofLabel: t) { return field }
        // A header word, but not a unit's own name (各乡镇, 县卫健局).
        guard !UnitWords.isCollective(t), UnitWords.levelPrefix(of: t) == nil else { return nil }
        return FieldLabels.field(ofHeader: t)
    }
}
