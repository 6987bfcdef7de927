/// Appends JSON to a byte buffer, for the store's own files and `--format json` output.
///
/// Chinese text is written as UTF-8, not `\u` escapes, so the files stay readable with
/// `less` and `grep`; control characters are always escaped, so no line break can appear
/// inside a value and one record per line holds. C1 controls, bidi controls and the Unicode
/// line separators are escaped too (`\u009b`, `\u202e`, `\u2028`): the JSON stays exact and
/// strict, and nothing in it acts on a terminal or reorders text where it is shown.
public struct JSONWriter: ~Copyable {
    private var buffer: ByteBuffer

    public init(capacity: Int = 4096) { buffer = ByteBuffer(capacity: capacity) }

    /// A copy of what was written.
    public var bytes: [UInt8] { buffer.array }

    /// Writes at the end of `buffer`: a renderer reuses one buffer for many pieces.
    static func appending(to buffer: inout ByteBuffer, _ body: (inout JSONWriter) -> Void) {
        var w = JSONWriter(capacity: 0)
        swap(&w.buffer, &buffer)
        body(&w)
        swap(&w.buffer, &buffer)
    }

    mutating func raw(_ s: StaticString) { buffer.append(s) }

    mutating func byte(_ b: UInt8) { buffer.append(b) }

    mutating func newline() { buffer.append(0x0A) }

    /// Writes `"name":` (with a leading comma unless `first`).
    /// A list writes half a million of them: one capacity check, not five.
    @inline(__always)
    mutating func key(_ name: StaticString, first: Bool = false) {
        buffer.appendKey(name.utf8Start, count: name.utf8CodeUnitCount, comma: !first)
    }

    mutating func key(dynamic name: String, first: Bool = false) {
        if !first { buffer.append(0x2C) }
        string(name)
        buffer.append(0x3A)
    }

    /// Bytes written so far.
    var count: Int { buffer.count }

    mutating func string(_ s: String) {
        buffer.append(0x22)
        stringContents(s)
        buffer.append(0x22)
    }

