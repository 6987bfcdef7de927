import Foundation

/// The first letters of Chinese words in pinyin (花都 → HD), for plan codes.
///
/// GB2312's first level (3,755 common characters) is ordered by pinyin, so a character's
/// initial follows from its GB2312 code and the code where each letter starts — no
/// dictionary needed and no ICU: building ICU's Han→Latin transliterator costs ~30 ms a
/// time (measured), most of an import. Characters outside the first level fall back to ICU.
enum PinyinInitials {
    /// First GB2312 code of each initial (letters I, U, V start no syllable).
    private static let starts: [(UInt16, Character)] = [
        (0xB0A1, "A"), (0xB0C5, "B"), (0xB2C1, "C"), (0xB4EE, "D"), (0xB6EA, "E"), (0xB7A2, "F"),
        (0xB8C1, "G"), (0xB9FE, "H"), (0xBBF7, "J"), (0xBFA6, "K"), (0xC0AC, "L"), (0xC2E8, "M"),
        (0xC4C3, "N"), (0xC5B6, "O"), (0xC5BE, "P"), (0xC6DA, "Q"), (0xC8BB, "R"), (0xC8F6, "S"),
        (0xCBFA, "T"), (0xCDDA, "W"), (0xCEF4, "X"), (0xD1B9, "Y"), (0xD4D1, "Z"),
    ]
    private static let lastLevelOne: UInt16 = 0xD7F9

    static func of(_ text: String) -> String {
        String(text.compactMap(initial))
    }

    static func initial(_ c: Character) -> Character? {
        if c.isASCII { return c.isLetter ? Character(c.uppercased()) : nil }
        if let code = gb2312(c), code >= starts[0].0, code <= lastLevelOne {
            return starts.last { $0.0 <= code }?.1
        }
        let latin = String(c).applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)
        return latin?.first(where: \.isLetter).map { Character($0.uppercased()) }
    }

    private static func gb2312(_ c: Character) -> UInt16? {
        guard let bytes = SourceDecoder.convert(Array(String(c).utf8), from: "UTF-8", to: "GB2312"), bytes.count == 2 else { return nil }
        return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
    }
}
