#if canImport(Glibc)
import Glibc
#endif

/// Bytes written through a pointer into memory the buffer owns, grown with `realloc`.
///
/// JSON lists and tables are tens of thousands of small writes (a key, a quote, a cell).
/// `[UInt8].append` checks uniqueness and capacity and goes through a generic copy for each;
/// that was a seventh of `list --format json` (docs/DECISIONS.md, 2026-12-01). Not
/// copyable, so that no two values ever write to the same memory.
public struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    public private(set) var count = 0
    private var capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    public var isEmpty: Bool { count == 0 }
    public var last: UInt8? { count > 0 ? base[count - 1] : nil }

    @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if count == capacity { grow(1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count { grow(bytes.count) }
        (base + count).update(from: start.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(UnsafeRawBufferPointer(bytes)) }

    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// `,"name":` (the comma when `comma`): a JSON key written with one capacity check.
    @inline(__always)
    mutating func appendKey(_ name: UnsafePointer<UInt8>, count n: Int, comma: Bool) {
        if capacity - count < n + 4 { grow(n + 4) }
        var at = base + count
        if comma { at.pointee = 0x2C; at += 1 }
        at.pointee = 0x22
        (at + 1).update(from: name, count: n)
        (at + 1 + n).pointee = 0x22
        (at + 2 + n).pointee = 0x3A
        count = at + 3 + n - base
    }

    public mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }

    /// The UTF-8 of `text`, copied at once when it is contiguous (native strings are).
    public mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    public mutating func append(repeating byte: UInt8, count n: Int) {
        guard n > 0 else { return }
        if capacity - count < n { grow(n) }
        (base + count).update(repeating: byte, count: n)
        count += n
    }

    public mutating func removeLast() {
        precondition(count > 0, "removeLast on an empty ByteBuffer")
        count -= 1
    }

    /// Empties the buffer and keeps its memory, for the next round of the same work.
    public mutating func removeAll() { count = 0 }

    public func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// A copy of the bytes.
    public var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    @inline(never)
    private mutating func grow(_ needed: Int) {
        capacity = max(capacity * 2, count + needed)
        base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
    }
}
