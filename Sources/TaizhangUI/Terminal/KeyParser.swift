/// Turns the characters a terminal sends into keys, reading escape sequences whole.
///
/// An escape sequence is collected by its shape (ECMA-48: `ESC [` parameters and a final
/// byte, `ESC O` and one character, the Linux console's `ESC [ [` and one letter), then looked
/// up in `KeySequences`, then read generically (`ESC[3;5~` is Delete with a modifier). What
/// is still unknown is swallowed whole: never Esc followed by letters that would act as keys.
/// Esc followed at once by a character that starts no sequence (a quick Esc then q, or
/// Alt-q) is both keys.
/// A lone Esc is a key only once `timeout()` says nothing followed it in time.
public struct KeyParser: Sendable {
    let sequences: KeySequences
    /// The start of an escape sequence still waiting for its end.
    private(set) var pending: [Unicode.Scalar] = []

    public init(sequences: KeySequences = KeySequences()) { self.sequences = sequences }

    /// True while a started escape sequence waits for more: the caller then waits at most
    /// the escape delay for input before calling `timeout()`.
    public var isWaiting: Bool { !pending.isEmpty }

    /// Feeds one character; returns the keys it completes (none while a sequence is open).
    public mutating func feed(_ scalar: Unicode.Scalar) -> [KeyEvent] {
        if pending.isEmpty {
            if scalar == "\u{1B}" { pending = [scalar]; return [] }
            return Self.plain(scalar).map { [$0] } ?? []
        }
        if pending.count == 1 && scalar == "\u{1B}" { return [.escape] }   // Esc pressed twice: the first one acts
        if pending.count == 1 && scalar != "[" && scalar != "O" {
            // Esc then a key faster than the delay (a quick Esc-q, or Alt-q): both keys act.
            pending = []
            return [.escape] + feed(scalar)
        }
        pending.append(scalar)
        switch Self.shape(of: pending) {
        case .open: return []
        case .complete:
            defer { pending = [] }
            return decode(String(String.UnicodeScalarView(pending))).map { [$0] } ?? []
        case .broken:
            // A character no sequence can hold (Chinese, a control) ends it: the started
            // sequence is dropped and the character read on its own.
            pending = []
            return feed(scalar)
        }
    }

    /// Nothing more arrived within the escape delay: a lone Esc is the Esc key; the start of
    /// a sequence cut short is swallowed.
    public mutating func timeout() -> [KeyEvent] {
        defer { pending = [] }
        return pending == ["\u{1B}"] ? [.escape] : []
    }

    /// Feeds a whole string (tests, and bytes read ahead at start-up).
    public mutating func feed(_ text: String) -> [KeyEvent] {
        text.unicodeScalars.flatMap { feed($0) }
    }

    enum Shape { case open, complete, broken }

    /// Whether `s` (starting with ESC) is a whole sequence yet, or cannot become one.
    static func shape(of s: [Unicode.Scalar]) -> Shape {
        let last = s.last!
        switch s[1] {
        case "[":
            if s.count == 2 { return .open }
            if s[2] == "[" { return s.count == 3 ? .open : isFinal(last) ? .complete : .broken }   // Linux console F1–F5
            if isCSIFinal(last, afterParameters: s.count > 3) { return .complete }
            return isParameter(last) || isIntermediate(last) ? .open : .broken
        case "O":
            if s.count == 2 { return .open }
            if isParameter(last) { return .open }                                // ESC O 5 P (modified F1)
            return isFinal(last) ? .complete : .broken
        default:
            return .broken                                                      // handled in feed
        }
    }

    /// A CSI's final byte; rxvt also ends with `$` (Shift) and `^` (Ctrl) after a number.
    static func isCSIFinal(_ c: Unicode.Scalar, afterParameters: Bool) -> Bool {
        if (0x40...0x7E).contains(c.value) { return true }
        return afterParameters && (c == "$" || c == "^")
    }

    static func isFinal(_ c: Unicode.Scalar) -> Bool { (0x40...0x7E).contains(c.value) }
    static func isParameter(_ c: Unicode.Scalar) -> Bool { (0x30...0x3F).contains(c.value) }
    static func isIntermediate(_ c: Unicode.Scalar) -> Bool { (0x20...0x2F).contains(c.value) }

    /// The key a complete sequence stands for; nil to swallow it.
    func decode(_ sequence: String) -> KeyEvent? {
        if let key = sequences.table[sequence] { return key }
        return Self.withoutModifiers(sequence).flatMap { sequences.table[$0] }
    }

    /// `ESC[1;5A` → `ESC[A`, `ESC[3;2~` → `ESC[3~`, `ESC[7^` → `ESC[7~`, `ESC O 5P` → `ESC O P`:
    /// the same key with Shift, Ctrl or Alt, which the interface does not tell apart.
    static func withoutModifiers(_ sequence: String) -> String? {
        let scalars = Array(sequence.unicodeScalars)
        guard scalars.count >= 3, let final = scalars.last else { return nil }
        let parameters = String(String.UnicodeScalarView(scalars[2..<(scalars.count - 1)]))
        let first = parameters.split(separator: ";").first.map(String.init) ?? ""
        var introducer = scalars[1] == "[" ? "\u{1B}[" : "\u{1B}O"
        if first == "1" && "PQRS".unicodeScalars.contains(final) { introducer = "\u{1B}O" }   // xterm's Shift-F1 is ESC[1;2P
        switch final {
        case "~", "$", "^", "@": return introducer + first + "~"
        default: return introducer + String(final)
        }
    }

    /// A character that is not part of a sequence.
    static func plain(_ scalar: Unicode.Scalar) -> KeyEvent? {
        let value = scalar.value
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(0x60 + value))))
        case 0x00, 0x1C...0x1F: return .control(Character(Unicode.Scalar(UInt8(0x40 + value))))
        case 0x80...0x9F: return nil
        default: return .character(Character(scalar))
        }
    }
}
