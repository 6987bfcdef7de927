import CSupport

/// Measures and fits text in terminal columns, the unit every screen lays out in.
///
/// Widths come from glibc's `wcwidth` under a UTF-8 `LC_CTYPE`, because that is what ncurses
/// and tmux use to place characters: if we measured differently, a row with Chinese in it
/// would be drawn one column off. Without any UTF-8 locale, `EastAsianWidth` stands in.
/// A grapheme is as wide as its first scalar that has a width (emoji 2, `é` 1, ZWSP 0).
public enum DisplayWidth {
    /// Set once, before the first measurement: LC_CTYPE must be UTF-8 for wcwidth to know CJK.
    static let libcMeasures: Bool = tz_ensure_utf8_ctype() == 1

    /// Columns one character takes: 0, 1 or 2.
    public static func width(_ character: Character) -> Int {
        for scalar in character.unicodeScalars {
            let w = width(scalar)
            if w > 0 { return w }
        }
        return 0
    }

    /// Columns a string takes when drawn on one line.
    ///
    /// Counted by scalar, without finding characters (which cost most of a long list), when
    /// every scalar is one that starts or ends its character on its own: below U+0600
    /// (a base and its zero-width combining marks add up to the base's width; the scripts
    /// after it have marks that take a column and signs that join the next letter), general
    /// punctuation (“” — …), symbols (① ℃ → ≥ ■ ★), or a CJK ideograph, punctuation mark or
    /// full-width form. Anything else (emoji sequences with joiners or selectors, flags, jamo)
    /// is counted by character.
    public static func width(_ text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard countsByScalar(v) else {
                return text.reduce(0) { $0 + width($1) }
            }
            total += width(scalar)
        }
        return total
    }

    /// A scalar that starts or ends its character on its own (see `width(_:)`), so that a text
    /// of such scalars is measured without finding its characters.
    @inline(__always)
    static func countsByScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x600, 0x2010...0x2027, 0x2030...0x205E, 0x2100...0x27BF,
             0x3000...0x3029, 0x3030...0x303E, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60: return true
        default: return false
        }
    }

    /// `width` of the text whose UTF-8 is `bytes[range]`, read from the bytes when it can be
    /// counted by scalar (the same test as `width`), else from the text.
    static func width(utf8 bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var total = 0, i = range.lowerBound
        while i < range.upperBound {
            let (v, length) = UTF8Scalar.decode(bytes, at: i, end: range.upperBound)
            if v >= 0x20 && v < 0x7F { total += 1; i += 1; continue }
            guard countsByScalar(v), let scalar = Unicode.Scalar(v) else {
                return width(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
            total += width(scalar)
            i += length
        }
        return total
    }

    /// Columns one scalar takes; controls and unassigned code points count 0.
    public static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        // CJK ideographs and full-width forms: wide in wcwidth and in East Asian Width alike.
        if (0x4E00...0x9FFF).contains(v) || (0xFF01...0xFF60).contains(v) { return 2 }
        guard libcMeasures else { return EastAsianWidth.columns(scalar) }
        return max(Int(tz_wcwidth(wchar_t(v))), 0)
    }

    /// The longest prefix that fits in `columns`, ending with `ellipsis` when something was cut.
    ///
    /// Never splits a character, so the result may be one column short of `columns` when a
    /// wide character would have straddled the limit. An ellipsis wider than `columns` is left
    /// out rather than overflowing.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = Glyphs.current.ellipsis) -> String {
        guard columns > 0 else { return "" }
        if width(text) <= columns { return text }
        let room = columns - width(ellipsis)
        guard room >= 0 else { return prefix(of: text, fitting: columns) }
        return prefix(of: text, fitting: room) + ellipsis
    }

    /// `truncate(text, to: columns)` and its width, measured once.
    static func fitted(_ text: String, to columns: Int) -> (text: String, width: Int) {
        guard columns > 0 else { return ("", 0) }
        let w = width(text)
        if w <= columns { return (text, w) }
        let cut = truncate(text, to: columns)
        return (cut, width(cut))
    }

    /// `text` right-padded with spaces to exactly `columns`, truncated first if too wide.
    public static func pad(_ text: String, to columns: Int) -> String {
        let (cut, used) = fitted(text, to: columns)
        return cut + spaces(columns - used)
    }

    /// `text` left-padded with spaces to exactly `columns` (for numbers in a column).
    public static func padLeft(_ text: String, to columns: Int) -> String {
        let (cut, used) = fitted(text, to: columns)
        return spaces(columns - used) + cut
    }

    /// Breaks text into lines of at most `width` columns; see `LineBreaker` for the rules.
    ///
    /// Every explicit newline ends a line, so the result has at least one line per paragraph.
    /// Only a single character wider than `width` can make a line overflow.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            wrappedLines(text, bytes, width: width).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self) }
        }
    }

    /// `wrap` as byte ranges of the text's UTF-8 (`bytes`) and their widths.
    static func wrappedLines(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [LineBreaker.Line] {
        let breaker = LineBreaker(limit: max(width, 1))
        var lines: [LineBreaker.Line] = []
        var start = 0, i = 0
        while i < bytes.count {
            let separator = lineBreakLength(bytes, at: i)
            if separator == 0 { i += 1; continue }
            lines += paragraph(text, bytes, start..<i, breaker)
            i += separator
            start = i
        }
        lines += paragraph(text, bytes, start..<bytes.count, breaker)
        return lines
    }

    /// One paragraph's lines: itself when it fits (indentation and all) and ends in no space.
    private static func paragraph(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                  _ breaker: LineBreaker) -> [LineBreaker.Line] {
        if range.isEmpty { return [LineBreaker.Line(start: range.lowerBound, end: range.lowerBound, width: 0)] }
        if bytes[range.upperBound - 1] != 0x20 {
            let w = width(utf8: bytes, range)
            if w <= breaker.limit { return [LineBreaker.Line(start: range.lowerBound, end: range.upperBound, width: w)] }
        }
        return breaker.lines(of: text, bytes, range)
    }

    /// The length in bytes of the line break starting at `i` (LF, VT, FF, CR, CR LF, NEL, LS,
    /// PS: what `Character.isNewline` is true of), or 0.
    @inline(__always)
    static func lineBreakLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        switch bytes[i] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0x85 ? 2 : 0
        case 0xE2: return i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    static func prefix(of text: String, fitting columns: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = width(text[index])
            if used + w > columns { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    static func spaces(_ count: Int) -> String {
        count < spaceRuns.count ? spaceRuns[max(count, 0)] : String(repeating: " ", count: count)
    }

    /// Runs of spaces as wide as a column, made once (tables pad every cell).
    private static let spaceRuns: [String] = (0...160).map { String(repeating: " ", count: $0) }
}
