/// Reads plans written as paragraphs: each task a paragraph that ends with its units in
/// brackets — "(牵头部门:X)", "(牵头单位:X;责任单位:Y)", "〔X牵头〕" — or followed by label
/// lines ("牵头单位:X" / "责任单位:Y" / "完成时间:Z").
struct ParagraphReader {
    let layoutName = "paragraphs"

    /// The share of paragraphs carrying their units (trailing brackets or label lines).
    func score(_ text: SourceText) -> Double {
        let lines = text.nonBlank
        guard lines.count >= 3 else { return 0 }
        let tagged = lines.filter { UnitTail.split($0.text) != nil || LabelLine.parse($0.text) != nil }.count
        guard tagged >= 2 else { return 0 }
        return min(1, Double(tagged) / Double(lines.count) + 0.3)
    }

    func read(_ text: SourceText) -> PlanDraft {
        var draft = PlanDraft(layout: layoutName)
        var pendingText: [SourceLine] = []   // paragraphs not yet known to be a task
        var labelled: DraftTask?             // a task whose label lines are being read
        var seenBody = false

        func closeLabelled() {
            if let t = labelled { draft.task(t); labelled = nil }
        }
        func flushPending(asTasks: Bool) {
            for p in pendingText {
                if !seenBody {
                    draft.preamble.append(p)
                    if PlanMetadata.isTitleLike(p.text) { draft.titles.append(p.text) }
                } else if asTasks {
                    var t = DraftTask(number: nil, text: p.text, lines: [p.line])
                    ItemNumber.split(p.text).map { t.number = $0.number; t.text = $0.rest }
                    draft.task(t)
                } else {
                    draft.preamble.append(p)
                }
            }
            pendingText.removeAll()
        }

        for line in text.lines {
            let raw = TextFolding.trim(MarkupStripper.strip(line.text))
            if raw.isEmpty || raw == "|" { continue }
            if let label = LabelLine.parse(raw) {
                if labelled == nil {
                    // The paragraphs since the last task are this task's text.
                    let body = pendingText
                    pendingText.removeAll()
                    var t = DraftTask(number: nil, text: body.map(\.text).joined(), lines: body.map(\.line))
                    if let split = ItemNumber.split(t.text) { t.number = split.number; t.text = split.rest }
                    labelled = t
                    seenBody = true
                }
                labelled!.lines.append(line.line)
                label.apply(to: &labelled!)
                continue
            }
            closeLabelled()
            if let h = HeadingParser.parse(raw), HeadingParser.isHeadingSized(h.title) {
                flushPending(asTasks: true)
                draft.heading(DraftHeading(h, line: line.line))
                seenBody = true
                continue
            }
            if let (body, tail) = UnitTail.split(raw) {
                flushPending(asTasks: true)
                var t = DraftTask(number: nil, text: body, lines: [line.line])
                if let split = ItemNumber.split(body) { t.number = split.number; t.text = split.rest }
                tail.apply(to: &t)
                if t.deadline == nil { t.deadline = DeadlinePhrase.find(in: t.text) }
                draft.task(t)
                seenBody = true
                continue
            }
            pendingText.append(SourceLine(line: line.line, text: raw))
        }
        closeLabelled()
        // Closing paragraphs: an obligation with a time limit is a task; the rest is remarks.
        if seenBody, !pendingText.isEmpty { draft.items.append(.endOfSections) }
        for p in pendingText {
            if seenBody, let limit = DeadlinePhrase.find(in: p.text) {
                var t = DraftTask(number: nil, text: p.text, lines: [p.line])
                t.deadline = limit
                if let subject = Subject.units(of: p.text) {
                    t.unitCells = [DraftUnitCell(written: subject, level: .task, columnRole: nil)]
                    t.flags.append(ReviewFlag(.unitsGuessed, "units read from the sentence's subject \"\(subject)\""))
                } else {
                    t.flags.append(ReviewFlag(.unitsMissing, "the paragraph names no responsible unit"))
                }
                draft.task(t)
            } else {
                draft.preamble.append(p)
                if !seenBody, PlanMetadata.isTitleLike(p.text) { draft.titles.append(p.text) }
            }
        }
        return draft
    }
}

