import CNCurses
import TaizhangUI

/// Turns a `CellStyle` into ncurses attributes and a colour pair.
///
/// With colours each role gets a foreground colour (and bold where it must stand out).
/// Without colours — a vt100, `NO_COLOR`, or the option turned off — each role maps to
/// attributes instead, so overdue still looks different from done.
struct NCursesPalette {
    /// Colour of each role (foreground, background; -1 is the terminal's default) and extra attributes.
    static let colored: [ColorRole: (fg: Int16, bg: Int16, extra: CellStyle.Attributes)] = [
        .overdue: (Int16(COLOR_RED), -1, [.bold]),
        .dueSoon: (Int16(COLOR_YELLOW), -1, []),
        .upcoming: (Int16(COLOR_BLUE), -1, []),
        .done: (Int16(COLOR_GREEN), -1, []),
        .ongoing: (Int16(COLOR_CYAN), -1, []),
        .flagged: (Int16(COLOR_MAGENTA), -1, [.bold]),
        .accent: (Int16(COLOR_BLUE), -1, [.bold]),
        .muted: (-1, -1, [.dim]),
        .header: (Int16(COLOR_WHITE), Int16(COLOR_BLUE), [.bold]),
        .selection: (-1, -1, [.reverse]),
    ]

    /// What each role looks like without colour.
    static let monochrome: [ColorRole: CellStyle.Attributes] = [
        .overdue: [.bold, .underline],
        .dueSoon: [.bold],
        .upcoming: [],
        .done: [.dim],
        .ongoing: [],
        .flagged: [.bold],
        .accent: [.bold],
        .muted: [.dim],
        .header: [.reverse, .bold],
        .selection: [.reverse],
    ]

    let usesColor: Bool

    /// Starts colour when wanted and available; call after newterm.
    static func start(colorsWanted: Bool) -> NCursesPalette {
        guard colorsWanted, has_colors(), start_color() != ERR else { return NCursesPalette(usesColor: false) }
        let defaultsWork = use_default_colors() != ERR
        for role in ColorRole.allCases {
            guard let entry = colored[role] else { continue }
            let fg = entry.fg < 0 && !defaultsWork ? Int16(COLOR_WHITE) : entry.fg
            let bg = entry.bg < 0 && !defaultsWork ? Int16(COLOR_BLACK) : entry.bg
            init_pair(pair(for: role), fg, bg)
        }
        return NCursesPalette(usesColor: true)
    }

    static func pair(for role: ColorRole) -> Int16 { Int16(role.rawValue + 1) }

    /// Attributes and colour pair for one style.
    func render(_ style: CellStyle) -> (attributes: attr_t, pair: Int16) {
        var attributes = style.attributes
        var pair: Int16 = 0
        if let role = style.role {
            if usesColor, let entry = Self.colored[role] {
                attributes.formUnion(entry.extra)
                if entry.fg >= 0 || entry.bg >= 0 { pair = Self.pair(for: role) }
            } else {
                attributes.formUnion(Self.monochrome[role] ?? [])
            }
        }
        return (Self.curses(attributes), pair)
    }

    static func curses(_ attributes: CellStyle.Attributes) -> attr_t {
        var value = tz_a_normal()
        if attributes.contains(.bold) { value |= tz_a_bold() }
        if attributes.contains(.reverse) { value |= tz_a_reverse() }
        if attributes.contains(.underline) { value |= tz_a_underline() }
        if attributes.contains(.dim) { value |= tz_a_dim() }
        return value
    }
}
