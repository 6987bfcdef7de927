import CNCurses
import CTerminalSupport
import Glibc
import TaizhangCore
import TaizhangUI

/// The real terminal: a `TerminalDevice` on ncursesw. The only place that talks to curses.
///
/// - Locale: forces a UTF-8 locale first (see `TerminalLocale`), or refuses to start.
/// - Modes: cbreak with ISIG kept, so Ctrl-C and Ctrl-Z stay signals; no echo; keypad off
///   (`KeyParser` reads every client's key sequences, see `docs/keys.md`).
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
        /// How long a lone Escape waits for the rest of a key sequence, in milliseconds: long
        /// enough that a sequence split over two SSH packets still arrives whole, short enough
        /// that Esc feels immediate (docs/keys.md).
        public var escapeDelayMilliseconds: Int32

        /// How the terminal draws East Asian ambiguous characters; nil asks it (DSR 6n).
        public var ambiguous: AmbiguousWidth?
        /// Frames and marks in ASCII (`--ascii`).
        public var ascii: Bool

        public init(colors: Bool = true, escapeDelayMilliseconds: Int32 = 150, ambiguous: AmbiguousWidth? = nil, ascii: Bool = false) {
            self.colors = colors
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.ambiguous = ambiguous
            self.ascii = ascii
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
    var parser = KeyParser()
    var lastInput = ContinuousClock.now
    let escapeDelay: Duration
    public private(set) var isStopped = false

    /// Takes over the terminal on standard input and output, first asking it how wide it
    /// draws ambiguous characters unless `options.ambiguous` says.
    public convenience init(options: Options = Options()) throws {
        guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else { throw TerminalStartError.notATerminal }
        var options = options
        var typedAhead: [UInt8] = []
        if options.ambiguous == nil {
            let probe = AmbiguousProbe.ask(input: STDIN_FILENO, output: STDOUT_FILENO)
            options.ambiguous = probe.width ?? .narrow
            typedAhead = probe.typedAhead
        }
        try self.init(terminalType: nil, output: tz_stdout_file(), input: tz_stdin_file(), options: options)
        pending += parser.feed(String(decoding: typedAhead, as: UTF8.self)).map { .key($0) }
    }

    /// Starts curses on the given streams; `terminalType` nil means `$TERM`.
    init(terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>, options: Options) throws {
        try TerminalLocale.ensureUTF8()
        AmbiguousWidth.apply(options.ambiguous ?? .narrow, ascii: options.ascii)
        escapeDelay = .milliseconds(Int(options.escapeDelayMilliseconds))
        inputFD = fileno(input)
        outputFD = fileno(output)
        tz_terminal_guard_arm(inputFD, outputFD)
        guard let screen = newterm(terminalType, output, input) else {
            tz_terminal_guard_disarm()
            throw TerminalStartError.unknownTerminal(terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        set_term(screen)
        guard Self.hasCursorAddressing() else {
            endwin()
            delscreen(screen)
            tz_terminal_guard_disarm()
            throw TerminalStartError.noCursorAddressing(terminalType ?? getenv("TERM").map { String(cString: $0) } ?? "")
        }
        Self.setModes()
        parser = KeyParser(sequences: KeySequences(terminfo: TerminfoKeys.read()))
        palette = NCursesPalette.start(colorsWanted: options.colors && !Self.noColorRequested())
        signalFD = tz_signals_install()
        Self.armResetSequence()
    }

    deinit { stop() }

    /// A terminal that cannot place the cursor (TERM=dumb, an Emacs shell buffer) cannot show
    /// a screen; the command line works there.
    static func hasCursorAddressing() -> Bool {
        guard let cup = tigetstr("cup") else { return false }
        return Int(bitPattern: cup) != -1
    }

    /// https://no-color.org: present and not empty means no colour.
    static func noColorRequested() -> Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }

    /// Keypad mode stays off: ncurses would know only the sequences of `TERM`'s entry and read
    /// any other (PuTTY's Home under TERM=xterm) as Esc and letters; `KeyParser` knows them all.
    static func setModes() {
        let window = tz_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, false)
        intrflush(window, false)
        nodelay(window, true)
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
