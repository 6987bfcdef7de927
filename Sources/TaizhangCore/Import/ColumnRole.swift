/// What a column of a plan's table holds, read from its header.
enum ColumnRole: Equatable {
    case number
    /// 工作任务 when a separate requirement column exists: the group a task belongs to.
    case group
    case requirement
    case measure
    /// Responsible units; `role` when the header gives one (牵头单位 → lead).
    case units(UnitLevel, UnitRole?)
    case deadline
    /// The responsible leader (责任领导, 牵头市领导).
    case leader
    case progress
    case remark

    var isUnits: Bool { if case .units = self { return true }; return false }

    /// Whether a cell of this column may be omitted because it is merged with the row above.
    var carriesDown: Bool {
        switch self {
        case .group, .units, .deadline, .measure, .leader: return true
        case .number, .requirement, .progress, .remark: return false
        }
    }
}

/// Reads a table's header row through the one field vocabulary (`FieldLabels`).
enum HeaderVocabulary {
    /// The role of one header cell, before levels are decided; nil when not a header word.
    static func role(of raw: String) -> ColumnRole? {
        switch FieldLabels.field(ofHeader: raw) {
        case .number?: return .number
        case .group?: return .group
        case .requirement?: return .requirement
        case .measure?: return .measure
        case .units(let role)?: return .units(.task, role)
        case .leader?: return .leader
        case .deadline?: return .deadline
        case .progress?: return .progress
        case .remark?: return .remark
        case nil: return nil
        }
    }

    /// `roles(_:)` with a coordinator's corrections laid over them (`import --preview`).
    static func roles(_ headers: [String], corrected: [Int: ColumnMeaning]) -> [ColumnRole]? {
        guard !corrected.isEmpty else { return roles(headers) }
        var r = roles(headers) ?? headers.map { role(of: $0) ?? .remark }
        for (i, meaning) in corrected where i < r.count { r[i] = meaning.role }
        return r.contains(.requirement) ? r : nil
    }

    /// Turns header cells into column roles: a table with no requirement column reads its
    /// 工作任务 column as the requirement; unit columns after a measure belong to the measure.
    static func roles(_ headers: [String]) -> [ColumnRole]? {
        var roles = headers.map(role(of:))
        let named = roles.filter { $0 != nil }.count
        // Two in three of the written headers name a column; a project table's header names
        // fewer (总投资, 至2021年底累计完成投资…) but has its number, requirement and units.
        let written = headers.filter { !TextFolding.trim($0).isEmpty }.count
        let core = roles.contains { $0 == .number } && roles.contains { $0 == .requirement || $0 == .group }
            && roles.contains { $0?.isUnits == true }
        guard named >= 2, named * 3 >= written * 2 || core && named >= 4 else { return nil }
        // A measure column is the bureau's own measure only after the plan's units column (a
        // two-level plan); before any units column it is the requirement (细化措施, 工作措施), and a
        // requirement-like column before it groups the rows.
        if let m = roles.firstIndex(where: { $0 == .measure }), !roles[..<m].contains(where: { $0?.isUnits == true }) {
            for i in roles.indices where i < m && roles[i] == .requirement { roles[i] = .group }
            roles[m] = .requirement
        }
        // Columns named by level (一级要点 | 二级要点): the deepest holds the tasks, the others
        // and any requirement column before it group them.
        let levels = headers.map(FieldLabels.levelOfHeader)
        if let deepest = levels.indices.filter({ levels[$0] != nil }).max(by: { levels[$0]! < levels[$1]! }), levels.compactMap({ $0 }).count >= 2 {
            for i in roles.indices where i < deepest && (roles[i] == .requirement || levels[i] != nil) { roles[i] = .group }
            roles[deepest] = .requirement
        }
        // One requirement column: a second (年度目标 after 考核内容) is a remark beside it.
        if let first = roles.firstIndex(where: { $0 == .requirement }) {
            for i in roles.indices where i > first && roles[i] == .requirement { roles[i] = .remark }
        }
        // Without a requirement column, the last (most detailed) group column holds the tasks:
        // 项目名称 | 工作任务 → the 工作任务 are the tasks, grouped by project.
        if !roles.contains(where: { $0 == .requirement }) {
            if let g = roles.lastIndex(where: { $0 == .group }) { roles[g] = .requirement }
        }
        if let m = roles.firstIndex(where: { $0 == .measure }) {
            for i in roles.indices where i > m {
                if case .units(_, let role)? = roles[i] { roles[i] = .units(.measure, role) }
            }
        }
        guard roles.contains(where: { $0 == .requirement }) else { return nil }
        return roles.map { $0 ?? .remark }
    }
}
