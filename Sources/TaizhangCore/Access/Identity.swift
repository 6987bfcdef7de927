import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who is making a change: the login name of the process's real user id.
///
/// Not `$USER` or `$LOGNAME`, which anyone can set: on a shared server the history must say
/// who really did it. The real id, because a setgid or setuid install changes the effective
/// ids to the service's, never the real one (docs/shared-server.md).
public enum Identity {
    public static func login() -> String {
        let uid = getuid()
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid\(uid)"
    }
}