    /// What goes between a string's quotes: a string written in pieces escapes as it would
    /// whole (every escape is of one character).
    mutating func stringContents(_ s: String) {
        var s = s
        let attention = Self.attention
        s.withUTF8 { utf8 in
            // Ids, statuses, kinds and names are short: one pass over the table decides
            // whether they go out as they are (the sixteen-byte scan needs sixteen).
            if utf8.count < 16, !utf8.contains(where: { attention[Int($0)] != 0 }) {
                buffer.append(utf8)
                return
            }
            var runStart = 0
            var next = 0
            while next < utf8.count {
                next = ByteScan.writerPlainRun(utf8.baseAddress!, from: next, to: utf8.count)
                guard next < utf8.count else { break }
                let i = next, c = utf8[i]
                next += 1
                guard attention[Int(c)] != 0 else { continue }
                if c == 0xC2 || c == 0xE2 {
                    // U+0080–U+009F (C2 80–9F); U+2028/2029 and bidi controls (E2 80 A8–AE, E2 81 A6–A9).
                    guard i + 1 < utf8.count, let scalar = Self.escapedScalar(utf8, at: i) else { continue }
                    if i > runStart { buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                    unicodeEscape(scalar)
                    runStart = i + (c == 0xC2 ? 2 : 3)
                    continue
                }
                if i > runStart { buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                runStart = i + 1
                switch c {
                case 0x22: buffer.append(0x5C); buffer.append(0x22)
                case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
                case 0x0A: buffer.append(0x5C); buffer.append(0x6E)
                case 0x0D: buffer.append(0x5C); buffer.append(0x72)
                case 0x09: buffer.append(0x5C); buffer.append(0x74)
                default: unicodeEscape(UInt32(c))
                }
            }
            if runStart < utf8.count { buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
    }

    /// 1 for the bytes `string` must look at: controls, `"`, `\\`, DEL, and the lead bytes of
    /// C1 controls (C2) and of the separators and bidi controls (E2), for the bytes after
    /// `ByteScan` stopped. One load a byte: six
    /// comparisons a byte made list output 5% slower (measured).
    nonisolated(unsafe) private static let attention: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for c in 0..<256 {
            table[c] = (c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F || c == 0xC2 || c == 0xE2) ? 1 : 0
        }
        return UnsafePointer(table)
    }()

    /// The scalar at `i` when it is one that must not appear raw: a C1 control, a line or
    /// paragraph separator, or a bidi control.
    private static func escapedScalar(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        let b1 = utf8[i + 1]
        if utf8[i] == 0xC2 { return (0x80...0x9F).contains(b1) ? UInt32(b1) : nil }
        guard i + 2 < utf8.count else { return nil }
        let scalar = 0x2000 | (UInt32(b1 & 0x3F) << 6) | UInt32(utf8[i + 2] & 0x3F)
        return VisibleText.needsReplacement(Unicode.Scalar(scalar) ?? " ") ? scalar : nil
    }

    private mutating func unicodeEscape(_ v: UInt32) {
        func hex(_ d: UInt32) -> UInt8 { UInt8(d < 10 ? 0x30 + d : 0x57 + d) }
        buffer.append(0x5C); buffer.append(0x75)
        for shift in [12, 8, 4, 0] as [UInt32] { buffer.append(hex(v >> shift & 0xF)) }
    }

    /// A string whose JSON form is already known: `escaped` goes between the quotes as it is
    /// (see `ByteScan.isCanonicalJSONString`).
    mutating func verbatimString(_ escaped: UnsafeRawBufferPointer) {
        buffer.append(0x22)
        buffer.append(escaped)
        buffer.append(0x22)
    }

    mutating func stringOrNull(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    mutating func int(_ v: Int) {
        if v < 0 { buffer.append(0x2D); int(-v); return }
        if v < 10 { buffer.append(UInt8(0x30 + v)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        var v = v
        withUnsafeMutableBytes(of: &digits) { buf in
            while v > 0 { buf[n] = UInt8(0x30 + v % 10); v /= 10; n += 1 }
            while n > 0 { n -= 1; buffer.append(buf[n]) }
        }
    }

    /// A fraction such as a completion rate, to four decimal places (`0.8462`).
    mutating func number(_ v: Double) {
        buffer.append(utf8: String((v * 10000).rounded() / 10000))
    }

    mutating func bool(_ v: Bool) {
        if v { raw("true") } else { raw("false") }
    }

    mutating func null() { raw("null") }

    /// Writes `"YYYY-MM-DD"` without building a String (dates are the most frequent value).
    mutating func day(_ d: Day) {
        let (y, m, dd) = d.components
        buffer.append(0x22)
        digits(y, 4); buffer.append(0x2D); digits(m, 2); buffer.append(0x2D); digits(dd, 2)
        buffer.append(0x22)
    }

    /// Writes `"YYYY-MM-DDTHH:MM:SSZ"`.
    mutating func timestamp(_ t: Timestamp) {
        let d = t.day
        let (y, m, dd) = d.components
        let rest = t.seconds - d.ordinal * 86400
        buffer.append(0x22)
        digits(y, 4); buffer.append(0x2D); digits(m, 2); buffer.append(0x2D); digits(dd, 2)
        buffer.append(0x54)
        digits(rest / 3600, 2); buffer.append(0x3A); digits(rest / 60 % 60, 2); buffer.append(0x3A); digits(rest % 60, 2)
        buffer.append(0x5A)
        buffer.append(0x22)
    }

    private mutating func digits(_ v: Int, _ width: Int) {
        var div = 1
        for _ in 1..<width { div *= 10 }
        var v = v
        while div > 0 { buffer.append(UInt8(0x30 + (v / div) % 10)); v %= div; div /= 10 }
    }

    /// Writes an array, each element by `element`.
    mutating func array<T>(_ values: [T], _ element: (T, inout JSONWriter) -> Void) {
        buffer.append(0x5B)
        for (i, v) in values.enumerated() {
            if i > 0 { buffer.append(0x2C) }
            element(v, &self)
        }
        buffer.append(0x5D)
    }

    /// Writes an array of strings.
    mutating func strings(_ values: [String]) {
        buffer.append(0x5B)
        for (i, v) in values.enumerated() {
            if i > 0 { buffer.append(0x2C) }
            string(v)
        }
        buffer.append(0x5D)
    }

    mutating func append(contentsOf more: [UInt8]) { buffer.append(contentsOf: more) }

    /// JSON already written (a value copied from the snapshot).
    mutating func append(_ json: UnsafeRawBufferPointer) { buffer.append(json) }
}
