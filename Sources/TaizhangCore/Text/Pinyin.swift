import Foundation

/// Pinyin forms of Chinese text for search: `sfgj` and `shifagaiju` both find 市发改局.
///
/// Each Han character is transliterated once by ICU (Foundation's `mandarinToLatin`) and
/// kept: about 25 µs a character, measured, so a ledger's few thousand distinct characters
/// cost a tenth of a second, where transliterating every task's text at each search would
/// cost 0.7 ms a task. Characters are read one by one, so a polyphone takes its most common
/// reading (行 is xing, also in 银行).
public enum Pinyin {
    nonisolated(unsafe) private static var syllables: [Character: String] = [:]
    private static let lock = NSLock()

    /// True for what could be pinyin: two or more ASCII letters.
    public static func isQuery(_ text: String) -> Bool {
        text.count >= 2 && text.allSatisfy { $0.isASCII && $0.isLetter }
    }

    /// Whether `query` (lowercase letters) is in the initials or the full pinyin of `text`.
    public static func matches(_ text: String, _ query: String) -> Bool {
        let (full, initials) = forms(text)
        return initials.contains(query) || full.contains(query)
    }

    /// The full pinyin without spaces and the initials, lowercase; other characters dropped.
    public static func forms(_ text: String) -> (full: String, initials: String) {
        var full = "", initials = ""
        for c in text {
            if c.isASCII { if c.isLetter { full.append(Character(c.lowercased())); initials.append(Character(c.lowercased())) }; continue }
            guard let s = syllable(c), let first = s.first else { continue }
            full += s
            initials.append(first)
        }
        return (full, initials)
    }

    static func syllable(_ c: Character) -> String? {
        guard let v = c.unicodeScalars.first?.value, (0x3400...0x9FFF).contains(v) else { return nil }
        lock.lock()
        if let known = syllables[c] { lock.unlock(); return known }
        lock.unlock()
        let latin = String(c).applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased().filter { $0.isASCII && $0.isLetter } ?? ""
        lock.lock()
        syllables[c] = latin
        lock.unlock()
        return latin.isEmpty ? nil : latin
    }
}
