/// The canonical spelling of a unit's name, so the same body compares equal however typed.
public enum UnitName {
    /// Brackets of every kind a plan uses around a unit's other name, all written （）.
    static let canonicalBrackets: [Character: Character] = [
        "(": "（", "[": "（", "【": "（", "〔": "（",
        ")": "）", "]": "）", "】": "）", "〕": "）",
    ]

    /// Punctuation a cell leaves at the end of its last name (区政府各部门。).
    static let trailingPunctuation: Set<Character> = ["。", ".", ",", "、", ";", ":"]

    /// Canonical form: punctuation folded, brackets made full-width （）, all whitespace
    /// removed, trailing 。.，, (and 、;:) removed. The script stays as written: a name in
    /// traditional characters is stored and shown so (the vocabulary matches it regardless).
    public static func normalize(_ raw: String) -> String {
        trimmingTrailingPunctuation(String(TextFolding.key(raw).map { canonicalBrackets[$0] ?? $0 }))
    }

    /// The text trimmed, without the punctuation that ends a cell ("各直属机构。").
    static func trimmingTrailingPunctuation(_ text: String) -> String {
        var rest = TextFolding.trim(text)
        while let last = rest.last, trailingPunctuation.contains(last) { rest = TextFolding.trim(rest.dropLast()) }
        return rest
    }

    /// True for a unit that means every unit of a kind (`UnitWords.collectiveMarkers`).
    public static func isCollective(_ name: String) -> Bool { UnitWords.isCollective(name) }
}
