import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock on the store's lock file (`flock`).
///
/// The kernel drops an `flock` when its process dies, however it dies (SIGKILL, a dropped
/// SSH connection), so a crashed writer can never leave the ledger locked.
final class FileLock {
    enum Mode { case shared, exclusive }

    private let fd: Int32
    let path: String

    /// Opens (creating) the lock file; it is never replaced, so every process locks the same inode.
    init(path: String, permissions: FilePermissions) throws {
        self.path = path
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o666)
        if fd < 0 && (errno == EACCES || errno == EROFS) { fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW) }
        if fd < 0 && errno == ELOOP { throw StoreError.notRegular(file: path) }
        guard fd >= 0 else { throw StoreError.io(file: path, message: String(cString: strerror(errno))) }
        self.fd = fd
        permissions.apply(toNew: fd)
    }

    deinit { close(fd) }

    /// Blocks until the lock is held, waiting at most `timeout` seconds; `cancelled` is asked
    /// between tries, and true gives up the wait (`StoreError.cancelled`).
    func lock(_ mode: Mode, timeout: Double = 30, cancelled: (() -> Bool)? = nil) throws {
        let op = mode == .shared ? LOCK_SH : LOCK_EX
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 200
        while true {
            if flock(fd, op | LOCK_NB) == 0 { return }
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw StoreError.io(file: path, message: String(cString: strerror(errno)))
            }
            guard Date() < deadline else { throw StoreError.locked(file: path) }
            usleep(pause)
            pause = min(pause * 2, 20_000)
            // Asked after each pause, before trying again: a wait given up never takes the lock.
            if cancelled?() == true { throw StoreError.cancelled(file: path) }
        }
    }

    func unlock() { flock(fd, LOCK_UN) }

    func withLock<T>(_ mode: Mode, timeout: Double = 30, cancelled: (() -> Bool)? = nil, _ body: () throws -> T) throws -> T {
        try lock(mode, timeout: timeout, cancelled: cancelled)
        defer { unlock() }
        return try body()
    }
}
