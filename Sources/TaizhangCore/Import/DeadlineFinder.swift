/// Finds the time limit written inside a requirement: "9月底前,完成…", "年内实现…",
/// "三季度末前", "2022年12月底前全面完成", "本要点公布后30日内报送…".
///
/// Only a phrase that limits time counts: a date or period followed by 前/底/末/内/以前/之前,
/// a year word (年内, 年底, 上半年…), a quarter's end, a span after publication — or a date that
/// opens a sentence before a comma ("6月,完成…"). A year or 全年 that only qualifies a target
/// ("2016年安排500亿元", "全年粮食播种面积") is no time limit. The phrase is returned as
/// written; `DeadlineParser` then reads it like any time-limit cell, Chinese numerals included.
enum DeadlineFinder {
    /// The last time-limit phrase in the text (a task's final limit), as written; nil if none.
    static func phrase(in text: String) -> String? {
        let original = Array(text), m = Array(TextFolding.matching(text))
        guard original.count == m.count else { return nil }
        var found: Range<Int>?
        var i = 0
        while i < m.count {
            if mayStart(m[i]), let end = match(m, at: i) {
                found = i..<end
                i = end
            } else {
                i += 1
            }
        }
        guard let found else { return nil }
        return TextFolding.trim(String(original[found]))
    }

    /// Characters a phrase can start with: most characters of a sentence start none.
    private static let starters: Set<Character> = Set("本要方通文公印发下出上年今第到至")

    private static func mayStart(_ c: Character) -> Bool {
        (c.isASCII && c.isNumber) || ChineseNumerals.isNumeral(c) || starters.contains(c)
    }

    private static let yearWords = DeadlineWords.yearWords.filter { $0.word != "全年" }.map { Array($0.word) }
    private static let suffixes = ["以前", "之前", "以内", "前", "内"].map { Array($0) }
    private static let nouns = ["本要点", "本方案", "本通知", "本意见", "要点", "方案", "通知", "文件"].map { Array($0) }
    private static let verbs = ["公布", "印发", "发布", "下发", "出台"].map { Array($0) }
    private static let spanUnits = ["工作日", "日", "天", "月", "周"].map { Array($0) }
    private static let tenDays = ["上旬", "中旬", "下旬"].map { Array($0) }

    /// The end of an accepted phrase starting at `i`, or nil.
    private static func match(_ m: [Character], at i: Int) -> Int? {
        if let end = relative(m, at: i) { return end }
        // 到2020年, 至2025年底: the year a target is to be met by.
        if "到至".contains(m[i]), i + 1 < m.count, let end = year(m, at: i + 1) {
            return match(m, at: i + 1).map { max($0, end) } ?? end
        }
        var j = i, hasYear = false
        if let end = year(m, at: j) { j = end; hasYear = true }
        var limited = false
        if hasYear, j < m.count, "底末内".contains(m[j]) {
            j += 1
            limited = true
        } else if let (end, isLimit) = period(m, at: j) {
            j = end
            limited = isLimit
        } else if !hasYear {
            return nil
        }
        if let end = suffix(m, at: j) { j = end; limited = true }
        if limited { return j }
        // A date opening a sentence before a comma: "6月,完成…".
        let opens = i == 0 || "。;,:".contains(m[i - 1])
        return opens && j < m.count && m[j] == "," && j > i ? j : nil
    }

    /// `2021年` — four digits from 1990 to 2099.
    private static func year(_ m: [Character], at i: Int) -> Int? {
        guard i + 4 < m.count, m[i + 4] == "年", m[i..<i + 4].allSatisfy({ $0.isASCII && $0.isNumber }),
              let y = Int(String(m[i..<i + 4])), (1990...2099).contains(y) else { return nil }
        return i + 5
    }

    /// A month (6月底, 十二月20日, 10月中旬), a quarter (三季度末, 第一季度) or a year word
    /// (上半年, 年内); with whether it limits time by itself.
    private static func period(_ m: [Character], at i: Int) -> (Int, Bool)? {
        for word in yearWords where matches(m, word, at: i) { return (i + word.count, true) }
        if matches(m, Array("今年"), at: i), i + 2 < m.count, "内底末".contains(m[i + 2]) { return (i + 3, true) }
        var j = i
        if j < m.count, m[j] == "第" { j += 1 }
        guard let (value, end) = number(m, at: j) else { return nil }
        j = end
        if j < m.count, m[j] == "季" {
            guard (1...4).contains(value) else { return nil }
            j += 1
            if j < m.count, m[j] == "度" { j += 1 }
            if j < m.count, "末底".contains(m[j]) { return (j + 1, true) }
            return (j, false)
        }
        guard j < m.count, m[j] == "月", (1...12).contains(value), m[i] != "第" else { return nil }
        j += 1
        if j < m.count, "底末".contains(m[j]) { return (j + 1, true) }
        for part in tenDays where matches(m, part, at: j) { return (j + 2, true) }
        if let (_, end) = number(m, at: j), end < m.count, "日号".contains(m[end]) { return (end + 1, false) }
        return (j, false)
    }

    /// 前, 以前, 之前, 内, 以内 after a date.
    private static func suffix(_ m: [Character], at i: Int) -> Int? {
        for word in suffixes where matches(m, word, at: i) { return i + word.count }
        return nil
    }

    /// "(本要点)公布后30日内", "印发后一个月内": the span after publication, from its noun.
    private static func relative(_ m: [Character], at i: Int) -> Int? {
        var j = i
        for noun in nouns where matches(m, noun, at: j) {
            j += noun.count
            break
        }
        guard let verb = verbs.first(where: { matches(m, $0, at: j) }) else { return nil }
        j += verb.count
        guard j < m.count, m[j] == "后" else { return nil }
        j += 1
        guard let (_, end) = number(m, at: j) else { return nil }
        j = end
        if j < m.count, m[j] == "个" { j += 1 }
        guard let unit = spanUnits.first(where: { matches(m, $0, at: j) }) else { return nil }
        j += unit.count
        if j < m.count, m[j] == "以" { j += 1 }
        return j < m.count && m[j] == "内" ? j + 1 : nil
    }

    /// Digits or Chinese numerals (一 … 三十一).
    private static func number(_ m: [Character], at i: Int) -> (Int, Int)? {
        var j = i
        while j < m.count, m[j].isASCII, m[j].isNumber { j += 1 }
        if j > i, j - i <= 2 { return (Int(String(m[i..<j]))!, j) }
        guard j == i else { return nil }
        while j < m.count, ChineseNumerals.isNumeral(m[j]), j - i < 3 { j += 1 }
        guard j > i, let v = ChineseNumerals.value(of: m[i..<j]) else { return nil }
        return (v, j)
    }

    private static func matches(_ m: [Character], _ w: [Character], at i: Int) -> Bool {
        i + w.count <= m.count && m[i..<i + w.count].elementsEqual(w)
    }
}
