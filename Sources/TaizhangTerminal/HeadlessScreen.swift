import CNCurses
import Glibc
import TaizhangUI

/// An `NCursesTerminal` with no terminal: output to a file, keys from a pipe.
///
/// For in-process tests of the adapter (FACTS.md): they read back what ncurses holds for
/// each cell and count the bytes it wrote. ncurses state is global, so such tests must run
/// one at a time.
final class HeadlessScreen {
    let terminal: NCursesTerminal
    let outputPath: String
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private let keyWriter: Int32

    init(rows: Int, cols: Int, terminalType: String = "xterm-256color", colors: Bool = true) throws {
        var pipeFDs: [Int32] = [0, 0]
        guard pipe(&pipeFDs) == 0 else { throw TerminalStartError.notATerminal }
        outputPath = "/tmp/taizhang-headless-\(getpid())-\(UInt32.random(in: 0 ... .max)).out"
        output = fopen(outputPath, "w")
        input = fdopen(pipeFDs[0], "r")
        keyWriter = pipeFDs[1]
        terminal = try NCursesTerminal(terminalType: terminalType, output: output, input: input,
                                       options: .init(colors: colors, escapeDelayMilliseconds: 10))
        resize(rows: rows, cols: cols)
    }

    /// Closes everything; the terminal first, so ncurses writes no more.
    func close() {
        terminal.stop()
        fclose(output)
        fclose(input)
        Glibc.close(keyWriter)
        unlink(outputPath)
    }

    func resize(rows: Int, cols: Int) {
        resizeterm(Int32(rows), Int32(cols))
        flushinp()   // resizeterm queued a KEY_RESIZE
    }

    /// Bytes as if typed on the keyboard.
    func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBufferPointer { Glibc.write(keyWriter, $0.baseAddress, $0.count) }
    }

    /// Bytes ncurses has written to the terminal so far.
    var bytesWritten: Int {
        var info = stat()
        return stat(outputPath, &info) == 0 ? Int(info.st_size) : -1
    }

    /// The text ncurses holds for a cell: its wide characters, or "" for the right half of a
    /// wide character.
    func text(row: Int, col: Int) -> String {
        var cell = cchar_t()
        guard mvwin_wch(tz_stdscr(), Int32(row), Int32(col), &cell) != ERR else { return "?" }
        var wide = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        guard getcchar(&cell, &wide, &attributes, &pair, nil) != ERR else { return "?" }
        if Self.isContinuation(cell) { return "" }
        return String(String.UnicodeScalarView(wide.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }))
    }

    /// ncurses marks the right half of a wide character by an index in the A_CHARTEXT bits
    /// of its attributes (`isWidecExt` in curses.priv.h).
    static func isContinuation(_ cell: cchar_t) -> Bool {
        let index = cell.attr & tz_a_chartext()
        return index > 1 && index < 32
    }

    /// One row as ncurses holds it, trailing spaces trimmed, like `ScreenBuffer.line`.
    func line(_ row: Int) -> String {
        var text = (0..<terminal.size.cols).map { self.text(row: row, col: $0) }.joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    func attributes(row: Int, col: Int) -> attr_t {
        var cell = cchar_t()
        mvwin_wch(tz_stdscr(), Int32(row), Int32(col), &cell)
        return cell.attr & ~tz_a_chartext()
    }

    /// Rows that ncurses was told changed since the last refresh.
    func touchedRows() -> [Int] {
        (0..<terminal.size.rows).filter { is_linetouched(tz_stdscr(), Int32($0)) }
    }
}
