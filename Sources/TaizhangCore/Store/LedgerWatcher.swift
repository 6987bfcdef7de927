import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells an open screen when another process changed the ledger, without polling the disk.
///
/// Watches the store's directory with inotify for writes to the journal and for a snapshot
/// renamed into place; the screen adds `fileDescriptor` to what its event loop waits on, and
/// calls `drain()` then `LedgerStore.refresh` when it becomes readable.
public final class LedgerWatcher {
    public let fileDescriptor: Int32
    private let names: Set<String>

    /// Nil when inotify is unavailable (the screen then refreshes on a timer instead).
    public init?(store: LedgerStore) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_CREATE)
        guard inotify_add_watch(fd, store.directory, mask) >= 0 else { close(fd); return nil }
        fileDescriptor = fd
        let base = (store.path as NSString).lastPathComponent
        names = [base, base + ".journal"]
    }

    deinit { close(fileDescriptor) }

    /// Reads the pending events; true when one concerned the ledger's files (not the lock,
    /// not temporary files, not other files in the directory).
    @discardableResult
    public func drain() -> Bool {
        var relevant = false
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            var offset = 0
            buffer.withUnsafeBytes { raw in
                while offset + MemoryLayout<inotify_event>.size <= n {
                    let len = Int(raw.load(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    if len > 0 {
                        let nameBytes = raw[nameStart..<(nameStart + len)].prefix { $0 != 0 }
                        if names.contains(String(decoding: nameBytes, as: UTF8.self)) { relevant = true }
                    }
                    offset = nameStart + len
                }
            }
        }
        return relevant
    }
}
