/// Rewrites Chinese numerals as Arabic digits where they count months, days or years.
///
/// Plans write 六月底, 十二月底, 一季度 and 一个月内 as often as 6月底 or 1季度; turning the
/// numerals into digits lets one grammar read both. Only a run of numerals followed by a
/// counting word is rewritten, so 统一 or 一门式 elsewhere in the text stay as they are.
enum ChineseNumerals {
    /// Numerals as they appear in time limits, with their digit values (十 is handled apart).
    static let digits: [Character: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
        "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// Words that follow a number in a time limit: 月, 季(度), 个(月), 日, 天, 周, 年, 号, 工(作日), 星(期).
    static let countingWords: Set<Character> = ["月", "季", "个", "日", "天", "周", "年", "号", "工", "星"]

    /// The text with every numeral run that precedes a counting word replaced by its digits.
    static func arabicized(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            var end = i
            while end < chars.count, isNumeral(chars[end]) { end += 1 }
            if end > i, end < chars.count, countingWords.contains(chars[end]),
               let value = value(of: chars[i..<end]) {
                out += String(value)
                i = end
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }

    static func isNumeral(_ c: Character) -> Bool { c == "十" || digits[c] != nil }

    /// 12 → `十二`, for heading markers the importer has to infer.
    static func text(_ n: Int) -> String {
        let names = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return names[n] }
        let high = n / 10, low = n % 10
        return (high == 1 ? "" : names[high]) + "十" + (low == 0 ? "" : names[low])
    }

    /// 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31, 二〇二一 → 2021; nil for forms a time limit never uses.
    static func value(of run: ArraySlice<Character>) -> Int? {
        guard let ten = run.firstIndex(of: "十") else {
            return run.reduce(0) { total, c in total * 10 + (digits[c] ?? 0) }
        }
        let tens = run[run.startIndex..<ten], units = run[(ten + 1)...]
        guard tens.count <= 1, units.count <= 1, !units.contains("十") else { return nil }
        let tensValue = tens.first.map { digits[$0] ?? 0 } ?? 1
        let unitsValue = units.first.map { digits[$0] ?? 0 } ?? 0
        return tensValue * 10 + unitsValue
    }
}
