/// The size of the terminal window in cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var cols: Int

    public init(rows: Int, cols: Int) {
        self.rows = rows
        self.cols = cols
    }

    /// True when both dimensions reach `minimum`.
    public func fits(_ minimum: TerminalSize) -> Bool {
        rows >= minimum.rows && cols >= minimum.cols
    }

    /// `80x24`, columns first as terminals are usually described.
    public var description: String { "\(cols)x\(rows)" }
}
