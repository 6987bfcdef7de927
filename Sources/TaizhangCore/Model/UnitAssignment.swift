/// A unit's part in a task: 牵头 leads, 配合/参与 supports, 负责/落实 is responsible.
public enum UnitRole: String, Sendable, CaseIterable {
    case lead, support, responsible
}

/// Which assignment a unit belongs to. In a two-level plan (the district's task and the
/// bureau's own measure) the same task carries both; single-level plans use `task` only.
public enum UnitLevel: String, Sendable, CaseIterable {
    case task, measure
}

/// One responsible unit of a task.
public struct UnitAssignment: Hashable, Sendable {
    /// The unit's name as normalised at import (full-width brackets, no spaces, prefix carried).
    public var name: String
    public var role: UnitRole
    public var level: UnitLevel
    /// 各部门, 各科室, 区各单位, 各镇(街): every unit of that kind.
    public var collective: Bool

    public init(name: String, role: UnitRole, level: UnitLevel, collective: Bool = false) {
        self.name = name
        self.role = role
        self.level = level
        self.collective = collective
    }
}

/// The cell of responsible units as written, kept beside the parsed units like a time
/// limit's text, so a coordinator can always see what the document said.
public struct UnitCell: Hashable, Sendable {
    public var level: UnitLevel
    public var written: String
    /// A trailing 等: the list is "and others".
    public var andOthers: Bool

    public init(level: UnitLevel, written: String, andOthers: Bool = false) {
        self.level = level
        self.written = written
        self.andOthers = andOthers
    }
}
