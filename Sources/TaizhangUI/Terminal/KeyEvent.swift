/// A key press, decoded from whatever bytes the terminal sent.
///
/// Control keys with their own names (Enter is Ctrl-M, Tab is Ctrl-I, Backspace is often
/// Ctrl-H or DEL, Escape is Ctrl-[) arrive as those names, never as `.control`.
public enum KeyEvent: Hashable, Sendable {
    /// A printable character, including Chinese typed through an input method.
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, backspace, delete, insert, tab, backTab, escape
    /// F1 is `.function(1)`.
    case function(Int)
    /// Ctrl plus a letter, as the lowercase letter: Ctrl-L is `.control("l")`.
    case control(Character)
}
