import ArgumentParser
import Foundation
import TaizhangCore

/// Exit codes are part of the contract with scripts: 0 success, 1 bad input (the message
/// names the file, line or field), 2 usage.
@main
enum Main {
    static func main() {
        _ = DisplayWidth.width("")
        do {
            if let digest = loginDigest() { try digest.run(); exit(0) }
            var command = try Taizhang.parseAsRoot()
            try command.run()
            exit(0)
        } catch let error as InputError {
            FileHandle.standardError.write(Data(("taizhang: " + error.message + "\n").utf8))
            exit(1)
        } catch let error as StoreError {
            FileHandle.standardError.write(Data(("taizhang: \(error)\n").utf8))
            exit(1)
        } catch let error as EditError {
            FileHandle.standardError.write(Data(("taizhang: \(error)\n").utf8))
            exit(1)
        } catch let error as AccessDenied {
            FileHandle.standardError.write(Data(("taizhang: \(error); nothing was changed\n").utf8))
            exit(1)
        } catch let error as ImportError {
            FileHandle.standardError.write(Data(("taizhang: \(error)\n").utf8))
            exit(1)
        } catch {
            let code = Taizhang.exitCode(for: error)
            if code == .success {
                print(Taizhang.fullMessage(for: error))
                exit(0)
            }
            FileHandle.standardError.write(Data((Taizhang.fullMessage(for: error) + "\n").utf8))
            exit(code == ExitCode(1) ? 1 : 2)
        }
    }
}

/// `taizhang digest` runs at every SSH login. Parsed on its own it skips building the whole
/// command tree, which is most of its time (49 → 32 ms in a debug build). Anything it cannot
/// parse (`--help`, a typo) goes through the full parser, for the same help and errors.
private func loginDigest() -> DigestCommand? {
    let args = CommandLine.arguments
    guard args.count > 1, args[1] == "digest" else { return nil }
    return try? DigestCommand.parse(Array(args.dropFirst(2)))
}

/// Bad input from the person or the documents: exit code 1.
struct InputError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
