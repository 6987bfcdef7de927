import Foundation

/// What a plan says about itself: title, year, issuer, date, document number, and the
/// short code its task ids start with.
enum PlanMetadata {
    private static let titleWords = ["要点", "方案", "分工", "清单", "台账", "计划", "安排", "任务"]

    /// A line that reads as a plan's title: it names a year and a kind of plan, and is short.
    static func isTitleLike(_ text: String) -> Bool {
        let t = TextFolding.key(text)
        guard t.count >= 6, t.count <= 80, ItemNumber.split(text) == nil, !t.contains("。") else { return false }
        return year(in: t) != nil && titleWords.contains { t.contains($0) }
    }

    /// The plan's own title among candidates: the division plan (分工, 方案) over the points it
    /// divides (要点), a complete name over one that lost characters (the longer).
    static func chooseTitle(_ candidates: [String]) -> String? {
        let cleaned = candidates.map(cleanTitle).filter { !$0.isEmpty }
        func rank(_ t: String) -> Int {
            var r = 0
            if t.contains("分工") || t.contains("方案") || t.contains("清单") || t.contains("台账") { r += 100 }
            if t.hasPrefix("关于") || t.hasSuffix("通知") { r -= 50 }
            if t.contains("›") || t.contains(">") { r -= 80 }
            return r + t.count
        }
        return cleaned.max { rank($0) < rank($1) }
    }

