import TaizhangCore

/// Why the full-screen interface could not start; `message` is for the officer.
public enum TerminalStartError: Error, Equatable {
    /// Neither the user's locale nor C.UTF-8 could be set, so Chinese cannot be drawn or typed.
    case noUTF8Locale
    /// Standard input or output is not a terminal (a pipe or a file).
    case notATerminal
    /// ncurses knows no terminal description for TERM.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (TERM=dumb): no screen can be drawn on it.
    case noCursorAddressing(String)

    public func message(_ s: Strings) -> String {
        switch self {
        case .noUTF8Locale: return s(.termNoUTF8)
        case .notATerminal: return s(.termNotATerminal)
        case .unknownTerminal(let name): return s(.termUnknown, name)
        case .noCursorAddressing(let name): return s(.termNoCursor, name)
        }
    }
}
