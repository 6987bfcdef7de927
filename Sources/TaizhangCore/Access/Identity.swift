import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who is making a change: the login name the operating system gives the process.
///
/// Not `$USER` or `$LOGNAME`, which anyone can set: on a shared server the history must say
/// who really did it.
public enum Identity {
    public static func login() -> String {
        let uid = geteuid()
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid\(uid)"
    }
}
