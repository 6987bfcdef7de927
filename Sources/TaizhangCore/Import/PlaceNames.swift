/// The places a plan's title or text names (广州市花都区 → 广州, 花都; 恩施土家族苗族自治州 → 恩施),
/// for the plan's code: the pinyin initials of the most local one.
///
/// No gazetteer: a place is the run of characters before a level word (省, 市, 区, 县, 州,
/// 自治州…) that starts after the previous place, a year, a bracket or a word no place holds
/// (关于, 印发, 人民政府…). Any length works: 石家庄市, 乌鲁木齐市.
enum PlaceNames {
    /// Level words that end a place's name, longest first.
    static let levels = ["特别行政区", "自治州", "自治县", "自治区", "自治旗", "新区", "地区", "省", "市", "州", "盟", "区", "县", "旗"]

    /// A level character followed by one of these is a word, not the end of a place: 市场监管,
    /// 区域, 县域, 市直, 区直, 市民.
    static let wordsAfterLevel: Set<Character> = ["场", "域", "直", "民", "容", "政", "属", "级", "委", "长", "情", "镇", "内", "外", "属"]

    /// Words that end the text before a place: nothing before them is part of its name.
    static let breakers = ["关于印发", "关于", "印发", "转发", "年度", "年", "的", "《", "〈", "(", "（", "·", "、", ",", " ", "全", "各", "本"]

    /// Words no place's name holds.
    static let notPlaceWords = ["人民", "政府", "办公", "工作", "政务", "公开", "部门", "单位", "委员", "管理", "建设", "发展",
                                "城区", "老城", "主城", "市场", "要点", "方案", "任务"]

    /// Every place named in `text`, in order, as written.
    static func places(in text: String) -> [String] {
        let m = Array(TextFolding.matchingKey(text)), o = Array(TextFolding.key(text))
        guard m.count == o.count else { return [] }
        var out: [String] = [], start = 0, i = 0
        while i < m.count {
            if let b = breakers.first(where: { matches(m, $0, at: i) }) {
                i += b.count
                start = i
                continue
            }
            guard isHan(m[i]) else { i += 1; start = i; continue }
            if let level = levels.first(where: { matches(m, $0, at: i) }),
               !(level.count == 1 && i + 1 < m.count && wordsAfterLevel.contains(m[i + 1])),
               // 广州市, 贵州省: a level character before another that ends the name is part of it
               // (but 花都区 before 市场监督管理局 ends at 区).
               !(level.count == 1 && i + 2 < m.count && levels.contains(where: { matches(m, $0, at: i + 1) })
                 && !wordsAfterLevel.contains(m[i + 2])) {
                let name = String(o[start..<i])
                if (2...8).contains(name.count), !notPlaceWords.contains(where: { name.contains($0) }) {
                    out.append(name)
                }
                i += level.count
                start = i
                continue
            }
            i += 1
        }
        return out
    }

    /// The name a code is made from: 恩施土家族苗族 → 恩施 (an autonomous prefecture's peoples
    /// are not its place).
    static func shortName(_ place: String) -> String {
        var chars = Array(place)
        while chars.count > 2, chars.last == "族" {
            // Drop one "…族" (土家族, 苗族): up to three characters ending in 族.
            let cut = chars.dropLast().lastIndex { $0 == "族" }.map { chars.count - $0 - 1 } ?? chars.count
            let length = min(3, cut)
            guard chars.count - length >= 2 else { break }
            chars.removeLast(length)
        }
        return String(chars)
    }

    /// Places named before an office in running text (东莞市公安局, 东莞市发改局), for documents
    /// whose title names none; the one named most often, at least twice.
    static func seat(in body: String) -> String? {
        // Running text has no boundaries to cut a place at: take the two characters before a
        // level word that an office's name follows (东莞市公安…), as most seats are named.
        let key = Array(TextFolding.matchingKey(body))
        var counts: [String: Int] = [:]
        for i in key.indices.dropFirst(2) where i + 1 < key.count && "省市区县州".contains(key[i]) && officeStarts.contains(key[i + 1]) {
            let a = key[i - 2], b = key[i - 1]
            guard isHan(a), isHan(b), !notSeatCharacters.contains(a), !notSeatCharacters.contains(b) else { continue }
            let name = String([a, b])
            if counts[name] == nil { counts[name] = TextFolding.matchingKey(body).components(separatedBy: name).count - 1 }
        }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value >= 2 else { return nil }
        return best.key
    }

    /// The first characters of office names: 人(民政府) 公(安局) 发(改局) 财(政局)…
    static let officeStarts: Set<Character> = ["人", "政", "公", "委", "发", "财", "教", "卫", "住", "民", "农", "文", "商",
                                               "交", "水", "自", "司", "审", "统", "税", "林", "档", "党", "纪", "科", "工",
                                               "环", "应", "退", "医", "信", "编", "国", "法", "监", "金", "体", "市", "区"]

    /// Characters that end a word before 市/区 in running text ("推进市场…", "全市", "各区").
    static let notSeatCharacters: Set<Character> = ["年", "全", "本", "各", "市", "区", "县", "省", "政", "公", "城", "辖", "社",
                                                    "园", "新", "的", "在", "和", "及", "等", "与", "为", "由", "到", "对"]

    private static func matches(_ m: [Character], _ word: String, at i: Int) -> Bool {
        let w = Array(word)
        return i + w.count <= m.count && m[i..<i + w.count].elementsEqual(w)
    }

    private static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) }
    }
}
