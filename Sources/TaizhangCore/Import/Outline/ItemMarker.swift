/// The number that opens a heading or an item: `一、` `(一)` `1.` `(1)` `①` `一是` `第一部分`.
///
/// The one numbering grammar of the importer. Official documents nest these styles in a fixed
/// order (GB/T 9704: 一、 above (一) above 1. above (1)), so the style alone tells how deep an
/// item sits; `Style`'s order is that nesting. Parsed on `TextFolding.matching`, so `（一）`
/// and `(一)`, `１．` and `1.` are the same marker.
struct ItemMarker: Equatable {
    enum Style: Int, Comparable, CaseIterable {
        /// 第一部分, 第二章
        case part
        /// 一、 二.
        case chinese
        /// (一) （二）
        case chineseParen
        /// 1. 2、 3．
        case arabic
        /// (1) （2）
        case arabicParen
        /// ① ②
        case circled
        /// 一是 二是 (items run on inside a paragraph)
        case ordinalWord

        static func < (a: Style, b: Style) -> Bool { a.rawValue < b.rawValue }
    }

    var style: Style
    /// The numeral's value (一 → 1, ③ → 3), nil when the document lost it.
    var ordinal: Int?
    /// Part of the marker was lost in conversion (`、聚焦…`, `)狠抓…`, `(一狠抓`).
    var lost = false
    /// The marker as written (`（一）`, `1．`), set by `leading`.
    var written = ""

    /// The marker's number as a task number: `3`, `一`, `一是`.
    var number: String? {
        guard let ordinal else { return nil }
        switch style {
        case .arabic, .arabicParen, .circled: return String(ordinal)
        case .ordinalWord: return ChineseNumerals.text(ordinal) + "是"
        case .part, .chinese, .chineseParen: return ChineseNumerals.text(ordinal)
        }
    }

    /// The marker at the start of `text` (after white space) and the text after it, as written.
    /// Nil when the text starts with no marker, or with nothing after one.
    static func leading(_ text: String) -> (marker: ItemMarker, rest: String)? {
        let trimmed = TextFolding.trim(text)
        let m = Array(TextFolding.matching(trimmed))
        guard let first = m.first, isPossibleStart(first) else { return nil }
        guard var (marker, length) = parse(m) else { return nil }
        marker.written = String(trimmed.prefix(length))
        let rest = TextFolding.trim(String(trimmed.dropFirst(length)))
        guard !rest.isEmpty else { return nil }
        // `一、1.…` is a list, `1.5倍` a decimal: what follows a marker starts a phrase.
        if let f = rest.first, f.isASCII, f.isNumber, marker.style != .ordinalWord { return nil }
        return (marker, rest)
    }

    /// The characters a marker can start with: most lines start with none of them.
    static func isPossibleStart(_ c: Character) -> Bool {
        c.isASCII ? (c.isNumber || c == "(" || c == ")") : ChineseNumerals.isNumeral(c) || "第、）".contains(c) || circled(c) != nil
    }

    /// The marker at the start of folded characters, and how many characters it takes.
    static func parse(_ m: [Character]) -> (ItemMarker, Int)? {
        if let c = m.first, let n = circled(c) { return (ItemMarker(style: .circled, ordinal: n), 1) }
        if m.first == "(" { return parenthesised(m) }
        if m.first == "第" { return part(m) }
        if m.first == "、" { return (ItemMarker(style: .chinese, ordinal: nil, lost: true), 1) }
        if m.first == ")" { return (ItemMarker(style: .chineseParen, ordinal: nil, lost: true), 1) }
        let digits = m.prefix { $0.isASCII && $0.isNumber }.count
        if digits > 0 { return arabic(m, digits: digits) }
        let numerals = m.prefix(while: ChineseNumerals.isNumeral).count
        guard numerals > 0, numerals < m.count, let n = ChineseNumerals.value(of: m[0..<numerals]) else { return nil }
        switch m[numerals] {
        case "、", ".", ",": return (ItemMarker(style: .chinese, ordinal: n), numerals + 1)
        case "是": return numerals <= 2 ? (ItemMarker(style: .ordinalWord, ordinal: n), numerals + 1) : nil
        case ")": return (ItemMarker(style: .chineseParen, ordinal: n, lost: true), numerals + 1)
        default: return nil
        }
    }

    /// `(一)` `(1)`, and `(一` that lost its closing bracket.
    private static func parenthesised(_ m: [Character]) -> (ItemMarker, Int)? {
        var j = 1
        while j < m.count, m[j].isASCII, m[j].isNumber { j += 1 }
        if j > 1 {
            guard j - 1 <= 3, j < m.count, m[j] == ")", let n = Int(String(m[1..<j])) else { return nil }
            return (ItemMarker(style: .arabicParen, ordinal: n), j + 1)
        }
        while j < m.count, ChineseNumerals.isNumeral(m[j]) { j += 1 }
        guard j > 1, let n = ChineseNumerals.value(of: m[1..<j]) else { return nil }
        if j < m.count, m[j] == ")" { return (ItemMarker(style: .chineseParen, ordinal: n), j + 1) }
        return (ItemMarker(style: .chineseParen, ordinal: n, lost: true), j)
    }

    /// 第一部分, 第二章, 第三节.
    private static func part(_ m: [Character]) -> (ItemMarker, Int)? {
        var j = 1
        while j < m.count, ChineseNumerals.isNumeral(m[j]) { j += 1 }
        guard j > 1, j < m.count, "部章节".contains(m[j]), let n = ChineseNumerals.value(of: m[1..<j]) else { return nil }
        var k = j + 1
        if m[j] == "部", k < m.count, m[k] == "分" { k += 1 }
        if k < m.count, ":,、 ".contains(m[k]) { k += 1 }
        return (ItemMarker(style: .part, ordinal: n), k)
    }

    /// `1.` `2、` `3,` — at most three digits, and not a decimal (`1.5倍`).
    private static func arabic(_ m: [Character], digits: Int) -> (ItemMarker, Int)? {
        guard digits <= 3, digits < m.count, ".、,".contains(m[digits]), let n = Int(String(m[0..<digits])) else { return nil }
        if digits + 1 < m.count, m[digits + 1].isASCII, m[digits + 1].isNumber { return nil }
        return (ItemMarker(style: .arabic, ordinal: n), digits + 1)
    }

    /// ① … ⑳ → 1 … 20.
    static func circled(_ c: Character) -> Int? {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1, (0x2460...0x2473).contains(s.value) else { return nil }
        return Int(s.value - 0x2460) + 1
    }
}
