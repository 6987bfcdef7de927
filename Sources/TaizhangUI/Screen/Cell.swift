/// One terminal column: a grapheme and its style.
///
/// A wide character occupies two cells: the first holds the grapheme, the second holds ""
/// (a continuation). `ScreenBuffer` keeps that pairing intact whatever is drawn over it.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: CellStyle

    public init(_ text: String, style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(" ")

    /// The right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}
