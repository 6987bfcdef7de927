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
