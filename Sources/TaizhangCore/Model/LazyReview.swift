#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A task's review marks (`review`) as they sit in the mapped snapshot, decoded on first use.
///
/// Lists only ask whether a task has any (`needsReview`), which a mark read lazily answers
/// without decoding: reading every mark's message was a twelfth of loading the seeds ×100
/// ledger (24,900 marks). Like `TaskDetails`, nothing checked them at load, so a damaged
/// one shows as `problem`, and `Ledger.detailProblems` refuses to write over it.
final class LazyReview: @unchecked Sendable {
    let bytes: SnapshotBytes
    /// The array, brackets included: never `[]` (an empty array is kept as no marks).
    let range: Range<Int>
    private let decoded = Mutex<(flags: [ReviewFlag], problem: JSONSyntaxError?)?>(nil)

    init(bytes: SnapshotBytes, range: Range<Int>) {
        self.bytes = bytes
        self.range = range
    }

    /// Whether the marks have been decoded yet.
    var isDecoded: Bool { decoded.withLock { $0 != nil } }

    var flags: [ReviewFlag] { read().flags }
    var problem: JSONSyntaxError? { read().problem }

    /// The marks read for one use and not kept (unless they were before): a JSON list
    /// writes half the tasks' marks once each, and keeping them all cost memory and faults.
    var flagsOnce: [ReviewFlag] {
        if let cached = decoded.withLock({ $0 }) { return cached.flags }
        return decode().flags
    }

    private func read() -> (flags: [ReviewFlag], problem: JSONSyntaxError?) {
        decoded.withLock { cached in
            if let cached { return cached }
            let v = decode()
            cached = v
            return v
        }
    }

    private func decode() -> (flags: [ReviewFlag], problem: JSONSyntaxError?) {
        bytes.file.withUnsafeBytes { buf -> (flags: [ReviewFlag], problem: JSONSyntaxError?) in
            var r = JSONReader(buf, from: range.lowerBound, to: range.upperBound, depth: 3)
            do {
                return (try ModelCodec.list(&r) { try ModelCodec.readFlag(&$0) }, nil)
            } catch let e as JSONSyntaxError {
                return ([], e)
            } catch {
                return ([], JSONSyntaxError(offset: range.lowerBound, message: "\(error)"))
            }
        }
    }

    /// The array's bytes, to write it back unchanged.
    func raw() -> [UInt8] { bytes.file.withUnsafeBytes { Array($0[range]) } }
}

extension LazyReview {
    /// The array's bytes when they are exactly what a JSON list writes for the marks they
    /// spell (`{"kind":…,"message":…}` each, no spaces, known kinds, canonical messages):
    /// the list copies them instead of decoding every message to write it again, a sixteenth
    /// of `list --format json` (docs/DECISIONS.md, 2026-12-01). Nil otherwise.
    func withVerbatim<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R? {
        bytes.file.withUnsafeBytes { buf in
            let array = UnsafeRawBufferPointer(rebasing: buf[range])
            return Self.isVerbatim(array) ? body(array) : nil
        }
    }

    private static let kindStart = Array(#"{"kind":""#.utf8), messageStart = Array(#"","message":""#.utf8), markEnd = Array(#""}"#.utf8)

    /// Whether `array` is `[`, marks as the writer writes them separated by `,`, and `]`.
    static func isVerbatim(_ array: UnsafeRawBufferPointer) -> Bool {
        guard array.count >= 2, let base = array.baseAddress?.assumingMemoryBound(to: UInt8.self), base[0] == 0x5B else { return false }
        let end = array.count
        var i = 1
        func literal(_ bytes: [UInt8]) -> Bool {
            guard i + bytes.count <= end, memcmp(base + i, bytes, bytes.count) == 0 else { return false }
            i += bytes.count
            return true
        }
        /// The bytes up to the string's closing quote, escapes stepped over, runs skipped
        /// sixteen bytes at a time.
        func untilQuote() -> Range<Int>? {
            var j = i, high: UInt8 = 0
            while true {
                j = ByteScan.plainStringRun(base, from: j, to: end, high: &high)
                guard j < end else { return nil }
                if base[j] == 0x22 { break }
                j += base[j] == 0x5C ? 2 : 1
            }
            defer { i = j }
            return i..<j
        }
        repeat {
            guard literal(kindStart), let kind = untilQuote(),
                  ReviewFlag.Kind.words.value(UnsafeBufferPointer(start: base + kind.lowerBound, count: kind.count)) != nil,
                  literal(messageStart), let message = untilQuote(),
                  ByteScan.isCanonicalJSONString(UnsafeRawBufferPointer(rebasing: array[message])),
                  literal(markEnd), i < end else { return false }
            i += 1
            if base[i - 1] == 0x5D { return i == end }
        } while base[i - 1] == 0x2C
        return false
    }
}
