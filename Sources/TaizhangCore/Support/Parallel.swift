import Foundation

/// Work over a ledger's tasks split into one contiguous chunk per core.
///
/// The machines are small (two cores) and shared, so chunks are few and large: one per core,
/// and none at all below `minimumChunk` items, where starting threads costs more than it saves.
public enum Parallel {
    static let cores: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Ranges covering `0..<count`, one per core (a single empty range for nothing).
    public static func chunks(_ count: Int, minimumChunk: Int = 2000) -> [Range<Int>] {
        let parts = max(1, min(cores, count / max(1, minimumChunk)))
        let size = (count + parts - 1) / parts
        let ranges = (0..<parts).map { c in (c * size)..<min(count, (c + 1) * size) }.filter { !$0.isEmpty }
        return ranges.isEmpty ? [0..<0] : ranges
    }

    /// `body` applied to each chunk on its own thread; the results in chunk order.
    public static func map<T>(_ chunks: [Range<Int>], _ body: (Range<Int>) -> T) -> [T] {
        if chunks.count == 1 { return [body(chunks[0])] }
        var results = [T?](repeating: nil, count: chunks.count)
        withoutActuallyEscaping(body) { body in
            let body = UnsafeSendable(body)
            results.withUnsafeMutableBufferPointer { out in
                let out = UnsafeSendable(out)
                DispatchQueue.concurrentPerform(iterations: chunks.count) { c in out.value[c] = body.value(chunks[c]) }
            }
        }
        return results.map { $0! }
    }
}

/// A value handed to `concurrentPerform` workers that write disjoint parts of it.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
