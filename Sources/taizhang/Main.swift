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

/// Bad input from the person or the documents: exit code 1.
struct InputError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
