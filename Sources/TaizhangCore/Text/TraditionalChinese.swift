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
    /// Traditional scalar → simplified scalar, built once from the generated strings.
    private static let map: [UInt32: Unicode.Scalar] = {
        var m: [UInt32: Unicode.Scalar] = [:]
        m.reserveCapacity(traditional.unicodeScalars.count)
        for (t, s) in zip(traditional.unicodeScalars, simplified.unicodeScalars) { m[t.value] = s }
        return m
    }()

    /// The lowest and highest traditional scalars: most characters are outside and need no lookup.
    private static let range: ClosedRange<UInt32> = 0x3400...0x9FFF

    public static func simplified(_ s: Unicode.Scalar) -> Unicode.Scalar {
        guard range.contains(s.value) else { return s }
        return map[s.value] ?? s
    }

    /// The text with every traditional character replaced, scalar for scalar.
    public static func simplified(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { map[$0.value] != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(simplified(s)) }
        return String(out)
    }

    /// True when the text holds a character that differs in traditional script.
    public static func isTraditional(_ s: Unicode.Scalar) -> Bool {
        range.contains(s.value) && map[s.value] != nil
    }
}
