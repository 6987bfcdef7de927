import Foundation

/// What a plan says about itself: title, year, issuer, date, document number, and the
/// short code its task ids start with.
enum PlanMetadata {
    /// A line that reads as a plan's title: it names a year and a kind of plan, is short, and
    /// is not page furniture.
    static func isTitleLike(_ text: String) -> Bool {
        let t = TextFolding.matchingKey(text)
        guard t.count >= 6, t.count <= 80, ItemNumber.split(text) == nil, !t.contains("。") else { return false }
        guard year(in: t) != nil, PlanWords.titleWords.contains(where: { t.contains($0) }) else { return false }
        return !PlanWords.isChrome(text) || !cleanTitle(text).isEmpty && cleanTitle(text) != TextFolding.trim(text)
    }

    /// The plan's own title among candidates: the division plan (分工, 方案) over the points it
    /// divides (要点), a complete name over one that lost characters (the longer).
    static func chooseTitle(_ candidates: [String]) -> String? {
        let cleaned = candidates.map(cleanTitle).filter { !$0.isEmpty && year(in: $0) != nil }
        func rank(_ t: String) -> Int {
            var r = 0
            if PlanWords.divisionWords.contains(where: t.contains) { r += 100 }
            if t.hasPrefix("关于") || t.hasSuffix("通知") { r -= 50 }
            if t.contains("›") || t.contains(">") { r -= 80 }
            return r + min(t.count, 60)
        }
        return cleaned.max { rank($0) < rank($1) }
    }

    /// The title without what a web page or a converter put around it: breadcrumbs, a 标题:
    /// label, table pipes, the page's date and its 字体【大 中 小】 links, spaces between Chinese
    /// words, trailing punctuation.
    static func cleanTitle(_ raw: String) -> String {
        var t = TextFolding.trim(raw)
        if let arrow = t.range(of: "›", options: .backwards) { t = TextFolding.trim(t[arrow.upperBound...]) }
        if let labelled = FieldLabels.labelled(t), labelled.field == .requirement { t = labelled.value }
        if t.hasPrefix("标题:") || t.hasPrefix("标题：") { t = TextFolding.trim(t.dropFirst(3)) }
        // "| 张店区…通知 | ||": the longest cell.
        if t.contains("|") { t = BracketSplitter.split(t, at: ["|", "｜"]).max { $0.count < $1.count } ?? t }
        t = cutAtChrome(t)
        t = withoutSpacesBetweenChinese(t)
        while let last = t.last, "。.,，:：|".contains(last) { t.removeLast() }
        return TextFolding.trim(t)
    }

    /// The title before the first piece of page furniture after it (发布时间, 来源, 字体, a date).
    private static func cutAtChrome(_ t: String) -> String {
        let m = TextFolding.matching(t)
        var cut = m.count
        for word in PlanWords.chromeWords {
            if let r = m.range(of: word) { cut = min(cut, m.distance(from: m.startIndex, to: r.lowerBound)) }
        }
        if let date = DateText.numericDate(in: m) { cut = min(cut, date.at) }
        guard cut >= 6 else { return t }
        return String(t.prefix(cut))
    }

    private static func withoutSpacesBetweenChinese(_ t: String) -> String { DateText.withoutSpacesBetweenChinese(t) }

    /// Titles split over lines ("舟山市贯彻《浙江省政务公开" / "五年行动计划(2021—2025年)》实施方案"):
    /// a line whose bracket the next line closes is joined to it.
    static func joinedTitles(_ lines: [SourceLine]) -> [String] {
        var out: [String] = []
        for (a, b) in zip(lines, lines.dropFirst()) where b.line == a.line + 1 || b.line == a.line + 2 {
            let first = TextFolding.trim(a.text), second = TextFolding.trim(b.text)
            guard first.count <= 40, second.count <= 40, opens(first) > 0, opens(first) + opens(second) == 0 else { continue }
            let joined = first + second
            if isTitleLike(joined) { out.append(joined) }
        }
        return out
    }

    /// Brackets left open (positive) or closed without opening (negative): 《 》 ( ) 〈 〉.
    private static func opens(_ t: String) -> Int {
        t.reduce(0) { n, c in "《（(〈".contains(c) ? n + 1 : "》）)〉".contains(c) ? n - 1 : n }
    }

    /// The first plausible year (1900–2099) written as `2021年` or `2021 年`.
    static func year(in text: String) -> Int? { DateText.years(in: text).first?.year }

