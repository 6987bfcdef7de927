import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a reader (or a crash) sees the old or the new content, never a mix:
/// write a temporary file beside it, fsync, rename over the target, fsync the directory.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String, permissions: FilePermissions,
                      beforeRename: () throws -> Void = {}) throws {
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw StoreError.io(file: path, message: "cannot create \(tmp): \(String(cString: strerror(errno)))") }
        var ok = false
        defer {
            if !ok { close(fd); unlink(tmp) }
        }
        permissions.apply(toNew: fd, template: path)
        try writeAll(fd, bytes, file: path)
        guard fsync(fd) == 0 else { throw StoreError.io(file: path, message: "fsync: \(String(cString: strerror(errno)))") }
        close(fd)
        ok = true
        do { try beforeRename() } catch { unlink(tmp); throw error }
        guard rename(tmp, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(tmp)
            throw StoreError.io(file: path, message: "rename: \(message)")
        }
        syncDirectory(of: path)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], file: String) throws {
        try bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + off, buf.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    let reason = errno == ENOSPC ? "the disk is full" : String(cString: strerror(errno))
                    throw StoreError.io(file: file, message: "write failed: \(reason); the ledger was not changed")
                }
                off += n
            }
        }
    }

    static func syncDirectory(of path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        let dfd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    /// Opens a file to read it whole: its descriptor (the caller closes it) and its size; nil
    /// when it does not exist.
    ///
    /// The store's files are never followed through a symbolic link (`O_NOFOLLOW`) and must be
    /// regular files: a link put in their place cannot make the program read, or later
    /// replace, a file its user could not reach (docs/shared-server.md).
    static func openForReading(_ path: String) throws -> (fd: Int32, size: Int)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw StoreError.notRegular(file: path) }
            throw StoreError.io(file: path, message: String(cString: strerror(errno)))
        }
        var st = stat()
        fstat(fd, &st)
        guard (st.st_mode & S_IFMT) == S_IFREG else { close(fd); throw StoreError.notRegular(file: path) }
        return (fd, Int(st.st_size))
    }

    /// Reads a whole file, or what follows `offset` in it (at most `limit` bytes); nil when
    /// it does not exist.
    static func read(_ path: String, from offset: Int = 0, limit: Int = .max) throws -> [UInt8]? {
        guard let (fd, size) = try openForReading(path) else { return nil }
        defer { close(fd) }
        return try readAll(fd, size: min(limit, max(0, size - offset)), from: offset, file: path)
    }

    /// Reads `size` bytes from `offset` of an open file (fewer if it is shorter).
    static func readAll(_ fd: Int32, size: Int, from offset: Int = 0, file: String) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        var off = 0
        try bytes.withUnsafeMutableBytes { buf in
            while off < buf.count {
                let n = pread(fd, buf.baseAddress! + off, buf.count - off, off_t(offset + off))
                if n < 0 { if errno == EINTR { continue }; throw StoreError.io(file: file, message: String(cString: strerror(errno))) }
                if n == 0 { break }
                off += n
            }
        }
        if off < bytes.count { bytes.removeLast(bytes.count - off) }
        return bytes
    }
}
