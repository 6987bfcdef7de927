/// The fields a plan writes beside a task's requirement in running text: who does it, who
/// answers for it, and by when.
///
/// They come in three forms, all read here: a bracket after the requirement
/// ("(责任领导:X;牵头单位:Y;责任单位:Z)", "〔X牵头,Y配合〕", "(X负责落实)", "(牵头单位:X,6月底完成)"),
/// label lines after it ("牵头单位:X", "完成时限:Z", several on one line), and a closing role
/// sentence ("此项工作由X负责,Y配合", "X、Y分别牵头落实").
struct TaskFields {
    var unitCells: [DraftUnitCell] = []
    var deadline: String?
    var leader: String?
    var progress: String?

    var isEmpty: Bool { unitCells.isEmpty && deadline == nil && leader == nil }
    var hasUnits: Bool { !unitCells.isEmpty }

    /// Adds what `other` says; a later deadline or leader replaces an earlier one.
    mutating func merge(_ other: TaskFields) {
        unitCells += other.unitCells
        deadline = other.deadline ?? deadline
        leader = other.leader ?? leader
        progress = other.progress ?? progress
    }

    func apply(to task: inout DraftTask) {
        task.unitCells += unitCells
        if let deadline { task.deadline = deadline }
        if let leader { task.leader = leader }
        if let progress { task.progress = progress }
    }

    // MARK: reading

    /// The fields of a bracket's content; nil when the bracket holds anything else (an
    /// abbreviation, a document number, a remark), so that it stays part of the requirement.
    static func bracket(_ inner: String) -> TaskFields? {
        // Every clause, at ; 。 and commas: units written "X牵头,Y配合" are gathered again below.
        // A sentence that is a note to the reader ("明确牵头部门的,其他有关部门配合,不逐一列出,下同")
        // goes whole; one that opens with fields keeps them ("X、Y负责,排在第一位的为牵头部门,下同").
        let parts = BracketSplitter.split(inner, at: [";", "；", "。"]).flatMap { sentence -> [String] in
            let clauses = BracketSplitter.split(sentence, at: [",", "，"])
            guard isNote(sentence), let first = clauses.first else { return clauses }
            let opensWithFields = FieldLabels.labelled(first) != nil || isUnitClause(first) || FieldLabels.leaderPosts(first) != nil
            return opensWithFields ? clauses : []
        }
        guard !parts.isEmpty else { return nil }
        var fields = TaskFields(), pendingUnits: [String] = [], lastWasUnitLabel = false
        var bareLabel: PlanField?
        func flushUnits() {
            if !pendingUnits.isEmpty {
                fields.unitCells.append(DraftUnitCell(written: pendingUnits.joined(separator: ","), level: .task, columnRole: nil))
                pendingUnits.removeAll()
            }
        }
        for part in parts {
            // "责任人;张三": a label whose colon became a separator, its value the next part.
            if let field = bareLabel {
                bareLabel = nil
                guard fields.read(field, part) else { return nil }
                continue
            }
            if let field = FieldLabels.field(ofLabel: part), !part.contains(":"), !part.contains("：") {
                flushUnits()
                bareLabel = field
                continue
            }
            if let (field, value) = FieldLabels.labelled(part) {
                flushUnits()
                guard fields.read(field, value) else { return nil }
                lastWasUnitLabel = field.isUnits
                continue
            }
            // "牵头单位:X,Y": an unlabelled list after a units label is more of that label's units.
            if lastWasUnitLabel, isUnitClause(part), let last = fields.unitCells.indices.last {
                fields.unitCells[last].written += "," + part
                continue
            }
            lastWasUnitLabel = false
            if isNote(part) || RoleWords.leadNote(in: part) != nil {
                continue
            } else if let posts = FieldLabels.leaderPosts(part) {
                flushUnits()
                fields.leader = posts
            } else if isUnitClause(part) {
                pendingUnits.append(part)
            } else if isTimeLimit(part) {
                flushUnits()
                fields.deadline = part
            } else {
                return nil
            }
        }
        flushUnits()
        return fields.isEmpty ? nil : fields
    }

