import Foundation

/// Runs the `taizhang` executable as a user would, for end-to-end tests.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Reads a pipe to its end, going on after EINTR: tests in the same process raise signals
/// (SIGINT, SIGTERM) whose handlers interrupt reads, and FileHandle's reading then traps.
func readAll(_ fd: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = read(fd, &buffer, buffer.count)
        if n > 0 { data.append(contentsOf: buffer[0..<n]); continue }
        if n < 0 && errno == EINTR { continue }
        return data
    }
}

public enum CommandRunner {
    /// Runs `taizhang args…` with a fixed environment (no locale surprises, fixed clock unless given).
    @discardableResult
    public static func taizhang(_ args: [String], env extra: [String: String] = [:], stdin: String? = nil) -> CommandResult {
        run(TestPaths.binary, args, env: extra, stdin: stdin)
    }

    public static func run(_ executable: String, _ args: [String], env extra: [String: String] = [:], stdin: String? = nil) -> CommandResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        var env = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8", "COLUMNS": "120"]
        for (k, v) in extra { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try! p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a large output cannot block it.
        final class Box: @unchecked Sendable { var data = Data() }
        let outBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outBox.data = readAll(out.fileHandleForReading.fileDescriptor); group.leave() }
        let errData = readAll(err.fileHandleForReading.fileDescriptor)
        group.wait()
        let outData = outBox.data
        p.waitUntilExit()
        return CommandResult(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}
