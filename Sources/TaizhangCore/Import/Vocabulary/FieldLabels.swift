/// What a piece of a plan is labelled as: in a label line ("牵头单位:X"), a field of a
/// bracket ("(责任领导:X;牵头单位:Y)"), a key of a key/value record, or a column header.
enum PlanField: Equatable, Sendable {
    case number
    /// The group tasks belong to (工作任务 beside a 具体要求 column).
    case group
    case requirement
    /// The bureau's own measure (落实措施) in a two-level plan.
    case measure
    /// Responsible units; the role the label gives every unit without its own marker
    /// (牵头单位 → lead, 配合单位 → support), nil for 责任单位.
    case units(UnitRole?)
    case leader
    case deadline
    case progress
    case remark

    var isUnits: Bool { if case .units = self { return true }; return false }
}

/// The words plans label their fields with. One list serves label lines, brackets, records
/// and table headers, so that a word read in one place is read in every other.
enum FieldLabels {
    /// Words a label of units ends with: 牵头单位, 责任部门, 配合科室, 责任主体.
    static let unitNouns = ["单位", "部门", "科室", "处室", "主体", "机构", "处", "科"]

    /// Qualifiers before a unit noun, and the role they give. Checked in order: 牵头及责任单位
    /// is read by its 责任 (nil: each unit's own words decide), 牵头负责部门 by its 牵头.
    static let unitQualifiers: [(word: String, role: UnitRole?)] = [
        ("牵头及责任", nil), ("牵头和责任", nil), ("牵头", .lead), ("主办", .lead), ("主责", .lead), ("主要责任", .lead),
        ("配合", .support), ("协办", .support), ("协同", .support), ("协作", .support), ("参与", .support),
        ("协助", .support), ("责任", nil), ("承办", nil), ("落实", nil), ("实施", nil), ("完成", nil),
    ]

    /// Labels of the responsible leader: 责任领导, 牵头市领导, 分管省领导, 责任人.
    static let leaderEndings = ["领导", "责任人", "负责人", "分管负责同志", "责任领导同志"]

    /// Labels of the time limit.
    static let deadlineLabels = ["完成时间", "完成时限", "时间要求", "时限要求", "时限", "完成期限", "时间", "期限",
                                 "时间节点", "完成节点", "进度安排", "完成时间节点", "办结时限", "完成日期", "截止时间"]

    static let progressLabels = ["完成情况", "进展情况", "进展", "落实情况", "工作进展", "推进情况", "办理情况", "进度", "成效", "完成率"]
    static let remarkLabels = ["备注", "说明"]
    /// 部门分工: a provincial plan's label for the units of a task.
    static let unitLabelsWithoutNoun = ["部门分工", "分工", "责任分工", "责任清单", "责任主体", "主体责任"]

    /// Names of a requirement's column or its group's, made of a kind and a noun: 工作任务,
    /// 主要内容, 目标任务, 项目名称, 考核指标.
    static let requirementHeaders: Set<String> = Set(
        ["工作", "重点", "主要", "具体", "目标", "年度", "项目", "任务", "建设", "考核", "实施", "整改"].flatMap { kind in
            ["任务", "内容", "措施", "要求", "目标", "名称", "指标", "事项", "问题"].map { kind + $0 }
        })

    /// A column's name as tables write it, whole: for a header whose words ran together
    /// (序号工作内容目标任务责任单位备注), where the looser `field(ofHeader:)` would also accept
    /// 目标, 任务责任 or 单位备注 and split it wrongly.
    static func isWholeHeader(_ word: String) -> Bool {
        if ["序号", "编号"].contains(word) || requirementHeaders.contains(word) { return true }
        if deadlineLabels.contains(word) || progressLabels.contains(word) || remarkLabels.contains(word) { return true }
        // 责任单位, 牵头部门, 配合单位: one qualifier and one noun (not 牵头单位配合单位).
        if unitNouns.contains(where: { noun in unitQualifiers.contains { $0.word + noun == word } }) { return true }
        // 责任领导, 区政府分管领导: a leader's column, its level before it.
        return leaderEndings.contains { word.hasSuffix($0) && word.count - $0.count <= 5 }
    }

    /// The field a label names (the text before a colon), or nil when it is not a field label.
    /// Exact words only: "主要内容:" and "工作目标:" in running text are not fields.
    static func field(ofLabel raw: String) -> PlanField? {
        let t = TextFolding.matchingKey(TextFolding.withoutGlosses(raw))
        guard !t.isEmpty, t.count <= 10 else { return nil }
        if deadlineLabels.contains(t) { return .deadline }
        if leaderEndings.contains(where: { t.hasSuffix($0) }) { return .leader }
        if progressLabels.contains(t) { return .progress }
        if unitLabelsWithoutNoun.contains(t) { return .units(nil) }
        if let noun = unitNouns.first(where: { t.hasSuffix($0) }) {
            let qualifier = String(t.dropLast(noun.count))
            if let entry = unitQualifiers.first(where: { qualifier.hasSuffix($0.word) || qualifier.hasPrefix($0.word) }) {
                return .units(entry.role)
            }
        }
        return nil
    }

