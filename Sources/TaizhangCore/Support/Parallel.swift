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

extension Parallel {
    /// Renders items `0..<count` as bytes, in order, and hands them to `emit` piece by piece.
    ///
    /// The items go a round of `round` at a time, each round split between the cores, and
    /// every core keeps its buffer from round to round. A list of any length then costs the
    /// memory of one round: rendering 19 MB of JSON into buffers as large as the output took
    /// a fifth of `list --format json` in page faults and in copies made as they grew.
    public static func render(count: Int, round: Int = 4096, minimumChunk: Int = 512,
                              _ body: (Range<Int>, inout ByteBuffer) -> Void,
                              emit: (UnsafeRawBufferPointer) -> Void) {
        let buffers = UnsafeMutablePointer<ByteBuffer>.allocate(capacity: cores)
        for c in 0..<cores { (buffers + c).initialize(to: ByteBuffer()) }
        defer { buffers.deinitialize(count: cores); buffers.deallocate() }
        var start = 0
        repeat {
            let end = min(count, start + round)
            let chunks = Self.chunks(end - start, minimumChunk: minimumChunk).map { ($0.lowerBound + start)..<($0.upperBound + start) }
            if chunks.count == 1 {
                buffers[0].removeAll()
                body(chunks[0], &buffers[0])
            } else {
                withoutActuallyEscaping(body) { body in
                    let body = UnsafeSendable(body), out = UnsafeSendable(buffers)
                    DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                        out.value[c].removeAll()
                        body.value(chunks[c], &out.value[c])
                    }
                }
            }
            for c in chunks.indices { buffers[c].withBytes(emit) }
            start = end
        } while start < count
    }
}

/// A value handed to `concurrentPerform` workers that write disjoint parts of it.
struct UnsafeSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