    /// Removes spaces a converter put between Chinese words and trailing punctuation.
    static func cleanTitle(_ raw: String) -> String {
        var t = TextFolding.trim(raw)
        if let arrow = t.range(of: "›", options: .backwards) { t = TextFolding.trim(t[arrow.upperBound...]) }
        t = t.replacingOccurrences(of: #"(?<=[^\x00-\x7F])\s+|\s+(?=[^\x00-\x7F])"#, with: "", options: .regularExpression)
        while let last = t.last, "。.,，:：".contains(last) { t.removeLast() }
        return t
    }

    /// `2021年`, `2021 年`: compiled once, since titles are looked for in every cell.
    private static let yearPattern = try! NSRegularExpression(pattern: #"(19|20)\d\d\s*年"#)

    /// The first plausible year (1900–2099) written as `2021年` or `2021 年`.
    static func year(in text: String) -> Int? {
        guard let m = yearPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let r = Range(m.range, in: text) else { return nil }
        return Int(text[r].prefix(4))
    }

    /// The year most often named in the text, for documents without a title.
    static func commonYear(in text: String) -> Int? {
        var counts: [Int: Int] = [:]
        for m in yearPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let r = Range(m.range, in: text), let y = Int(text[r].prefix(4)) { counts[y, default: 0] += 1 }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// 发布时间:2021-09-10 or a date line under a notice (2019年9月23日).
    static func issuedDay(in lines: [SourceLine]) -> Day? {
        for l in lines {
            let t = TextFolding.fold(l.text)
            if let r = t.range(of: #"(发布|印发|成文)(时间|日期)\s*:?\s*(19|20)\d\d-\d{1,2}-\d{1,2}"#, options: .regularExpression),
               let d = ymd(String(t[r]), separator: "-") { return d }
        }
        for l in lines {
            let t = TextFolding.key(l.text)
            if t.range(of: #"^(19|20)\d\d年\d{1,2}月\d{1,2}日$"#, options: .regularExpression) != nil,
               let d = ymd(t, separator: nil) { return d }
        }
        return nil
    }

    private static func ymd(_ text: String, separator: Character?) -> Day? {
        let digits = text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
        guard digits.count >= 3 else { return nil }
        let tail = digits.suffix(3).map { $0 }
        return Day(year: tail[0], month: tail[1], day: tail[2])
    }

    /// 汕市区府办函（2019）134号, 花府办函〔2021〕7号.
    static func documentNumber(in lines: [SourceLine]) -> String? {
        let pattern = #"[\p{Han}]{2,12}[〔（(\[]\s*(19|20)\d\d\s*[〕）)\]]\s*\d{1,4}\s*号"#
        for l in lines {
            if let r = l.text.range(of: pattern, options: .regularExpression) {
                let found = String(l.text[r])
                // A line that is only the number is the plan's own; one inside a sentence cites another.
                if TextFolding.key(l.text).count <= TextFolding.key(found).count + 2 {
                    return String(found.filter { !$0.isWhitespace })
                }
            }
        }
        return nil
    }

    /// The body issuing the plan: the title's words before its year (淮南市人民政府办公室), or a
    /// short line naming an office at the top of a notice.
    static func issuer(title: String?, preamble: [SourceLine]) -> String? {
        if let title, let r = title.range(of: #"(19|20)\d\d年"#, options: .regularExpression) {
            var head = String(title[..<r.lowerBound])
            if head.hasPrefix("关于印发") { head.removeFirst(4) }
            if head.count >= 3 { return head }
        }
        for l in preamble.prefix(8) {
            let t = TextFolding.key(l.text)
            if t.count <= 20, t.hasSuffix("办公室") || t.hasSuffix("人民政府") || t.hasSuffix("局") { return t }
        }
        return nil
    }

    /// The place a plan belongs to, for its code: the most local place named in the title or
    /// issuer (花都 of 广州市花都区), else a place the text names as the seat of an office
    /// (东莞 of 东莞市公安机关) at least twice.
    static func place(titles: [String], body: String) -> String? {
        for t in titles {
            if let local = places(in: t).last { return local }
        }
        var counts: [String: Int] = [:]
        for p in places(in: body, officeFollows: true) where counts[p] == nil {
            counts[p] = body.components(separatedBy: p).count - 1
        }
        guard let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value >= 2 else { return nil }
        return best.key
    }

    /// Two-character names before 省/市/区/县 (广州市 → 广州), skipping generic words. In
    /// running text (`officeFollows`) only where an office's name follows (东莞市公安…), since
    /// "推进市场…" also has two characters before 市.
    static func places(in text: String, officeFollows: Bool = false) -> [String] {
        let chars = Array(TextFolding.key(text))
        let excluded: Set<Character> = ["年", "全", "本", "各", "市", "区", "县", "省", "政", "公", "城", "辖", "社", "园", "新", "的", "在", "和", "及"]
        let officeStarts: Set<Character> = ["人", "政", "公", "委", "发", "财", "教", "卫", "住", "民", "农", "文", "商",
                                            "交", "水", "自", "司", "审", "统", "税", "林", "档", "党", "纪", "科", "工",
                                            "环", "应", "退", "医", "信", "编", "国", "法", "监", "金", "体"]
        var out: [String] = []
        for i in 2..<max(2, chars.count) where "省市区县".contains(chars[i]) {
            let a = chars[i - 2], b = chars[i - 1]
            guard isHan(a), isHan(b), !excluded.contains(a), !excluded.contains(b) else { continue }
            if officeFollows {
                guard i + 1 < chars.count, officeStarts.contains(chars[i + 1]) else { continue }
            }
            out.append(String([a, b]))
        }
        return out
    }

    private static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// The letters of a place in pinyin initials (花都 → HD).
    static func initials(_ place: String) -> String { PinyinInitials.of(place) }

    /// A plan code such as `HD21`, unique in the ledger (`HD21B` when taken).
    static func code(place: String?, year: Int?, taken: Set<PlanID>) -> PlanID {
        var base = place.map(initials) ?? ""
        base = String(base.filter { $0.isASCII && $0.isLetter }.prefix(4))
        if base.isEmpty { base = "P" }
        if let year { base += String(format: "%02d", year % 100) }
        return unique(base, taken: taken)
    }

    /// `base`, or the first of `base`+B … Z, AB … that is not taken.
    static func unique(_ base: String, taken: Set<PlanID>) -> PlanID {
        if !taken.contains(PlanID(base)) { return PlanID(base) }
        // HD21B … HD21Z, then HD21AB … : letters only, so a code never holds the dash that
        // separates it from a task's number.
        let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
        for suffix in letters.dropFirst() {
            let candidate = PlanID(base + String(suffix))
            if !taken.contains(candidate) { return candidate }
        }
        for a in letters {
            for b in letters.dropFirst() {
                let candidate = PlanID(base + String(a) + String(b))
                if !taken.contains(candidate) { return candidate }
            }
        }
        var n = 2
        while taken.contains(PlanID("\(base)X\(n)")) { n += 1 }
        return PlanID("\(base)X\(n)")
    }
}
