import CNCurses
import CSupport
import Glibc

/// Puts the process in a UTF-8 locale before curses starts.
///
/// Over SSH the locale is often C or POSIX, and there ncurses draws Chinese as `~J~^` and
/// `get_wch` hangs on a UTF-8 keystroke (FACTS.md). These machines have only C, C.UTF-8 and
/// POSIX, so when the environment does not name a UTF-8 locale we use C.UTF-8: the terminal
/// itself is UTF-8 in practice. The interface language is chosen from the environment
/// strings elsewhere, never from the locale set here.
enum TerminalLocale {
    static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Sets LC_ALL to a UTF-8 locale or throws `.noUTF8Locale`.
    ///
    /// The environment's locale is tried only when its name says UTF-8, so LC_CTYPE never
    /// passes through C on the way (other threads may be measuring text widths).
    static func ensureUTF8() throws {
        if tz_environment_is_utf8() == 1, setlocale(LC_ALL, "") != nil, tz_nl_codeset_is_utf8() == 1 { return }
        for name in fallbacks where setlocale(LC_ALL, name) != nil {
            if tz_nl_codeset_is_utf8() == 1 { return }
        }
        throw TerminalStartError.noUTF8Locale
    }
}