    /// The field a column header names, or nil. Headers are looser than labels: 牵头负责部门,
    /// 工 作 任 务, 具体工作措施, 完成时限(时间节点).
    static func field(ofHeader raw: String) -> PlanField? {
        // "责任部门(加*号为牵头部门,其余为参与部门)": the note in brackets is not the name.
        var t = TextFolding.matchingKey(TextFolding.withoutGlosses(raw))
        if let open = t.firstIndex(where: BracketSplitter.openers.contains), open > t.startIndex { t = String(t[..<open]) }
        guard !t.isEmpty, t.count <= 14 else { return nil }
        if t == "序号" || t == "编号" || t == "序" { return .number }
        // 一级要点, 二级指标: a level of the work; `HeaderVocabulary.roles` makes the deepest the requirement.
        if levelOfHeader(t) != nil { return .group }
        if t.contains("措施") && !t.contains("单位") && !t.contains("部门") { return .measure }
        // "牵头单位及主要负责人": units, with their heads' names beside them.
        let namesUnits = unitNouns.prefix(4).contains(where: { t.contains($0) })
        // 评分部门, 考核单位, 联系人: who scores or answers the phone, not who does the work;
        // 单位 / 计量单位 alone: what a figure is counted in (%, 万元).
        if namesUnits, ["评分", "考核", "评价", "督查", "督办"].contains(where: t.contains) { return .remark }
        if t.contains("联系") || t.contains("电话") || t == "单位" || t == "计量单位" { return .remark }
        if !namesUnits, leaderEndings.contains(where: { t.hasSuffix($0) }) || t.contains("领导") { return .leader }
        if unitNouns.prefix(5).contains(where: { t.contains($0) }) || t.hasSuffix("责任人") || unitLabelsWithoutNoun.contains(t)
            || ["街镇", "乡镇", "镇街", "镇(街)"].contains(where: t.hasSuffix) {
            if ["配合", "协办", "协同", "参与", "协助"].contains(where: { t.contains($0) }) { return .units(.support) }
            if (t.contains("牵头") || t.contains("主办") || t.contains("主责")) && !t.contains("责任") { return .units(.lead) }
            if t.contains("主要责任") || t.contains("主责") { return .units(.lead) }
            if t.hasPrefix("牵头") && !t.contains("及") && !t.contains("和") { return .units(.lead) }
            return .units(nil)
        }
        if ["时限", "时间", "期限", "节点", "进度安排", "年限"].contains(where: t.contains) { return .deadline }
        if progressLabels.contains(where: { t.contains($0) }) { return .progress }
        if remarkLabels.contains(where: { t.contains($0) }) { return .remark }
        // Columns a ledger keeps beside a task without reading them: 建设地点, 投资金额(万元), 建设规模;
        // but 建设规模及内容 holds the work.
        if ["地点", "金额", "投资", "规模", "资金", "数量", "单价"].contains(where: t.contains), !t.contains("内容") { return .remark }
        if ["要求", "具体任务", "内容", "工作措施", "目标", "细化", "分解", "具体工作"].contains(where: t.contains) {
            return .requirement
        }
        if ["任务", "事项", "工作", "项目", "实事", "类别", "名称", "行业", "领域", "指标"].contains(where: t.contains) { return .group }
        return nil
    }

    /// The level a header names (一级要点 → 1, 二级指标 → 2), or nil.
    static func levelOfHeader(_ header: String) -> Int? {
        let t = TextFolding.matchingKey(header)
        guard t.count >= 3, t.count <= 8, Array(t)[1] == "级", let first = t.first else { return nil }
        return ChineseNumerals.value(of: [first][...]).flatMap { (1...6).contains($0) ? $0 : nil }
    }

    /// Titles of leaders, as a heading names one: "车俊省长牵头重点工作".
    static let leaderTitles = ["常务副省长", "常务副市长", "常务副区长", "常务副县长", "副省长", "副市长", "副区长", "副县长",
                               "省长", "市长", "区长", "县长", "副书记", "书记", "副主任", "主任", "副秘书长", "秘书长"]

    /// What a leader does to the tasks a heading names them over: 车俊省长牵头, 王纲市长主抓.
    static let leaderVerbs = ["牵头", "负责", "分管", "主抓", "领衔", "包抓", "联系", "督办"]

    /// "分管副省长、协管副秘书长负责": a bracket's part naming leaders by their posts.
    static func leaderPosts(_ part: String) -> String? {
        let bare = RoleWords.strippingMarkers(part).rest
        let posts = BracketSplitter.split(bare, at: ["、", ",", "，"])
        guard !posts.isEmpty, posts.allSatisfy({ p in
            let m = TextFolding.matchingKey(p)
            return m.count <= 10 && leaderTitles.contains { m.hasSuffix($0) }
        }) else { return nil }
        return bare
    }

    /// The leader a heading puts over the tasks under it ("车俊省长牵头重点工作" → 车俊), as written.
    static func leader(inHeading title: String) -> String? {
        let m = TextFolding.matchingKey(title)
        for t in leaderTitles {
            guard let r = m.byteRange(of: t), leaderVerbs.contains(where: { m[r.upperBound...].hasPrefix($0) }) else { continue }
            let nameLength = m.distance(from: m.startIndex, to: r.lowerBound)
            guard (2...4).contains(nameLength) else { return nil }
            return String(TextFolding.trim(title).prefix(nameLength))
        }
        return nil
    }

    /// A label at the start of `text` ("牵头单位:X", "责任领导:张三"): its field and the value
    /// after the colon, as written. Nil when the text does not start with a field label.
    /// Every character `TextFolding.fold` makes a colon.
    private static let colons: ScalarSet = [":", "：", "﹕", "∶"]

    static func labelled(_ text: String) -> (field: PlanField, value: String)? {
        // Asked at every space and sentence end of every line: most text has no colon near
        // its start, and is answered without folding it.
        guard text.prefix(25).contains(where: colons.contains) else { return nil }
        let m = TextFolding.matching(text)
        guard let colon = m.firstIndex(of: ":") else { return nil }
        let labelLength = m.distance(from: m.startIndex, to: colon)
        guard labelLength <= 24, let field = field(ofLabel: String(m[..<colon])) else { return nil }
        return (field, TextFolding.trim(text.dropFirst(labelLength + 1)))
    }
}