    /// The year most often named in the text, for documents without a title.
    static func commonYear(in text: String) -> Int? {
        var counts: [Int: Int] = [:]
        for (y, _) in DateText.years(in: text) { counts[y, default: 0] += 1 }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// Labels of the day a document was issued: 发布时间:2021-09-10, 成文日期 2023-01-03.
    private static let issuedLabels = ["发布时间", "发布日期", "印发时间", "印发日期", "成文日期", "成文时间", "发文日期", "发文时间"]

    /// 发布时间:2021-09-10 (成文日期, 发文日期) or a date line under a notice (2019年9月23日).
    static func issuedDay(in lines: [SourceLine]) -> Day? {
        for l in lines {
            let t = TextFolding.fold(l.text).filter { !$0.isWhitespace }
            for label in issuedLabels {
                guard let r = t.range(of: label) else { continue }
                let after = t[r.upperBound...].drop { ":|".contains($0) }
                if let date = DateText.numericDate(in: String(after)), date.at == 0 { return date.day }
            }
        }
        for l in lines {
            if let d = DateText.dateLine(TextFolding.key(l.text)) { return d }
        }
        return nil
    }

    /// The plan's document number: a metadata field (文号: …), else a line that is only a number.
    static func documentNumber(in lines: [SourceLine]) -> String? {
        if let labelled = metadata(lines, "文号") ?? metadata(lines, "发文字号"),
           let found = firstNumber(in: labelled) { return found }
        for l in lines {
            guard let found = firstNumber(in: l.text) else { continue }
            // A line that is only the number is the plan's own; one inside a sentence cites another.
            if TextFolding.key(l.text).count <= TextFolding.key(found).count + 2 { return found }
        }
        return nil
    }

    private static func firstNumber(in text: String) -> String? { DateText.documentNumber(in: text) }

    /// A field of a web page's metadata block ("发布机构: | 张店区人民政府办公室 |", "文    号 蔡政办〔2023〕1号"):
    /// the text after the label, up to the next label or cell.
    static func metadata(_ lines: [SourceLine], _ label: String) -> String? {
        for l in lines.prefix(40) {
            let m = TextFolding.matching(l.text)
            // Labels are often spaced out to line up: 文    号, 索 引 号.
            let squeezed = String(m.filter { !$0.isWhitespace }), o = String(TextFolding.fold(l.text).filter { !$0.isWhitespace })
            guard let r = squeezed.range(of: label) else { continue }
            var rest = o[o.index(o.startIndex, offsetBy: squeezed.distance(from: squeezed.startIndex, to: r.upperBound))...]
            rest = rest.drop { ":|".contains($0) }
            let value = rest.prefix { !"|".contains($0) }
            let cleaned = metadataLabels.reduce(String(value)) { v, next in
                v.range(of: next).map { String(v[..<$0.lowerBound]) } ?? v
            }
            if !cleaned.isEmpty { return cleaned }
        }
        return nil
    }

    private static let metadataLabels = ["索引号", "文号", "发文字号", "成文日期", "发文日期", "发布日期", "发布机构", "发文机关",
                                         "公开方式", "分类", "主题分类", "有效性", "主题词"]

    /// The body issuing the plan: the metadata's 发布机构, else the title's words before its
    /// year (淮南市人民政府办公室), else a short line naming an office at the top of a notice.
    static func issuer(title: String?, preamble: [SourceLine]) -> String? {
        if let organ = metadata(preamble, "发布机构") ?? metadata(preamble, "发文机关"), organ.count >= 3 { return organ }
        if let title, let y = year(in: title), let r = title.range(of: String(y)) {
            var head = String(title[..<r.lowerBound])
            for prefix in ["关于印发", "关于"] where head.hasPrefix(prefix) { head.removeFirst(prefix.count) }
            if head.count >= 3 { return head }
        }
        for l in preamble.prefix(8) {
            let t = TextFolding.key(l.text)
            if t.count <= 20, t.hasSuffix("办公室") || t.hasSuffix("人民政府") || t.hasSuffix("局"), !PlanWords.isChrome(t) { return t }
        }
        return nil
    }

    /// The place a plan belongs to, for its code: the most local place named in the title or
    /// issuer (花都 of 广州市花都区), else a place the text names as the seat of an office
    /// (东莞 of 东莞市公安局) at least twice.
    static func place(titles: [String], body: String) -> String? {
        for t in titles {
            if let local = PlaceNames.places(in: t).last { return PlaceNames.shortName(local) }
        }
        return PlaceNames.seat(in: body).map(PlaceNames.shortName)
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
