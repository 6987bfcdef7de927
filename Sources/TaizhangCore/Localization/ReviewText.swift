/// What the import guessed, in the reader's language: review reasons and the reasons a line
/// was left unplaced.
///
/// The importer stores its reasons in English, with details (the time limit as written, the
/// unit read); Chinese readers get a sentence per kind, with the task's own details.
public struct ReviewText: Sendable {
    public let strings: Strings

    public init(strings: Strings) { self.strings = strings }

    /// `[年份推测] 时限“6月底”的年份取自方案(2017-06-30)`
    public func line(_ flag: ReviewFlag, of task: LedgerTask) -> String {
        "[" + kind(flag.kind) + "] " + reason(flag, of: task)
    }

    /// The kind's short name, as the review screen lists it.
    public func kind(_ kind: ReviewFlag.Kind) -> String {
        guard strings.language == .zh else { return kind.rawValue }
        switch kind {
        case .yearGuessed: return strings(.reviewKindYear)
        case .dateGuessed: return strings(.reviewKindDate)
        case .unitsMissing: return strings(.reviewKindUnitsMissing)
        case .unitsGuessed: return strings(.reviewKindUnits)
        case .deadlineGuessed: return strings(.reviewKindDeadline)
        case .sectionGuessed: return strings(.reviewKindSection)
        case .unitsOpen: return strings(.reviewKindUnitsOpen)
        case .numberGuessed: return strings(.reviewKindNumber)
        case .textGuessed: return strings(.reviewKindText)
        case .layoutGuessed: return strings(.reviewKindLayout)
        }
    }

    public func reason(_ flag: ReviewFlag, of task: LedgerTask) -> String {
        guard strings.language == .zh else { return flag.message }
        let written = task.deadline.text ?? ""
        switch flag.kind {
        case .yearGuessed: return strings(.reviewYear, written, task.deadline.date?.iso ?? strings(.dueNeedsDate))
        case .dateGuessed: return strings(.reviewDate, written)
        case .unitsMissing: return strings(.reviewUnitsMissing)
        case .unitsGuessed: return strings(.reviewUnits)
        case .deadlineGuessed: return strings(.reviewDeadline)
        case .sectionGuessed: return strings(.reviewSection)
        case .unitsOpen: return strings(.reviewUnitsOpen, task.unitCells.map(\.written).joined(separator: " / "))
        case .numberGuessed: return strings(.reviewNumber)
        case .textGuessed: return strings(.reviewText)
        case .layoutGuessed: return strings(.reviewLayout)
        }
    }

    /// Why a line was left unplaced, from the importer's stored English reason.
    public func fragmentReason(_ reason: String) -> String {
        guard strings.language == .zh else { return reason }
        let known: [(String, Strings.Key)] = [
            ("line the importer could not place", .fragmentLine), ("cell that fits no column", .fragmentColumn),
            ("row without a requirement", .fragmentNoRequirement), ("number with no title", .fragmentNumberNoTitle),
            ("number with no task text", .fragmentNumberNoText), ("cell that fits no task", .fragmentCell),
            ("number with nothing after it", .fragmentNumberAlone), ("text between table rows", .fragmentBetweenRows),
        ]
        return known.first { reason.hasPrefix($0.0) }.map { strings($0.1) } ?? reason
    }
}
