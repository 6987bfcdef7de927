/// What a coordinator corrected in the importer's reading of a document, kept with the plan so
/// that importing the same file again reads it the same way (`taizhang import --preview`).
public struct ImportCorrections: Hashable, Sendable {
    /// A line read as something else than the importer thought.
    public var kinds: [Int: LineKind] = [:]
    /// What a table column holds, by its position in the header (0-based).
    public var columns: [Int: ColumnMeaning] = [:]

    public init(kinds: [Int: LineKind] = [:], columns: [Int: ColumnMeaning] = [:]) {
        self.kinds = kinds
        self.columns = columns
    }

    public var isEmpty: Bool { kinds.isEmpty && columns.isEmpty }

    /// Sets a line's kind; setting it back to what the importer read removes the correction.
    public mutating func set(_ kind: LineKind?, line: Int) {
        kinds[line] = kind
    }
}

/// What a source line is read as.
public enum LineKind: String, Hashable, Sendable, CaseIterable {
    case title, preamble, heading, task
    /// The units of the task above (a label line, a cell of its own).
    case units
    case deadline
    case leader
    /// More text of the task above.
    case join
    case fragment
    case blank

    /// The kinds a coordinator may give a line, in the order the preview offers them.
    public static let choosable: [LineKind] = [.task, .heading, .units, .deadline, .leader, .join, .preamble, .title, .fragment]
}

/// What a table column holds, as a coordinator says it.
public enum ColumnMeaning: String, Hashable, Sendable, CaseIterable {
    case number, group, requirement, measure, units, leadUnits, supportUnits, deadline, leader, progress, ignore

    var role: ColumnRole {
        switch self {
        case .number: return .number
        case .group: return .group
        case .requirement: return .requirement
        case .measure: return .measure
        case .units: return .units(.task, nil)
        case .leadUnits: return .units(.task, .lead)
        case .supportUnits: return .units(.task, .support)
        case .deadline: return .deadline
        case .leader: return .leader
        case .progress: return .progress
        case .ignore: return .remark
        }
    }

    /// The meaning a column was read with.
    init(_ role: ColumnRole) {
        switch role {
        case .number: self = .number
        case .group: self = .group
        case .requirement: self = .requirement
        case .measure: self = .measure
        case .units(_, .lead?): self = .leadUnits
        case .units(_, .support?): self = .supportUnits
        case .units: self = .units
        case .deadline: self = .deadline
        case .leader: self = .leader
        case .progress: self = .progress
        case .remark: self = .ignore
        }
    }
}
