import CSupport

/// The characters the program draws of its own (frames, the cut mark, separators), chosen for
/// how the terminal draws East Asian *ambiguous* characters.
///
/// `─│┌┐`, `…`, `·` and `—` are one column in tmux and most terminals, two in PuTTY or Xshell
/// with "treat CJK ambiguous characters as wide" on. Then `AmbiguousWidth.wide` measures them
/// as two columns (and ncurses agrees, see `AmbiguousWidth.c`), and frames are drawn in ASCII,
/// since a two-column `│` would make every frame twice as thick. `--ascii` draws every mark
/// in ASCII.
public struct Glyphs: Sendable, Equatable {
    public let horizontal: String
    public let vertical: String
    public let corner: (topLeft: String, topRight: String, bottomLeft: String, bottomRight: String)
    /// The mark of text cut to fit.
    public let ellipsis: String
    /// Marks replaced in everything drawn (`·` → `-`); empty outside ASCII mode.
    public let replacements: [Character: Character]

    public static func == (a: Glyphs, b: Glyphs) -> Bool {
        a.horizontal == b.horizontal && a.ellipsis == b.ellipsis && a.replacements == b.replacements
    }

    public static let unicode = Glyphs(horizontal: "─", vertical: "│", corner: ("┌", "┐", "└", "┘"),
                                       ellipsis: "…", replacements: [:])
    /// Wide ambiguous characters: frames in ASCII, the other marks kept (measured two columns).
    public static let asciiFrames = Glyphs(horizontal: "-", vertical: "|", corner: ("+", "+", "+", "+"),
                                           ellipsis: "…", replacements: [:])
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", corner: ("+", "+", "+", "+"), ellipsis: "...",
                                     replacements: ["·": "-", "—": "-", "–": "-", "…": "~", "→": ">", "←": "<", "↑": "^",
                                                    "↓": "v", "▸": ">", "▾": "v", "✓": "v", "⏎": "|", "│": "|", "─": "-"])

    /// The set in use: set once at start-up, before anything is drawn or measured.
    nonisolated(unsafe) public static var current = Glyphs.unicode

    /// A character as drawn in this set.
    public func draw(_ c: Character) -> Character { replacements[c] ?? c }
}

/// How the terminal draws East Asian ambiguous characters: `narrow` (one column) or `wide`.
public enum AmbiguousWidth: String, Sendable, CaseIterable {
    case narrow, wide

    /// The measure in use for this process (the program's layout and ncurses alike).
    public static var current: AmbiguousWidth {
        get { tz_ambiguous_wide() == 1 ? .wide : .narrow }
        set { tz_set_ambiguous_wide(newValue == .wide ? 1 : 0) }
    }

    /// `TAIZHANG_AMBIGUOUS=wide|narrow`, which forces the answer; nil when unset or unknown.
    public static func forced(by environment: [String: String]) -> AmbiguousWidth? {
        environment["TAIZHANG_AMBIGUOUS"].flatMap { AmbiguousWidth(rawValue: $0.lowercased()) }
    }

    /// Applies a measure and an ASCII wish: the width for layout and the glyphs for drawing.
    public static func apply(_ width: AmbiguousWidth, ascii: Bool) {
        current = width
        Glyphs.current = ascii ? .ascii : width == .wide ? .asciiFrames : .unicode
    }
}
