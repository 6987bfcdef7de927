import TaizhangCore

/// How a line's kind looks in the import preview: tasks stand out (bold cyan), the lines that
/// belong to a task share one colour (green; dim without colours), what the importer could not
/// place is flagged, and what it left aside is muted. The kind's name is always written too,
/// so nothing depends on colour.
enum LineKindLook {
    static func style(_ kind: LineKind) -> CellStyle {
        switch kind {
        case .task: return CellStyle(.bold, role: .ongoing)
        case .title, .heading: return CellStyle(.bold, role: .accent)
        case .units, .deadline, .leader, .join: return .role(.done)
        case .fragment: return CellStyle(.bold, role: .flagged)
        case .preamble, .blank: return .role(.muted)
        }
    }

    /// The kind's name, with `!` when the coordinator gave it.
    static func label(_ kind: LineKind, corrected: Bool, _ s: Strings) -> String {
        s.lineKind(kind) + (corrected ? "!" : "")
    }
}
