/// Reads traditional characters (繁體) as their simplified forms, for matching only.
///
/// Plans reposted by mirror sites arrive in traditional characters: 牽頭單位, 負責落實, 區縣.
/// The import vocabulary is written once, in simplified characters; each comparison looks at
/// the text through `simplified(_:)`, one character for one, so that positions found in the
/// simplified view cut the text as written, which is what is stored and shown.
///
/// The table (`TraditionalChinese+Table.swift`) is generated from ICU's Hant-Hans
/// transliterator by scripts/dev/make-traditional-table.swift; docs/DECISIONS.md says why it
/// is a table and not ICU at run time.
public enum TraditionalChinese {
    /// The lowest and highest traditional scalars: most characters are outside and need no lookup.
    private static let range: ClosedRange<UInt32> = 0x3400...0x9FFF

    /// Simplified scalar by traditional scalar − 0x3400, 0 where the character is the same in
    /// both scripts: a flat table, since every Chinese character of every line is looked up
    /// (a dictionary's hashing was a tenth of a large import; the table is 110 KB).
    private static let table: [UInt32] = {
        var t = [UInt32](repeating: 0, count: Int(range.upperBound - range.lowerBound) + 1)
        for (trad, simp) in zip(traditional.unicodeScalars, simplified.unicodeScalars) where range.contains(trad.value) {
            t[Int(trad.value - range.lowerBound)] = simp.value
        }
        return t
    }()

    @inline(__always)
    public static func simplified(_ s: Unicode.Scalar) -> Unicode.Scalar {
        guard range.contains(s.value) else { return s }
        let v = table[Int(s.value - range.lowerBound)]
        return v == 0 ? s : Unicode.Scalar(v)!
    }

    /// The text with every traditional character replaced, scalar for scalar.
    public static func simplified(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isTraditional) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(simplified(s)) }
        return String(out)
    }

    /// True when the text holds a character that differs in traditional script.
    public static func isTraditional(_ s: Unicode.Scalar) -> Bool {
        range.contains(s.value) && table[Int(s.value - range.lowerBound)] != 0
    }
}
