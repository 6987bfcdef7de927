/// A heading of the plan: 一、 (depth 1) → (一) (depth 2) → … to any depth.
public struct Section: Hashable, Sendable {
    public var id: SectionID
    public var parent: SectionID?
    public var depth: Int
    /// The marker as printed and normalised: `一`, `(一)`, `7`; inferred when the document lost it.
    public var marker: String
    public var title: String
    /// Source lines of the heading: where it is printed, and where a page break repeats it.
    public var lines: [Int]
    /// The marker was inferred (a heading that lost a character, a scrambled group).
    public var guessed: Bool

    public init(id: SectionID, parent: SectionID?, depth: Int, marker: String, title: String,
                lines: [Int], guessed: Bool = false) {
        self.id = id
        self.parent = parent
        self.depth = depth
        self.marker = marker
        self.title = title
        self.lines = lines
        self.guessed = guessed
    }

    /// `一、紧扣…` / `(一)做好…` as a person would read it.
    public var heading: String {
        guard let separator = Self.separator(marker: marker, depth: depth) else { return title }
        return marker + separator + title
    }

    /// What goes between a marker and its title (`一、`, `(一)`, `1 `); nil for no marker.
    static func separator(marker: String, depth: Int) -> String? {
        if marker.isEmpty { return nil }
        // The first character, as `hasPrefix` compared it (a `(` with a combining mark is not one).
        if let first = marker.first, first == "(" || first == "（" { return "" }
        if depth == 1 && marker.unicodeScalars.allSatisfy({ $0.value > 0x2E80 }) { return "、" }
        return " "
    }
}
