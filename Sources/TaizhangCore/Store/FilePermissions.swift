import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps a shared ledger readable and writable by the group that shares it.
///
/// A save replaces the ledger by renaming a new file over it, and a new file belongs to
/// whoever created it with their umask: without care the last person to save would lock
/// the others out. So new files copy the mode and group of the file they replace, and in a
/// setgid directory (the shared-server set-up) new files are made group-writable.
struct FilePermissions {
    let directory: String
    private let groupShared: Bool
    private let directoryGroup: gid_t

    init(directory: String) {
        self.directory = directory
        var st = stat()
        if stat(directory, &st) == 0 {
            groupShared = (st.st_mode & S_ISGID) != 0
            directoryGroup = st.st_gid
        } else {
            groupShared = false
            directoryGroup = 0
        }
    }

    /// Gives a file this process just created the mode and group it should have.
    /// `template` is the file it replaces, when there is one.
    func apply(toNew fd: Int32, template: String? = nil) {
        var st = stat()
        if let template, lstat(template, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
            _ = fchown(fd, uid_t.max, st.st_gid) // keep the group (allowed when we are a member)
            _ = fchmod(fd, st.st_mode & 0o7777)
            return
        }
        guard groupShared else { return }
        var own = stat()
        guard fstat(fd, &own) == 0, own.st_uid == geteuid() else { return }
        _ = fchown(fd, uid_t.max, directoryGroup)
        _ = fchmod(fd, (own.st_mode & 0o7777) | S_IRGRP | S_IWGRP)
    }
}
