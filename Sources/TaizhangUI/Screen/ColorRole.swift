/// What a coloured cell means, not which colour it is.
///
/// Screens say "overdue", the adapter decides how: red on a colour terminal, bold and
/// underlined without colours or under `NO_COLOR`. So meaning survives every terminal.
public enum ColorRole: Int, CaseIterable, Hashable, Sendable {
    case overdue
    case dueSoon
    /// The blue warning light: due within the blue days (taizhang config).
    case upcoming
    case done
    case ongoing
    case flagged
    case accent
    case muted
    case header
    case selection
}
