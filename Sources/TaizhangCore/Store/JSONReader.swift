/// A failure to read JSON, at a byte offset that the store turns into line and column.
public struct JSONSyntaxError: Error, Sendable {
    public var offset: Int
    public var message: String
}

/// A pull reader over UTF-8 bytes, for the store's own files.
///
/// Foundation's `JSONDecoder` reads about 24 MB/s on the target machines (FACTS.md), which
/// makes a 76 MB ledger take 3 s to open. This reader decodes straight into the model's
/// types without an intermediate tree or `Codable` containers. It accepts any valid JSON
/// (whitespace, key order), so a hand-edited file still loads; it does not accept invalid JSON.
///
/// What counts as JSON is what Foundation's `JSONSerialization` accepts (the fuzzers compare
/// the two on every input, `Tests/Fuzz`): strings of valid UTF-8 with valid escapes and no lone
/// surrogates, numbers by the RFC's grammar that a `Double` can hold, at most 512 levels of
/// nesting; and, as it does, a trailing comma before `}` or `]` and a byte-order mark before a
/// document. No input makes it trap: a bad byte is an error at its offset.
///
/// The reader borrows the bytes: use it only inside the `withUnsafeBytes` that made it.
struct JSONReader {
    private let base: UnsafePointer<UInt8>
    /// Where the reader stops: the end of the buffer, or of the line it was given.
    let end: Int
    private(set) var position: Int
    /// Added to positions in errors, when the reader covers a slice of a larger file.
    let origin: Int
    /// When set, `sharedString()` returns one string for repeated text (see `StringInterner`).
    var interner: StringInterner?
    /// How many objects and arrays are open around the position.
    private(set) var depth: Int
    /// `JSONSerialization`'s limit: deeper documents are refused, and no input can exhaust
    /// the stack of this recursive reader.
    static let maximumDepth = 512

