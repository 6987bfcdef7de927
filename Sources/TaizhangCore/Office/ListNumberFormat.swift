/// A number as one of Word's list formats shows it (`w:numFmt`), so that automatic numbering
/// reads as the text on the page: 3 is `三` in `chineseCounting`, `丙` in
/// `ideographTraditional`, `⑶` in `decimalEnclosedParen`.
///
/// Formats Word offers for Chinese documents are covered; any other falls back to decimal,
/// as Word itself does for formats a reader does not know.
enum ListNumberFormat {
    static func render(_ n: Int, format: String) -> String {
        switch format {
        case "none", "bullet": return ""
        case "decimalZero": return n < 10 && n >= 0 ? "0\(n)" : String(n)
        case "upperRoman": return roman(n)
        case "lowerRoman": return roman(n).lowercased()
        case "upperLetter": return letters(n)
        case "lowerLetter": return letters(n).lowercased()
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand",
             "koreanCounting":
            return n > 0 ? ChineseNumerals.text(n) : String(n)
        case "chineseLegalSimplified": return n > 0 ? legal(n) : String(n)
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
            return String(String(n).map { Self.digitNames[Int(String($0)) ?? 0] })
        case "ideographTraditional": return cycle(n, Self.heavenlyStems)
        case "ideographZodiac": return cycle(n, Self.earthlyBranches)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
            return enclosed(n, first: 0x2460, upTo: 20) ?? String(n)
        case "decimalEnclosedParen": return enclosed(n, first: 0x2474, upTo: 20) ?? "(\(n))"
        case "decimalEnclosedFullstop": return enclosed(n, first: 0x2488, upTo: 20) ?? "\(n)."
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        default: return String(n)
        }
    }

    private static let digitNames: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let heavenlyStems: [Character] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
    private static let earthlyBranches: [Character] = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"]

    /// Word starts the cycle again after its last sign (癸 is followed by 甲).
    private static func cycle(_ n: Int, _ signs: [Character]) -> String {
        n > 0 ? String(signs[(n - 1) % signs.count]) : String(n)
    }

    /// ① … ⑳ and their kind: single characters up to 20, beyond which Word writes digits.
    private static func enclosed(_ n: Int, first: UInt32, upTo limit: Int) -> String? {
        guard (1...limit).contains(n), let scalar = Unicode.Scalar(first + UInt32(n - 1)) else { return nil }
        return String(Character(scalar))
    }

    /// 壹贰叁: the counting numeral with the financial characters.
    private static func legal(_ n: Int) -> String {
        let map: [Character: Character] = ["一": "壹", "二": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆",
                                           "七": "柒", "八": "捌", "九": "玖", "十": "拾", "百": "佰", "千": "仟"]
        return String(ChineseNumerals.text(n).map { map[$0] ?? $0 })
    }

    private static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n, out = ""
        for (value, glyph) in table { while rest >= value { out += glyph; rest -= value } }
        return out
    }

    /// A … Z, then AA, BB … as Word counts letters.
    private static func letters(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        let letter = Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26)))
        return String(repeating: letter, count: (n - 1) / 26 + 1)
    }
}
