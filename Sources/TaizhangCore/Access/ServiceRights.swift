import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The shared server's rights: `taizhang` installed setgid to a service group that owns the
/// ledger's directory, and that no person is in (docs/shared-server.md). The program then holds
/// the group's rights while it works on the ledger, and only then; a personal ledger (no setgid
/// install) runs exactly as before.
///
/// Why the group's rights are enough: the directory is `root:GROUP` mode 2770, so nobody
/// outside the group can even reach the files in it — whoever created them. Only this program,
/// through its checks (`AccessPolicy`), can.
public enum ServiceRights {
    /// True when the process runs with effective ids other than its real ones (setgid).
    public static var active: Bool { getegid() != getgid() || geteuid() != getuid() }

    /// Runs `body` with the user's own rights: files a person names (a plan to import, an
    /// export's output) are opened as that person, never as the service group, so the program
    /// cannot be used to read or write what its user could not.
    public static func asUser<T>(_ body: () throws -> T) throws -> T {
        guard active else { return try body() }
        let service = getegid()
        guard setegid(getgid()) == 0 else { throw StoreError.io(file: "setegid", message: String(cString: strerror(errno))) }
        defer { _ = setegid(service) }
        return try body()
    }

    /// Refuses a store directory that others could reach, or that the service group does not own.
    public static func checkDirectory(of store: String, strings s: Strings) throws {
        let dir = (store as NSString).deletingLastPathComponent
        var st = stat()
        let group = groupName(getegid())
        guard lstat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_gid == getegid(), st.st_mode & 0o007 == 0 else {
            throw ServerSetupError(message: s(.serverDirInsecure, dir, group))
        }
    }

    static func groupName(_ gid: gid_t) -> String {
        if let g = getgrgid(gid), let name = g.pointee.gr_name { return String(cString: name) }
        return "gid \(gid)"
    }
}

/// The shared server is set up in a way that is not safe: the message says what to fix.
public struct ServerSetupError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A file a person named (to import, or to write an export to) that they cannot reach with
/// their own rights.
public struct UserFileError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Reading and writing the files people name, always with their own rights.
public enum UserFiles {
    public static func read(_ path: String, strings s: Strings) throws -> [UInt8] {
        try ServiceRights.asUser {
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard fd >= 0 else { throw UserFileError(message: s(.serverUserRead, path, String(cString: strerror(errno)))) }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
                throw UserFileError(message: s(.serverUserRead, path, String(cString: strerror(EINVAL))))
            }
            return try AtomicFile.readAll(fd, size: Int(st.st_size), file: path)
        }
    }

    /// Replaces `path` atomically (a temporary file beside it, renamed over it), as the user;
    /// a device or pipe (`/dev/stdout`, a FIFO) is written as it is.
    public static func write(_ bytes: [UInt8], to path: String, strings s: Strings) throws {
        try ServiceRights.asUser {
            func fail() -> UserFileError { UserFileError(message: s(.serverUserWrite, path, String(cString: strerror(errno)))) }
            var st = stat()
            if stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG, (st.st_mode & S_IFMT) != S_IFDIR {
                let fd = open(path, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw fail() }
                defer { close(fd) }
                return try AtomicFile.writeAll(fd, bytes, file: path)
            }
            let tmp = path + ".tmp-\(getpid())"
            let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o666)
            guard fd >= 0 else { throw fail() }
            do {
                try AtomicFile.writeAll(fd, bytes, file: path)
                guard fsync(fd) == 0 else { throw fail() }
                close(fd)
            } catch { close(fd); unlink(tmp); throw error }
            guard rename(tmp, path) == 0 else { let e = fail(); unlink(tmp); throw e }
        }
    }
}