    /// - Parameter depth: the nesting around `start` when the reader covers a piece of a larger
    ///   document (a task's line sits in the ledger object's `tasks` array: 2).
    init(_ buffer: UnsafeRawBufferPointer, from start: Int = 0, to stop: Int? = nil, origin: Int = 0, depth: Int = 0) {
        base = buffer.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) } ?? Self.emptyBase
        position = start
        end = stop ?? buffer.count
        self.origin = origin
        self.depth = depth
    }

    nonisolated(unsafe) private static let emptyBase: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.initialize(to: 0)
        return UnsafePointer(p)
    }()

    /// A reader for a whole document (a file, a journal line): skips a byte-order mark.
    static func document(_ buffer: UnsafeRawBufferPointer, from start: Int = 0, to stop: Int? = nil) -> JSONReader {
        var r = JSONReader(buffer, from: start, to: stop)
        if r.position + 3 <= r.end, r.base[r.position] == 0xEF, r.base[r.position + 1] == 0xBB, r.base[r.position + 2] == 0xBF {
            r.position += 3
        }
        return r
    }

    /// Opens an object or array (after its bracket was consumed elsewhere, as a task's is).
    mutating func enter() throws {
        depth += 1
        if depth > Self.maximumDepth { throw error("nested more than \(Self.maximumDepth) levels deep") }
    }

    mutating func leave() { depth -= 1 }

    // MARK: structure

    /// Moves to a position found by other means (the end of a task's line).
    mutating func jump(to p: Int) { position = p }

    func byte(at p: Int) -> UInt8 { base[p] }


    func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: origin + position, message: message)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < end {
            let c = base[position]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { position += 1 } else { return }
        }
    }

    var atEnd: Bool { mutating get { skipWhitespace(); return position >= end } }

    mutating func peek() -> UInt8? {
        skipWhitespace()
        return position < end ? base[position] : nil
    }

    /// Consumes `byte`. Inlined: it runs a dozen times for every task of a ledger.
    @inline(__always)
    mutating func expect(_ byte: UInt8, _ what: StaticString) throws {
        skipWhitespace()
        guard position < end, base[position] == byte else { throw unexpected(what) }
        position += 1
    }

    @inline(never)
    private func unexpected(_ what: StaticString) -> JSONSyntaxError {
        error("expected \(what)" + (position < end ? " but found '\(Self.show(base[position]))'" : " but the file ends"))
    }

    private static func show(_ c: UInt8) -> String {
        c >= 0x20 && c < 0x7F ? String(UnicodeScalar(c)) : String(format: "\\x%02X", c)
    }

    /// Call after `{`; returns the next key and consumes its colon, or nil at `}`.
    /// `first` tracks whether a comma is due; start it at true.
    mutating func nextKey(_ first: inout Bool) throws -> Key? {
        skipWhitespace()
        guard position < end else { throw error("expected '}' but the file ends") }
        if base[position] == 0x7D { position += 1; return nil }
        if !first {
            try expect(0x2C, "',' or '}'")
            skipWhitespace()
            // A comma before the closing brace, as JSONSerialization allows.
            if position < end, base[position] == 0x7D { position += 1; return nil }
        }
        first = false
        guard position < end, base[position] == 0x22 else { throw error("expected a key in quotes") }
        position += 1
        let start = position
        var high: UInt8 = 0
        position = ByteScan.plainStringRun(base, from: position, to: end, high: &high)
        if high >= 0x80 { position = start }   // a non-ASCII key: the loop below takes the checked path
        while position < end && base[position] != 0x22 {
            let c = base[position]
            if c == 0x5C || c >= 0x80 { // escaped or non-ASCII key: rare, take the checked path
                position = start - 1
                let s = try string()
                try expect(0x3A, "':'")
                return Key(owned: s)
            }
            if c < 0x20 { throw error("control character in a string (must be escaped)") }
            position += 1
        }
        guard position < end else { throw error("unterminated key") }
        let key = Key(base: base + start, count: position - start)
        position += 1
        try expect(0x3A, "':' after a key")
        return key
    }

    /// Reads one `"key":` outside braces (for a run of members cut out of an object).
    mutating func nextMember(_ first: inout Bool) throws -> Key? {
        skipWhitespace()
        guard position < end else { return nil }
        // nextKey expects to be inside braces; a member run has no '}' to stop at.
        return try nextKey(&first)
    }

    /// Call after `[`; returns false at `]`.
    mutating func nextElement(_ first: inout Bool) throws -> Bool {
        skipWhitespace()
        guard position < end else { throw error("expected ']' but the file ends") }
        if base[position] == 0x5D { position += 1; return false }
        if !first {
            try expect(0x2C, "',' or ']'")
            skipWhitespace()
            if position < end, base[position] == 0x5D { position += 1; return false }
        }
        first = false
        return true
    }

    /// Reads `{ … }`, calling `body` with each key; `body` must consume the value.
    mutating func object(_ body: (inout JSONReader, Key) throws -> Void) throws {
        try expect(0x7B, "'{'")
        try enter()
        var first = true
        while let key = try nextKey(&first) { try body(&self, key) }
        leave()
    }

    /// Reads `[ … ]`, calling `body` for each element; `body` must consume it.
    mutating func array(_ body: (inout JSONReader) throws -> Void) throws {
        try expect(0x5B, "'['")
        try enter()
        var first = true
        while try nextElement(&first) { try body(&self) }
        leave()
    }

    // MARK: scalars

    /// Consumes `null` if it is next.
    mutating func null() -> Bool {
        skipWhitespace()
        if position + 4 <= end, base[position] == 0x6E, base[position + 1] == 0x75,
           base[position + 2] == 0x6C, base[position + 3] == 0x6C {
            position += 4
            return true
        }
        return false
    }

    mutating func bool() throws -> Bool {
        skipWhitespace()
        if position + 4 <= end, base[position] == 0x74, base[position + 1] == 0x72,
           base[position + 2] == 0x75, base[position + 3] == 0x65 { position += 4; return true }
        if position + 5 <= end, base[position] == 0x66, base[position + 1] == 0x61,
           base[position + 2] == 0x6C, base[position + 3] == 0x73, base[position + 4] == 0x65 {
            position += 5
            return false
        }
        throw error("expected true or false")
    }

    mutating func int() throws -> Int {
        skipWhitespace()
        var negative = false
        if position < end && base[position] == 0x2D { negative = true; position += 1 }
        let start = position
        var value = 0
        var overflow = false
        while position < end, base[position] >= 0x30, base[position] <= 0x39 {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int(base[position] - 0x30))
            overflow = overflow || o1 || o2
            value = plus
            position += 1
        }
        guard position > start else { throw error("expected a number") }
        if position - start > 1, base[start] == 0x30 { throw error("a number may not start with 0") }
        if position < end, base[position] == 0x2E || base[position] == 0x65 || base[position] == 0x45 {
            throw error("expected a whole number")
        }
        if overflow { throw error("number too large") }
        return negative ? -value : value
    }

    /// Skips a number, checking the JSON grammar `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`
    /// and that a `Double` can hold it (JSONSerialization refuses `1e999`).
    mutating func skipNumber() throws {
        let start = position
        func digits() -> Int {
            let s = position
            while position < end, base[position] >= 0x30, base[position] <= 0x39 { position += 1 }
            return position - s
        }
        if position < end, base[position] == 0x2D { position += 1 }
        let intStart = position
        let n = digits()
        guard n > 0 else { throw error("expected a digit") }
        if n > 1, base[intStart] == 0x30 { throw error("a number may not start with 0") }
        var simple = n < 16
        if position < end, base[position] == 0x2E {
            position += 1
            guard digits() > 0 else { throw error("expected a digit after '.'") }
        }
        if position < end, base[position] == 0x65 || base[position] == 0x45 {
            position += 1
            simple = false
            if position < end, base[position] == 0x2B || base[position] == 0x2D { position += 1 }
            guard digits() > 0 else { throw error("expected a digit in the exponent") }
        }
        if !simple {
            let text = String(decoding: UnsafeBufferPointer(start: base + start, count: position - start), as: UTF8.self)
            guard let v = Double(text), v.isFinite else { position = start; throw error("number too large") }
        }
    }

    /// Reads `"YYYY-MM-DD"` straight from the bytes; nil (position unchanged) when the next
    /// value is not a string of that form.
    mutating func day() -> Day? {
        skipWhitespace()
        guard position + 12 <= end, base[position] == 0x22, base[position + 11] == 0x22,
              base[position + 5] == 0x2D, base[position + 8] == 0x2D,
              let y = digits(position + 1, 4), let m = digits(position + 6, 2), let d = digits(position + 9, 2),
              let day = Day(year: y, month: m, day: d) else { return nil }
        position += 12
        return day
    }

    /// Reads `"YYYY-MM-DDTHH:MM:SSZ"` straight from the bytes; nil when not of that form.
    mutating func timestamp() -> Timestamp? {
        skipWhitespace()
        let p = position
        guard p + 22 <= end, base[p] == 0x22, base[p + 21] == 0x22, base[p + 11] == 0x54,
              base[p + 20] == 0x5A, base[p + 14] == 0x3A, base[p + 17] == 0x3A,
              base[p + 5] == 0x2D, base[p + 8] == 0x2D,
              let y = digits(p + 1, 4), let m = digits(p + 6, 2), let d = digits(p + 9, 2),
              let hh = digits(p + 12, 2), let mm = digits(p + 15, 2), let ss = digits(p + 18, 2),
              hh < 24, mm < 60, ss < 61, let day = Day(year: y, month: m, day: d) else { return nil }
        position += 22
        return Timestamp(seconds: day.ordinal * 86400 + hh * 3600 + mm * 60 + ss)
    }

    private func digits(_ at: Int, _ count: Int) -> Int? {
        var v = 0
        for i in at..<(at + count) {
            let c = base[i]
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }

    mutating func stringOrNull() throws -> String? {
        if null() { return nil }
        return try string()
    }

    mutating func string() throws -> String {
        skipWhitespace()
        guard position < end, base[position] == 0x22 else { throw error("expected a string") }
        position += 1
        let start = position
        var high: UInt8 = 0
        position = ByteScan.plainStringRun(base, from: position, to: end, high: &high)
        while position < end {
            let c = base[position]
            if c == 0x22 {
                let bytes = UnsafeBufferPointer(start: base + start, count: position - start)
                // ASCII (ids, statuses, numbers as written) cannot be bad UTF-8: only the rest is checked.
                guard let s = high < 0x80 ? String(decoding: bytes, as: UTF8.self) : Self.utf8String(bytes) else {
                    throw invalidUTF8(from: start)
                }
                position += 1
                return s
            }
            if c == 0x5C { return try escapedString(from: start) }
            if c < 0x20 { throw error("control character in a string (must be escaped)") }
            high |= c
            position += 1
        }
        throw error("unterminated string")
    }

    /// A string that many records repeat (a unit's name, a time limit as written): made once
    /// per distinct text when the reader has an interner.
    mutating func sharedString() throws -> String {
        guard let interner else { return try string() }
        skipWhitespace()
        let before = position
        let (range, escaped) = try stringRange()
        if escaped { position = before; return try string() }
        guard let s = interner.string(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)) else {
            throw invalidUTF8(from: range.lowerBound)
        }
        return s
    }

    /// Steps over `text` when the bytes at the reader are exactly it (no whitespace skipped):
    /// for records in this program's own layout, read without a key comparison per member.
    mutating func take(_ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard position + n <= end, memcmp(base + position, text.utf8Start, n) == 0 else { return false }
        position += n
        return true
    }

    /// Puts the reader back where it was (after a `take` that led nowhere).
    mutating func rewind(to p: Int) { position = p }

    /// The next string matched by `match` on its bytes when it holds no escapes; nil, and the
    /// reader where it was, when it does or `match` finds nothing.
    mutating func plainString<T>(_ match: (UnsafeBufferPointer<UInt8>) -> T?) throws -> T? {
        let before = position
        let (range, escaped) = try stringRange()
        if !escaped, let v = match(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)) { return v }
        position = before
        return nil
    }

    mutating func sharedStringOrNull() throws -> String? {
        if null() { return nil }
        return try sharedString()
    }

    private mutating func escapedString(from start: Int) throws -> String {
        var bytes = [UInt8](UnsafeBufferPointer(start: base + start, count: position - start))
        while position < end {
            let c = base[position]
            if c == 0x22 {
                guard let s = bytes.withUnsafeBufferPointer(Self.utf8String) else { throw invalidUTF8(from: start) }
                position += 1
                return s
            }
            if c < 0x20 { throw error("control character in a string (must be escaped)") }
            if c != 0x5C {
                // The run up to the next quote, backslash or control, copied at once: review
                // messages quote what they are about, and a byte at a time was most of
                // reading them (docs/DECISIONS.md, 2026-12-01).
                var high: UInt8 = 0
                let run = max(position + 1, ByteScan.plainStringRun(base, from: position + 1, to: end, high: &high))
                bytes.append(contentsOf: UnsafeBufferPointer(start: base + position, count: run - position))
                position = run
                continue
            }
            position += 1
            guard position < end else { break }
            let e = base[position]
            position += 1
            switch e {
            case 0x22: bytes.append(0x22)
            case 0x5C: bytes.append(0x5C)
            case 0x2F: bytes.append(0x2F)
            case 0x62: bytes.append(0x08)
            case 0x66: bytes.append(0x0C)
            case 0x6E: bytes.append(0x0A)
            case 0x72: bytes.append(0x0D)
            case 0x74: bytes.append(0x09)
            case 0x75:
                let scalar = try escapedScalar()
                bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                position -= 1
                throw error("unknown escape '\\\(Self.show(e))'")
            }
        }
        throw error("unterminated string")
    }

    /// The scalar of a `\uXXXX` escape (after `\u`), joining a surrogate pair; a lone or
    /// mismatched surrogate is an error (`"\uD83D\u0041"` once made the reader trap).
    private mutating func escapedScalar() throws -> Unicode.Scalar {
        let at = position - 2
        let first = try hex4()
        if (0xDC00..<0xE000).contains(first) { position = at; throw error("a lone low surrogate in a \\u escape") }
        guard (0xD800..<0xDC00).contains(first) else { return Unicode.Scalar(first)! }
        guard position + 2 <= end, base[position] == 0x5C, base[position + 1] == 0x75 else {
            position = at
            throw error("a high surrogate in a \\u escape must be followed by a low one")
        }
        position += 2
        let low = try hex4()
        guard (0xDC00..<0xE000).contains(low) else { position = at; throw error("a high surrogate in a \\u escape must be followed by a low one") }
        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00))!
    }

    /// The string these bytes spell, or nil when they are not valid UTF-8. Decoding (which
    /// repairs bad bytes) and comparing costs what decoding alone does; `String(validating:)`
    /// took twice as long (measured: 150 against 300 ns a string of plan text, release build).
    static func utf8String(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let s = String(decoding: bytes, as: UTF8.self)
        let same = s.utf8.withContiguousStorageIfAvailable { u in
            u.count == bytes.count && (bytes.isEmpty || memcmp(u.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
        return (same ?? s.utf8.elementsEqual(bytes)) ? s : nil
    }

    private func invalidUTF8(from start: Int) -> JSONSyntaxError {
        JSONSyntaxError(offset: origin + start, message: "a string that is not valid UTF-8")
    }

    /// Checks an escape after its backslash without building anything.
    private mutating func skipEscape() throws {
        guard position < end else { throw error("unterminated string") }
        let e = base[position]
        position += 1
        switch e {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: return
        case 0x75: _ = try escapedScalar()
        default: position -= 1; throw error("unknown escape '\\\(Self.show(e))'")
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard position + 4 <= end else { throw error("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = base[position]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("bad hex digit in \\u escape")
            }
            v = v << 4 | d
            position += 1
        }
        return v
    }

    /// Skips a string, returning where its content lies and whether it holds escapes.
    mutating func stringRange() throws -> (Range<Int>, escaped: Bool) {
        skipWhitespace()
        guard position < end, base[position] == 0x22 else { throw error("expected a string") }
        let start = position + 1
        var escaped = false
        var high: UInt8 = 0
        position = ByteScan.plainStringRun(base, from: start, to: end, high: &high)
        while position < end {
            let c = base[position]
            if c == 0x22 { position += 1; return (start..<(position - 1), escaped) }
            if c == 0x5C { escaped = true; position += 1; try skipEscape(); continue }
            if c < 0x20 { throw error("control character in a string (must be escaped)") }
            position += 1
        }
        throw error("unterminated string")
    }

    /// Skips a string without building it (its escapes and UTF-8 are still checked).
    mutating func skipString() throws {
        var ascii = true
        let (range, _) = try stringRange()
        for i in range where base[i] >= 0x80 { ascii = false; break }
        guard ascii || Self.utf8String(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)) != nil else {
            throw invalidUTF8(from: range.lowerBound)
        }
    }

    /// Steps over an array or object by its brackets and quotes alone, checking nothing
    /// inside (strings' UTF-8, numbers, commas), and returns where it lay: for a value read
    /// later, when it is asked for (`PlanBody`), which then names any damage.
    mutating func uncheckedRange() throws -> Range<Int> {
        skipWhitespace()
        let start = position
        guard position < end, base[position] == 0x5B || base[position] == 0x7B else {
            throw error("expected '[' or '{'")
        }
        var depth = 0
        var high: UInt8 = 0
        while position < end {
            let c = base[position]
            position += 1
            switch c {
            case 0x5B, 0x7B: depth += 1
            case 0x5D, 0x7D:
                depth -= 1
                if depth == 0 { return start..<position }
            case 0x22:
                while true {
                    position = ByteScan.plainStringRun(base, from: position, to: end, high: &high)
                    guard position < end else { throw error("unterminated string") }
                    let s = base[position]
                    position += 1
                    if s == 0x22 { break }
                    if s == 0x5C { position += 1 }
                }
            default: break
            }
        }
        throw error("expected ']' or '}' but the file ends")
    }

    /// Skips any value (for keys a newer version wrote that this one does not know).
    mutating func skip() throws {
        guard let c = peek() else { throw error("expected a value but the file ends") }
        switch c {
        case 0x22: try skipString()
        case 0x7B: try object { r, _ in try r.skip() }
        case 0x5B: try array { r in try r.skip() }
        case 0x74, 0x66: _ = try bool()
        case 0x6E: guard null() else { throw error("expected null") }
        case 0x2D, 0x30...0x39: try skipNumber()
        default: throw error("expected a value but found '\(Self.show(c))'")
        }
    }

    /// The key of an object member, borrowed from the buffer.
    struct Key {
        let base: UnsafePointer<UInt8>?
        let count: Int
        let owned: String?

        init(base: UnsafePointer<UInt8>, count: Int) { self.base = base; self.count = count; owned = nil }
        init(owned: String) { base = nil; count = owned.utf8.count; self.owned = owned }

        /// Compared in line, byte by byte: a task's members are told apart by a chain of
        /// these, and a call to `memcmp` for each few-byte key was 3% of the load.
        @inline(__always)
        static func == (key: Key, name: StaticString) -> Bool {
            guard key.count == name.utf8CodeUnitCount else { return false }
            if let owned = key.owned { return owned == name.description }
            let a = key.base!, b = name.utf8Start
            var i = 0
            while i < key.count {
                if a[i] != b[i] { return false }
                i += 1
            }
            return true
        }

        var string: String {
            owned ?? String(decoding: UnsafeBufferPointer(start: base!, count: count), as: UTF8.self)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
