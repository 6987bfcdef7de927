/// The canonical spelling of a unit's name, so the same body compares equal however typed.
public enum UnitName {
    /// Brackets of every kind a plan uses around a unit's other name, all written （）.
    static let canonicalBrackets: [Character: Character] = [
        "(": "（", "[": "（", "【": "（", "〔": "（",
        ")": "）", "]": "）", "】": "）", "〕": "）",
    ]

    /// Punctuation a cell leaves at the end of its last name (区政府各部门。).
    static let trailingPunctuation: Set<Character> = ["。", ".", ",", "、", ";", ":"]

    /// The level a name prefix stands for: 省/市/区/县 (district bodies carry 区).
    static let levelPrefixes: Set<Character> = ["省", "市", "区", "县"]

    /// Words that start with a level character without being a level: 市场监管局 is not a 市 body.
    static let notLevelPrefixes = ["市场", "区域", "县域"]

    /// Markers of a unit that stands for every unit of a kind.
    static let collectiveMarkers = ["各", "有关", "相关", "全体", "所有"]

    /// Canonical form: punctuation folded, brackets made full-width （）, all whitespace
    /// removed, trailing 。.，, (and 、;:) removed.
    public static func normalize(_ raw: String) -> String {
        trimmingTrailingPunctuation(String(TextFolding.key(raw).map { canonicalBrackets[$0] ?? $0 }))
    }

    /// The text trimmed, without the punctuation that ends a cell ("各直属机构。").
    static func trimmingTrailingPunctuation(_ text: String) -> String {
        var rest = TextFolding.trim(text)
        while let last = rest.last, trailingPunctuation.contains(last) { rest = TextFolding.trim(rest.dropLast()) }
        return rest
    }

    /// True for a unit that means every unit of a kind: 各部门, 区各单位, 各镇(街), 各相关科室,
    /// 区直有关行政执法部门, 市各有关单位… (it contains 各, 有关, 相关, 全体 or 所有).
    public static func isCollective(_ name: String) -> Bool {
        collectiveMarkers.contains { name.contains($0) }
    }

    /// The level character a name starts with (区 in 区财政局), or nil (办公室, 市场监管局).
    static func levelPrefix(of name: String) -> Character? {
        guard let first = name.first, levelPrefixes.contains(first),
              !notLevelPrefixes.contains(where: { name.hasPrefix($0) }) else { return nil }
        return first
    }
}