/// A trailing bracket holding units: "(牵头部门:X)", "(牵头单位:X;责任单位:Y)", "〔X牵头〕".
struct UnitTail {
    var cells: [DraftUnitCell]
    var deadline: String?

    static func split(_ raw: String) -> (String, UnitTail)? {
        var text = TextFolding.trim(raw)
        while let last = text.last, "。.;；".contains(last) { text.removeLast() }
        guard let close = text.last, let open = matchingOpen(close) else { return nil }
        // Find the bracket that opens the tail, allowing brackets inside it (各镇(街)).
        var depth = 0
        var start: String.Index?
        var i = text.index(before: text.endIndex)
        while true {
            let c = text[i]
            if c == close || (c == ")" && close == "）") || (c == "）" && close == ")") { depth += 1 }
            else if c == open || (c == "(" && open == "（") || (c == "（" && open == "(") {
                depth -= 1
                if depth == 0 { start = i; break }
            }
            if i == text.startIndex { break }
            i = text.index(before: i)
        }
        guard let start else { return nil }
        let inner = String(text[text.index(after: start)..<text.index(before: text.endIndex)])
        guard let tail = parse(inner) else { return nil }
        let body = TextFolding.trim(text[..<start])
        guard !body.isEmpty else { return nil }
        return (body.hasSuffix("。") || body.hasSuffix(".") ? body : body + "。", tail)
    }

    private static func matchingOpen(_ close: Character) -> Character? {
        switch close {
        case ")": return "("
        case "）": return "（"
        case "〕": return "〔"
        case "】": return "【"
        case "]": return "["
        default: return nil
        }
    }

    /// The bracket's content: labelled parts, or a list ending in a role word.
    static func parse(_ inner: String) -> UnitTail? {
        var tail = UnitTail(cells: [], deadline: nil)
        let parts = inner.split(whereSeparator: { $0 == ";" || $0 == "；" }).map { TextFolding.trim($0) }
        for part in parts {
            if let label = LabelLine.parse(part) {
                switch label.field {
                case .units(let role): tail.cells.append(DraftUnitCell(written: label.value, level: .task, columnRole: role))
                case .deadline: tail.deadline = label.value
                default: break
                }
            } else if CellClassifier.unitScore(part) >= 2,
                      RoleWords.containsMarker(part) {
                tail.cells.append(DraftUnitCell(written: part, level: .task, columnRole: nil))
            } else {
                return nil
            }
        }
        return tail.cells.isEmpty && tail.deadline == nil ? nil : tail
    }

    func apply(to task: inout DraftTask) {
        task.unitCells.append(contentsOf: cells)
        if let deadline { task.deadline = deadline }
    }
}

/// "牵头单位:X", "责任单位:Y", "配合部门:Z", "完成时间:W", "责任领导:V".
struct LabelLine {
    var field: PlanField
    var value: String

    static func parse(_ raw: String) -> LabelLine? {
        guard let (field, value) = FieldLabels.labelled(TextFolding.trim(raw)), !value.isEmpty else { return nil }
        switch field {
        case .units, .deadline, .leader: return LabelLine(field: field, value: value)
        default: return nil
        }
    }

    func apply(to task: inout DraftTask) {
        switch field {
        case .units(let role): task.unitCells.append(DraftUnitCell(written: value, level: .task, columnRole: role))
        case .deadline: task.deadline = value
        case .leader: task.leader = value
        default: break
        }
    }
}

/// A time limit written inside a sentence: 2021年底前, 6月底前, 本要点公布后30日内.
enum DeadlinePhrase {
    static func find(in text: String) -> String? {
        let folded = TextFolding.fold(text)
        let patterns = [
            #"[本该]?(要点|方案|通知|文件)?(公布|印发|发布|下发)后\s*\d+\s*(个工作日|日|天)内"#,
            #"((19|20)\d\d\s*年)?\s*\d{1,2}\s*月\s*(底|末|\d{1,2}\s*日)\s*前"#,
            #"((19|20)\d\d\s*年)?\s*年底前"#,
            #"(19|20)\d\d\s*年底前"#,
        ]
        for p in patterns {
            if let r = folded.range(of: p, options: .regularExpression) {
                return TextFolding.trim(String(folded[r]))
            }
        }
        return nil
    }
}

