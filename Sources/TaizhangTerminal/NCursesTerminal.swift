import CNCurses
import CTerminalSupport
import Glibc
import TaizhangUI

/// The real terminal: a `TerminalDevice` on ncursesw. The only place that talks to curses.
///
/// - Locale: forces a UTF-8 locale first (see `TerminalLocale`), or refuses to start.
/// - Modes: cbreak with ISIG kept, so Ctrl-C and Ctrl-Z stay signals; no echo; keypad on.
/// - Drawing: diffs against the last frame and touches only changed cells; ncurses then
///   sends the fewest bytes it can (see `NCursesTerminal+Drawing.swift`).
/// - Signals: SIGHUP/SIGTERM/SIGINT become `.signal` events; SIGWINCH a `.resize`; SIGTSTP
///   is left to ncurses, which restores the terminal, stops, and repaints on `fg`.
/// - `stop()` restores the terminal and may be called any number of times; exit() without
///   it, and crashes, are covered by the guard in CSupport.
public final class NCursesTerminal: TerminalDevice {
    public struct Options: Sendable {
        /// Colours when the terminal has them; a non-empty `NO_COLOR` turns them off as well.
        public var colors: Bool
        /// How long a lone Escape waits for the rest of a key sequence, in milliseconds.
        public var escapeDelayMilliseconds: Int32

        public init(colors: Bool = true, escapeDelayMilliseconds: Int32 = 50) {
            self.colors = colors
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
        }
    }

    let screen: OpaquePointer
    let palette: NCursesPalette
    let inputFD: Int32
    let outputFD: Int32
    let signalFD: Int32
    var previous: ScreenBuffer?
    var cursorShown: Bool? = false
    var pending: [TerminalEvent] = []
    var watched: [Int32] = []
    var inputClosed = false
    var emptyReads = 0
    public private(set) var isStopped = false

    /// Takes over the terminal on standard input and output.
    public convenience init(options: Options = Options()) throws {
        guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else { throw TerminalStartError.notATerminal }
        try self.init(terminalType: nil, output: tz_stdout_file(), input: tz_stdin_file(), options: options)
    }

    /// Starts curses on the given streams; `terminalType` nil means `$TERM`.
    init(terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, options: Options) throws {
        try TerminalLocale.ensureUTF8()
        inputFD = fileno(input)
        outputFD = fileno(output)
        tz_terminal_guard_arm(inputFD, outputFD)
        guard let screen = newterm(terminalType, output, input) else {
            tz_terminal_guard_disarm()
            throw TerminalStartError.unknownTerminal(terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        set_term(screen)
        Self.setModes(escapeDelay: options.escapeDelayMilliseconds)
        palette = NCursesPalette.start(colorsWanted: options.colors && !Self.noColorRequested())
        signalFD = tz_signals_install()
        Self.armResetSequence()
    }

    deinit { stop() }

    /// https://no-color.org: present and not empty means no colour.
    static func noColorRequested() -> Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }

    static func setModes(escapeDelay: Int32) {
        let window = tz_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        nodelay(window, true)
        set_escdelay(escapeDelay)
        leaveok(window, true)
        curs_set(0)
    }

    /// Hands the crash guard the bytes that undo what curses did to the terminal.
    static func armResetSequence() {
        var bytes = [CChar](repeating: 0, count: 256)
        tz_reset_sequence(&bytes, bytes.count)
        tz_terminal_guard_set_reset(bytes)
    }

    public var size: TerminalSize {
        let window = tz_stdscr()
        return TerminalSize(rows: Int(getmaxy(window)), cols: Int(getmaxx(window)))
    }

    public func invalidate() {
        guard !isStopped else { return }
        previous = nil
        clearok(tz_stdscr(), true)
    }

    public func suspend() {
        guard !isStopped else { return }
        // ncurses' own SIGTSTP handler leaves curses mode, stops the process and repaints
        // everything when the shell continues it; Ctrl-Z takes the same path.
        raise(SIGTSTP)
    }

    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        endwin()
        tz_signals_uninstall()
        tz_terminal_guard_disarm()
        delscreen(screen)
    }

    public func watch(fileDescriptor: Int32) {
        if !watched.contains(fileDescriptor) { watched.append(fileDescriptor) }
    }

    public func unwatch(fileDescriptor: Int32) {
        watched.removeAll { $0 == fileDescriptor }
    }
}
