import CSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a converter an office already uses (LibreOffice, pdftotext) as a child process with a
/// time limit: in its own process group (so that a stopped LibreOffice takes its helpers with
/// it), with an empty signal mask, its output in a file rather than a pipe (`tz_spawn`).
enum ExternalTool {
    struct Outcome {
        /// The exit status, or nil when the time limit stopped it.
        var status: Int32?
        /// What it wrote to stdout and stderr.
        var output: String
    }

    /// The full path of `name` on PATH, or nil when it is not installed.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(_ argv: [String], timeout: Double, workDirectory: String) -> Outcome {
        let log = workDirectory + "/tool-output.txt"
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        let pid = cArgs.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) { tz_spawn($0, log) }
        }
        guard pid > 0 else { return Outcome(status: 127, output: "cannot start \(argv[0])") }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var finished = false
        while Date() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { finished = true; break }
            usleep(20_000)
        }
        if !finished {
            kill(-pid, SIGTERM)
            usleep(500_000)
            kill(-pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return Outcome(status: finished ? exitStatus(status) : nil, output: output)
    }

    /// WEXITSTATUS, or 128 + the signal that ended it.
    private static func exitStatus(_ status: Int32) -> Int32 {
        status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// A private temporary folder, removed by `body`'s end.
    static func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
        var template = Array((NSTemporaryDirectory() + "/taizhang-convert-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw FormatError(String(cString: strerror(errno)))
        }
        let dir = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        return try body(dir)
    }
}

/// A document another tool had to read first could not be read; the message is in the user's
/// language and says what to do.
struct FormatError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }

    static var strings: Strings { Strings(Language.from(environment: ProcessInfo.processInfo.environment)) }
}
