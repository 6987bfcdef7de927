/// A line for the status row until the next key: what was saved, refused or changed by others.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, success, warning, error }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    var style: CellStyle {
        switch kind {
        case .info: return .role(.accent)
        case .success: return .role(.done)
        case .warning: return CellStyle(.bold, role: .dueSoon)
        case .error: return CellStyle(.bold, role: .overdue)
        }
    }
}
