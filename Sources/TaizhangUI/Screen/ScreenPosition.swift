/// A cell on the screen, zero-based from the top left.
public struct ScreenPosition: Hashable, Sendable {
    public var row: Int
    public var col: Int

    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }
}
