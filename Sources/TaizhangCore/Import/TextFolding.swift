/// Makes ASCII and full-width punctuation the same thing for parsing.
///
/// Real plans mix `(一)` and `（一）`, `,` and `，`, `:` and `：` in one file. Parsers match
/// against the folded form; what is stored and shown stays as written.
public enum TextFolding {
    /// Full-width forms (U+FF01–U+FF5E) to ASCII, the ideographic space to a space, and
    /// a few look-alikes (〔〕 stay: they belong to document numbers).
    public static func fold(_ text: String) -> String { transformed(text, droppingSpace: false, simplifying: false) }

    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(s.value - 0xFEE0)!
        case 0x3000, 0x00A0: return " "
        // Small form variants, which some editors put for the ordinary marks ("1﹒全省…").
        case 0xFE50: return ","   // small comma
        case 0xFE51: return "、"
        case 0xFE52: return "."
        case 0xFE54: return ";"
        case 0xFE55: return ":"
        case 0xFE56: return "?"
        case 0xFE57: return "!"
        case 0xFE59: return "("
        case 0xFE5A: return ")"
        case 0x2236: return ":"   // ratio sign, seen as a colon in scanned text
        default: return s
        }
    }

    /// Folds and removes all whitespace: for comparing headings and unit names.
    public static func key(_ text: String) -> String { transformed(text, droppingSpace: true, simplifying: false) }

    /// `fold` that also reads traditional characters as simplified: the view every comparison
    /// with the import vocabulary looks through. One scalar for one, so a position found in it
    /// cuts the text as written.
    public static func matching(_ text: String) -> String { transformed(text, droppingSpace: false, simplifying: true) }

    /// `key` read through `matching`: folded, simplified, without whitespace.
    public static func matchingKey(_ text: String) -> String { transformed(text, droppingSpace: true, simplifying: true) }

    /// The one loop behind `fold`, `key`, `matching` and `matchingKey`: every line and cell of a
    /// plan passes through it several times, so it writes UTF-8 into one buffer (appending to a
    /// `String.UnicodeScalarView` scalar by scalar was a tenth of a large import) and returns
    /// the text itself when nothing changes.
    private static func transformed(_ text: String, droppingSpace: Bool, simplifying: Bool) -> String {
        var bytes: [UInt8] = []
        var changed = false
        bytes.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            var f = fold(s)
            if droppingSpace, isSpace(f) { changed = true; continue }
            if simplifying { f = TraditionalChinese.simplified(f) }
            if f != s { changed = true }
            let v = f.value
            switch v {
            case 0..<0x80: bytes.append(UInt8(v))
            case 0x80..<0x800:
                bytes.append(UInt8(0xC0 | v >> 6)); bytes.append(UInt8(0x80 | v & 0x3F))
            case 0x800..<0x10000:
                bytes.append(UInt8(0xE0 | v >> 12)); bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | v >> 18)); bytes.append(UInt8(0x80 | v >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | v >> 6 & 0x3F)); bytes.append(UInt8(0x80 | v & 0x3F))
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// The text without the pinyin glosses mirror sites put after characters (區(qū), 發(fā)):
    /// for classifying a short label or header, never for text that is kept.
    public static func withoutGlosses(_ text: String) -> String {
        guard text.contains("(") || text.contains("（") else { return text }
        let chars = Array(text)
        var out = "", i = 0
        while i < chars.count {
            if chars[i] == "(" || chars[i] == "（" {
                var j = i + 1
                while j < chars.count, j - i <= 8, isPinyin(chars[j]) { j += 1 }
                if j > i + 1, j < chars.count, chars[j] == ")" || chars[j] == "）" { i = j + 1; continue }
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    private static let toneVowels: Set<Character> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü")

    private static func isPinyin(_ c: Character) -> Bool {
        (c.isASCII && c.isLowercase) || toneVowels.contains(c)
    }

    /// Trims whitespace, including the ideographic space and no-break space.
    public static func trim(_ text: some StringProtocol) -> String {
        let whole = Substring(text)
        let scalars = whole.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        // One copy of the bytes: appending scalar by scalar was a third of a large import.
        return String(scalars[first...last])
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        // ASCII and everything above the ideographic space (Chinese text) answered without
        // Unicode's property tables, which were a sixth of a large import.
        let v = s.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        if v > 0x3000 { return v == 0xFEFF }
        return s.properties.isWhitespace || v == 0x3000 || v == 0x200B
    }
}
