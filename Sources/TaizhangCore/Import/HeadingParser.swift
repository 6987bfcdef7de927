/// A heading recognised in a line or cell: `一、…` (depth 1), `(一)…` (depth 2).
struct HeadingMatch: Equatable {
    var depth: Int
    /// The numeral's value (一 → 1), nil when the document lost it.
    var ordinal: Int?
    var title: String
    /// The line had lost part of its marker (`、聚焦…`, `)狠抓…`): the ordinal must be inferred.
    var markerLost: Bool

    /// The marker as shown: `一` for depth 1, `(一)` for depth 2.
    func marker(ordinal n: Int?) -> String {
        guard let n else { return "" }
        return depth == 1 ? ChineseNumerals.text(n) : "(" + ChineseNumerals.text(n) + ")"
    }
}

/// Recognises plan headings, including those that lost a character in conversion.
///
/// Works on folded text (full-width brackets and commas become ASCII), so `（一）` and `(一)`
/// are the same marker.
enum HeadingParser {
    static func parse(_ raw: String) -> HeadingMatch? {
        // Most cells are not headings: look at the first visible character before folding it all.
        guard let first = raw.unicodeScalars.first(where: { !TextFolding.isSpace($0) }),
              "一二三四五六七八九十第(（、)）".unicodeScalars.contains(first) else { return nil }
        let text = TextFolding.trim(TextFolding.fold(raw))
        guard !text.isEmpty else { return nil }
        let chars = Array(text)
        // 一、  二.  十二,
        var i = 0
        while i < chars.count, ChineseNumerals.isNumeral(chars[i]) { i += 1 }
        if i > 0, i < chars.count, "、.,".contains(chars[i]) {
            return make(1, ChineseNumerals.value(of: chars[0..<i]), chars[(i + 1)...], lost: false)
        }
        // 第一部分 / 第二章
        if chars.first == "第" {
            var j = 1
            while j < chars.count, ChineseNumerals.isNumeral(chars[j]) { j += 1 }
            if j > 1, j < chars.count, "部章节".contains(chars[j]) {
                var k = j + 1
                if chars[j] == "部", k < chars.count, chars[k] == "分" { k += 1 }
                return make(1, ChineseNumerals.value(of: chars[1..<j]), chars[k...], lost: false)
            }
        }
        // (一)  (一  一)
        if chars.first == "(" {
            var j = 1
            while j < chars.count, ChineseNumerals.isNumeral(chars[j]) { j += 1 }
            if j > 1 {
                let n = ChineseNumerals.value(of: chars[1..<j])
                if j < chars.count, chars[j] == ")" { return make(2, n, chars[(j + 1)...], lost: false) }
                return make(2, n, chars[j...], lost: true)
            }
            if j < chars.count, chars[j] == ")" { return make(2, nil, chars[(j + 1)...], lost: true) }
        }
        if i > 0, i < chars.count, chars[i] == ")" {
            return make(2, ChineseNumerals.value(of: chars[0..<i]), chars[(i + 1)...], lost: true)
        }
        // Lost numerals: `、聚焦…` and `)狠抓…`
        if chars.first == "、" { return make(1, nil, chars.dropFirst(), lost: true) }
        if chars.first == ")" { return make(2, nil, chars.dropFirst(), lost: true) }
        return nil
    }

    private static func make(_ depth: Int, _ ordinal: Int?, _ rest: ArraySlice<Character>, lost: Bool) -> HeadingMatch? {
        let title = TextFolding.trim(String(rest))
        guard !title.isEmpty else { return nil }
        // A heading starts a phrase; `一、` followed by a digit is a list like `一、1.` — not a heading.
        if let f = title.first, f.isNumber, f.isASCII { return nil }
        return HeadingMatch(depth: depth, ordinal: ordinal, title: title, markerLost: lost || ordinal == nil)
    }

    /// A heading is a short phrase; a paragraph that happens to start with `一、` is prose
    /// (a notice's numbered paragraphs).
    static func isHeadingSized(_ title: String) -> Bool {
        let body = title.hasSuffix("。") ? String(title.dropLast()) : title
        return body.count <= 45 && !body.contains("。")
    }
}

/// A task number printed at the start of a requirement: `1.` `12、` `3．` `(4)`.
enum ItemNumber {
    /// Returns the number and the text after it.
    static func split(_ raw: String) -> (number: String, rest: String)? {
        guard let first = raw.unicodeScalars.first(where: { !TextFolding.isSpace($0) }),
              (0x30...0x39).contains(first.value) || (0xFF10...0xFF19).contains(first.value) || first == "(" || first == "（"
        else { return nil }
        let text = TextFolding.trim(raw)
        let folded = Array(TextFolding.fold(text))
        var i = 0
        let paren = folded.first == "("
        if paren { i = 1 }
        let start = i
        while i < folded.count, folded[i].isASCII, folded[i].isNumber { i += 1 }
        guard i > start, i - start <= 3, i < folded.count else { return nil }
        let number = String(folded[start..<i])
        if paren {
            guard folded[i] == ")" else { return nil }
        } else {
            guard ".、,".contains(folded[i]) else { return nil }
            // `1.5倍` is a decimal, not a number.
            if i + 1 < folded.count, folded[i + 1].isASCII, folded[i + 1].isNumber { return nil }
        }
        let rest = TextFolding.trim(String(Array(text)[(i + 1)...]))
        guard !rest.isEmpty else { return nil }
        return (number, rest)
    }

    /// A cell holding only a number (`12`), as one-cell-per-line tables print the 序号.
    static func bare(_ raw: String) -> String? {
        guard raw.utf8.count <= 12 else { return nil }
        let t = TextFolding.trim(TextFolding.fold(raw))
        guard !t.isEmpty, t.count <= 3, t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return t
    }
}
