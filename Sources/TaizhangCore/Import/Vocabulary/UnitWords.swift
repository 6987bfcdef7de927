/// How the names of responsible units are made: their endings, the markers of a collective
/// unit, and the level prefixes that later names in a list inherit.
enum UnitWords {
    /// Endings that name an office or a body. Longer ones first where one ends another.
    /// Zones (嘉鱼经济开发区, 高新区, 产业园) answer for tasks like any office.
    static let endings = ["办公室", "管委会", "委员会", "领导小组", "指挥部", "检察院", "法院", "人民政府", "政府",
                          "开发区", "高新区", "经开区", "新区", "园区", "工业园", "产业园", "示范区", "试验区", "合作区",
                          "保税区", "度假区", "管理区",
                          "(街道)", "(街)", "园区)", "中心", "部门", "单位", "机构", "街道", "集团", "公司", "学校",
                          "网站", "医院", "局", "科", "办", "室", "处", "委", "会", "部", "厅", "站", "所", "院",
                          "组", "队", "镇", "乡", "馆", "台", "司", "联", "府"]

    /// The last characters of unit names, for telling the 会 of "办公室会法规科" (a join) from
    /// that of 区工会 or 社会保障局.
    static let lastCharacters: Set<Character> = Set(endings.compactMap(\.last).filter { $0 != ")" })

    /// The endings of a name that a bare 会 may join to another ("宣传处会办公室"); not 委 or 会,
    /// which end names followed by 会 (安委会, 管委会, 居委会).
    static let joinableEnds: Set<Character> = ["室", "科", "局", "办", "处", "部", "厅", "站", "所", "队", "院", "组", "心", "府", "馆", "台", "司", "联"]

    /// Names that stand only after another: "各县(市、区)党委和人民政府" is one body, not
    /// 党委 and a bare 人民政府.
    static let genericNames: Set<String> = ["人民政府", "政府", "管委会", "党委", "党工委", "单位", "部门", "机构"]

    /// Markers of a unit that stands for every unit of a kind: 各部门, 区各单位, 各镇(街),
    /// 各相关科室, 区直有关行政执法部门, 市各有关单位.
    static let collectiveMarkers = ["各", "有关", "相关", "全体", "所有"]

    /// The levels a name prefix stands for: 省/市/区/县/州/镇 (district bodies carry 区);
    /// `placeLevels` are those that, inside a name, name its own place (湘西经开区管委会).
    static let levelPrefixes: Set<Character> = ["省", "市", "区", "县", "州", "旗", "镇", "乡"]
    static let placeLevels: Set<Character> = ["省", "市", "区", "县", "州"]

    /// Words that start with a level character without being a level: 市场监管局 is not a 市 body.
    static let notLevelPrefixes = ["市场", "区域", "县域", "州际", "乡村", "镇村"]

    /// Words holding a level character that names no place: 城市管理局, 社区服务中心, 园区办.
    static let wordsWithLevelCharacters: Set<String> = ["城市", "都市", "社区", "园区", "城区", "小区", "街区", "景区",
                                                         "市场", "区域", "县域", "超市", "市政", "市容", "市民", "郊区"]

    /// Provinces (and the like), whose bodies name their own place: 湖北银监局, 广东海关.
    static let provinces = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
                            "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
                            "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "香港", "澳门", "台湾"]

    /// Bodies of the central government's vertical lines, which no local prefix belongs to.
    static let nationalBodies = ["人行", "人民银行", "国家税务", "海关", "银保监", "证监", "银监", "保监", "气象局", "邮政",
                                 "铁路", "电网", "供电", "电信", "移动", "联通", "烟草"]

    /// A body no level prefix is carried to: a province's or the central government's.
    static func isNational(_ name: String) -> Bool {
        let m = TextFolding.matching(name)
        return provinces.contains { m.hasPrefix($0) } || nationalBodies.contains { m.hasPrefix($0) }
    }

    /// Towns, streets and villages are places themselves: 浦江镇 after 区农业农村委 is no 区 body.
    static let placeEndings = ["镇", "乡", "街道", "村", "社区", "苏木", "嘎查"]

    static func isPlace(_ name: String) -> Bool {
        let m = TextFolding.matching(name)
        return placeEndings.contains { m.hasSuffix($0) }
    }

    /// Verbs of a requirement that no office's name holds: "每季度召开一次企业家座谈会" ends in 会
    /// but is work to do, not a body.
    static let requirementVerbs = ["召开", "开展", "推进", "完成", "加快", "加强", "推行", "举办", "提升", "建立", "健全",
                                   "完善", "做好", "确保", "实现", "落实好", "新建", "改造", "打造"]

    static func holdsAVerb(_ text: String) -> Bool {
        let m = TextFolding.matching(text)
        return requirementVerbs.contains { verb in
            guard let r = m.range(of: verb) else { return false }
            return !officesOfWork.contains(String(m[r.upperBound...]))
        }
    }

    /// What follows a verb in the name of an office set up for that work: 健康中国行动推进办,
    /// 创文巩卫推进组, 项目建设指挥部.
    static let officesOfWork: Set<String> = ["办", "组", "中心", "办公室", "领导小组", "工作组", "指挥部", "专班", "委员会"]

    /// True when `text` (folded, without role words) ends like a unit's name.
    static func endsLikeUnit(_ text: String) -> Bool {
        let m = TextFolding.matching(text)
        guard let ending = endings.first(where: { m.hasSuffix($0) }) else { return false }
        // 两处, 3所, 十个组: a count of things, not an office (秘书一室 and 二科 are offices).
        if ending.count == 1, let before = m.dropLast().last, before.isASCII && before.isNumber || before == "两" || before == "个" {
            return false
        }
        return true
    }

    /// True for a unit that means every unit of a kind.
    static func isCollective(_ name: String) -> Bool {
        let m = TextFolding.matching(name)
        return collectiveMarkers.contains { m.contains($0) }
    }

    /// The level character a name starts with (区 in 区财政局), or nil (办公室, 市场监管局).
    static func levelPrefix(of name: String) -> Character? {
        let m = TextFolding.matching(name)
        guard let first = m.first, levelPrefixes.contains(first),
              !notLevelPrefixes.contains(where: { m.hasPrefix($0) }) else { return nil }
        return name.first
    }
}
