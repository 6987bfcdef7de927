/// How a cell is drawn: text attributes plus an optional meaning for colour.
public struct CellStyle: Hashable, Sendable {
    /// Attributes every terminal can show (dim may look plain on some).
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let reverse = Attributes(rawValue: 1 << 1)
        public static let underline = Attributes(rawValue: 1 << 2)
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    public var attributes: Attributes
    public var role: ColorRole?

    public init(_ attributes: Attributes = [], role: ColorRole? = nil) {
        self.attributes = attributes
        self.role = role
    }

    public static let plain = CellStyle()
    public static let bold = CellStyle(.bold)
    public static let reverse = CellStyle(.reverse)

    /// A style with only a colour role: `.role(.overdue)`.
    public static func role(_ role: ColorRole) -> CellStyle { CellStyle(role: role) }
}
