import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file mapped read-only into memory.
///
/// Reading a 150 MB ledger into an array costs more in the kernel (zero-filling and copying
/// fresh pages) than decoding the part a command needs; a mapping shares the page cache's
/// pages. The mapping keeps the file it was opened on, so a snapshot renamed over it while
/// it is read does not change what this reader sees.
final class MappedFile {
    private let base: UnsafeMutableRawPointer?
    let count: Int

    /// Maps `path`; nil when it does not exist.
    init?(path: String) throws {
        guard let (fd, size) = try AtomicFile.openForReading(path) else { return nil }
        defer { close(fd) }
        count = size
        guard count > 0 else { base = nil; return }
        // Every command reads the whole file at least once (to find line starts): faulting all
        // pages in one call is cheaper than a fault per page group as they are touched.
        let p = mmap(nil, count, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
        guard let p, p != MAP_FAILED else { throw StoreError.io(file: path, message: "mmap: \(String(cString: strerror(errno)))") }
        base = p
    }

    deinit { if let base { munmap(base, count) } }

    func withUnsafeBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        if let base { return try body(UnsafeRawBufferPointer(start: base, count: count)) }
        return try [UInt8]().withUnsafeBytes(body)
    }
}
