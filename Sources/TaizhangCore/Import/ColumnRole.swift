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
    case progress
    case remark

    var isUnits: Bool { if case .units = self { return true }; return false }

    /// Whether a cell of this column may be omitted because it is merged with the row above.
    var carriesDown: Bool {
        switch self {
        case .group, .units, .deadline, .measure: return true
        case .number, .requirement, .progress, .remark: return false
        }
    }
}

/// The words tables use in their header row.
enum HeaderVocabulary {
    /// The role of one header cell, before levels are decided; nil when not a header word.
    static func role(of raw: String) -> ColumnRole? {
        let t = TextFolding.key(raw)
        guard !t.isEmpty, t.count <= 12 else { return nil }
        if t == "序号" || t == "编号" { return .number }
        if t.contains("措施") { return .measure }
        if t.contains("单位") || t.contains("部门") || t.contains("科室") || t.contains("处室") || t.hasSuffix("责任人") {
            if t.contains("配合") || t.contains("协办") { return .units(.task, .support) }
            if t.contains("牵头") && !t.contains("责任") { return .units(.task, .lead) }
            return .units(.task, nil)
        }
        if t.contains("时限") || t.contains("时间") || t.contains("期限") { return .deadline }
        if t.contains("进展") || t.contains("完成情况") { return .progress }
        if t.contains("备注") { return .remark }
        if t.contains("要求") || t.contains("具体任务") || t.contains("内容") || t.contains("工作措施") { return .requirement }
        if t.contains("任务") || t.contains("事项") || t.contains("工作") { return .group }
        return nil
    }

    /// Turns header cells into column roles: a table with no requirement column reads its
    /// 工作任务 column as the requirement; unit columns after a measure belong to the measure.
    static func roles(_ headers: [String]) -> [ColumnRole]? {
        var roles = headers.map(role(of:))
        guard roles.filter({ $0 != nil }).count >= 2, roles.filter({ $0 != nil }).count * 3 >= headers.count * 2 else { return nil }
        if !roles.contains(where: { $0 == .requirement }) {
            if let g = roles.firstIndex(where: { $0 == .group }) { roles[g] = .requirement }
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
