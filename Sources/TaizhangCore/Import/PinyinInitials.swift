import Foundation

/// The first letters of Chinese words in pinyin (花都 → HD, 东莞 → DG), for plan codes.
///
/// ICU's Chinese collation orders characters by pinyin, so a character's initial is the
/// letter of the last boundary character (阿 a, 芭 b, 擦 c …) that does not sort after it.
/// Measured: under 3 ms for a process, where building ICU's Han→Latin transliterator (parsed
/// from rule text at run time) took about 150 ms — most of an import.
enum PinyinInitials {
    /// The first character of each initial in pinyin order (no syllable starts with i, u, v).
    private static let boundaries: [(String, Character)] = [
        ("阿", "A"), ("芭", "B"), ("擦", "C"), ("搭", "D"), ("蛾", "E"), ("发", "F"), ("噶", "G"), ("哈", "H"),
        ("击", "J"), ("喀", "K"), ("垃", "L"), ("妈", "M"), ("拿", "N"), ("哦", "O"), ("啪", "P"), ("期", "Q"),
        ("然", "R"), ("撒", "S"), ("塌", "T"), ("挖", "W"), ("昔", "X"), ("压", "Y"), ("匝", "Z"),
    ]
    private static let chinese = Locale(identifier: "zh_CN")

    static func of(_ text: String) -> String {
        String(text.compactMap(initial))
    }

    static func initial(_ c: Character) -> Character? {
        if c.isASCII { return c.isLetter ? Character(c.uppercased()) : nil }
        guard c.unicodeScalars.first.map({ (0x3400...0x9FFF).contains($0.value) }) == true else { return nil }
        let s = String(c)
        var found: Character?
        for (boundary, letter) in boundaries {
            guard s.compare(boundary, options: [], range: nil, locale: chinese) != .orderedAscending else { break }
            found = letter
        }
        return found
    }
}
