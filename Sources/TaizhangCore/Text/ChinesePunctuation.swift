/// Chinese running text as a 公文 wants it (GB/T 15834, GB/T 9704): full-width `，。；：？！（）`
/// and no spaces between Chinese and numbers or Latin letters.
///
/// Imported plans mix `,` and `，`, `(一)` and `（一）`; notices built from them must read as
/// one hand wrote them. ASCII punctuation is changed only next to Chinese, so URLs, dates,
/// numbers like `7.1` and English names keep theirs.
public enum ChinesePunctuation {
    private static let fullWidth: [Character: Character] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]

    public static func normalize(_ text: String) -> String {
        closeGaps(punctuate(Array(text)))
    }

    /// First pass: ASCII punctuation next to Chinese (looking past spaces) becomes full-width.
    private static func punctuate(_ chars: [Character]) -> [Character] {
        var out = chars
        for i in chars.indices {
            let c = chars[i]
            if let wide = fullWidth[c], convert(c, at: i, chars) {
                out[i] = wide
            } else if c == ".", let p = neighbour(chars, i, -1), isChinese(p), neighbour(chars, i, 1).map(isChinese) ?? true {
                out[i] = "。"
            }
        }
        return out
    }

    /// Second pass: spaces between Chinese and numbers, letters or full-width punctuation go.
    private static func closeGaps(_ chars: [Character]) -> String {
        var out = ""
        out.reserveCapacity(chars.count * 3)
        for (i, c) in chars.enumerated() {
            if c == " " || c == "\u{3000}", let p = out.last, let n = neighbour(chars, i, 1), isGap(p, n) { continue }
            out.append(c)
        }
        return out
    }

    /// The nearest character that is not a space, before (-1) or after (+1) `i`; nil at a
    /// line's end.
    private static func neighbour(_ chars: [Character], _ i: Int, _ step: Int) -> Character? {
        var j = i + step
        while chars.indices.contains(j) {
            if chars[j].isNewline { return nil }
            if chars[j] != " " { return chars[j] }
            j += step
        }
        return nil
    }

    /// True when a space between these two characters is a gap to close: Chinese on one side,
    /// a digit, letter or Chinese on the other.
    private static func isGap(_ a: Character, _ b: Character) -> Bool {
        (isChinese(a) && (isChinese(b) || isAlnum(b) || isWidePunct(b))) || (isChinese(b) && (isAlnum(a) || isWidePunct(a)))
            || (isWidePunct(a) && (isChinese(b) || isAlnum(b))) || (isAlnum(a) && isWidePunct(b))
    }

    private static func convert(_ c: Character, at i: Int, _ chars: [Character]) -> Bool {
        let prev = neighbour(chars, i, -1)
        let next = neighbour(chars, i, 1)
        switch c {
        case "(":
            // A bracket is Chinese when what it holds is (up to its closing bracket).
            guard let close = chars[(i + 1)...].firstIndex(of: ")") else { return prev.map(isChinese) ?? false }
            return chars[(i + 1)..<close].contains(where: isChinese) || prev.map(isChinese) == true
        case ")":
            // Closes as its bracket opened: `合作(PPP)综合` becomes `合作（PPP）综合`.
            guard let open = chars[..<i].lastIndex(where: { $0 == "(" || $0 == "（" }) else { return prev.map(isChinese) ?? false }
            return chars[open] == "（" || convert("(", at: open, chars) || next.map(isChinese) == true
        case ":":
            // `http://`, `09:30`: not Chinese.
            let before = i > 0 ? chars[i - 1] : nil, after = i + 1 < chars.count ? chars[i + 1] : nil
            if after == "/" || (before.map(isAlnum) == true && after.map(isAlnum) == true) { return false }
            return prev.map(isChinese) == true || next.map(isChinese) == true || prev.map(isWidePunct) == true
        default:
            return prev.map { isChinese($0) || isWidePunct($0) } == true || next.map(isChinese) == true
        }
    }

    static func isChinese(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x2FFFF).contains(v)
    }

    private static func isWidePunct(_ c: Character) -> Bool { "，。；：？！（）、“”‘’《》【】".contains(c) }

    private static func isAlnum(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
}