    /// A line of labels ("牵头单位:X;责任单位:Y;完成时限:Z", "责任单位:X 完成时间:Y"); nil unless
    /// every part is a field label.
    static func labels(_ text: String) -> TaskFields? {
        guard FieldLabels.labelled(text) != nil else { return nil }
        let parts = fieldParts(text, splitAtSpaceBeforeLabel: true)
        guard let first = parts.first, FieldLabels.labelled(first) != nil else { return nil }
        var fields = TaskFields()
        for part in parts {
            guard let (field, value) = FieldLabels.labelled(part) else {
                // "完成时限:2021年底;长期坚持": an unlabelled part continues the label before it.
                if fields.deadline != nil, isTimeLimit(part) { fields.deadline! += ";" + part; continue }
                if !fields.unitCells.isEmpty, isUnitClause(part) { fields.unitCells[fields.unitCells.count - 1].written += "," + part; continue }
                return nil
            }
            guard fields.read(field, value) else { return nil }
        }
        return fields.isEmpty ? nil : fields
    }

    /// A closing sentence naming the units: "此项工作由X负责,Y配合", "X牵头落实",
    /// "各县区、各部门按职责分工负责". Nil for a sentence that says anything else.
    static func roleSentence(_ sentence: String) -> TaskFields? {
        var text = UnitName.trimmingTrailingPunctuation(sentence)
        let introduced = RoleWords.strippingIntroducer(text)
        if let introduced { text = introduced }
        guard !text.isEmpty, text.count <= 80, RoleWords.containsMarker(text) else { return nil }
        let clauses = BracketSplitter.split(text, at: [",", "，", ";", "；"])
        guard !clauses.isEmpty, clauses.allSatisfy(isUnitClause) else { return nil }
        // Without 由, the sentence must end in a role word: "市发改委牵头" is a role sentence,
        // "市发改委牵头的项目库" is not.
        guard introduced != nil || RoleWords.endsWithMarker(clauses.last!) else { return nil }
        return TaskFields(unitCells: [DraftUnitCell(written: clauses.joined(separator: ","), level: .task, columnRole: nil)])
    }

    /// Records a labelled field; false for a label that has no place beside a requirement.
    private mutating func read(_ field: PlanField, _ value: String) -> Bool {
        guard !value.isEmpty else { return true }
        switch field {
        case .units(let role): unitCells.append(DraftUnitCell(written: value, level: .task, columnRole: role))
        case .deadline: deadline = value
        case .leader: leader = value
        case .progress: progress = value
        case .remark: break
        case .number, .group, .requirement, .measure: return false
        }
        return true
    }

    /// A note to the reader inside the bracket ("明确牵头部门的,其他有关部门配合,不逐一列出,下同").
    static func isNote(_ part: String) -> Bool {
        let m = TextFolding.matchingKey(part)
        return ["下同", "列出", "以下均", "不再重复", "不再赘述", "不再分工"].contains { m.contains($0) }
    }

    /// A clause that is a list of units, each possibly with its role words.
    static func isUnitClause(_ text: String) -> Bool {
        let parts = UnitSplitter.topLevelParts(TextFolding.matching(text))
        return !parts.isEmpty && parts.allSatisfy(CellClassifier.looksLikeOneUnit)
    }

    /// A clause that is a time limit (2021年底前, 6月底完成, 长期坚持), not a list of units.
    static func isTimeLimit(_ text: String) -> Bool {
        CellClassifier.deadlineScore(text) >= 3 || (TextFolding.trim(text).count <= 20 && DeadlineFinder.phrase(in: text) != nil)
    }

    /// Splits field text at ; and 。, and at a comma or space that a field label follows
    /// ("牵头单位:X,责任单位:Y") or a time limit follows ("…,6月底完成"); never inside brackets.
    static func fieldParts(_ text: String, splitAtSpaceBeforeLabel: Bool = false) -> [String] {
        var parts: [String] = []
        for chunk in BracketSplitter.split(text, at: [";", "；", "。"]) {
            var current = ""
            let pieces = BracketSplitter.splitKeepingSeparators(chunk, at: splitAtSpaceBeforeLabel ? [",", "，", " ", "　"] : [",", "，"])
            for (piece, separator) in pieces {
                let startsField = FieldLabels.labelled(piece) != nil || (isTimeLimit(piece) && !isUnitClause(piece))
                if !current.isEmpty, startsField {
                    parts.append(TextFolding.trim(current))
                    current = piece
                } else {
                    current += (current.isEmpty ? "" : separator) + piece
                }
            }
            if !TextFolding.trim(current).isEmpty { parts.append(TextFolding.trim(current)) }
        }
        return parts
    }
}
