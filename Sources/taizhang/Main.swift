import ArgumentParser
import CServerStart
import Foundation
import TaizhangCore

/// Exit codes are part of the contract with scripts: 0 success, 1 bad input (the message
/// names the file, line or field), 2 usage.
@main
enum Main {
    static func main() {
        // The environment was already cut to its allow-list if this is a setgid start
        // (CServerStart runs before main); the call keeps that code linked in.
        _ = tz_started_privileged()
        _ = DisplayWidth.width("")
        let arguments = Array(CommandLine.arguments.dropFirst())
        CLI.settleLanguage(arguments: arguments, environment: ProcessInfo.processInfo.environment)
        do {
            if let digest = loginDigest() { try digest.run(); exit(0) }
            let normalized = GlobalArguments.movedAfterSubcommand(arguments)
            var command = try leafCommand(normalized) ?? Taizhang.parseAsRoot(normalized)
            try command.run()
            exit(0)
        } catch let error as InputError {
            fail(error.message, status: 1)
        } catch let error where error is StoreError || error is EditError || error is AccessDenied
                                || error is ImportError || error is ConfigError || error is LoopError || error is RestoreError
                                || error is ServerSetupError || error is UserFileError || error is AccessFileError {
            fail(ErrorText(strings: CLI.strings).message(error), status: 1)
        } catch {
            // The parser's own messages and help, put into the reader's language.
            let code = Taizhang.exitCode(for: error)
            let text = ParserText(strings: CLI.strings).translate(Taizhang.fullMessage(for: error))
            if code == .success {
                print(text)
                exit(0)
            }
            FileHandle.standardError.write(Data((text + "\n").utf8))
            exit(code == ExitCode(1) ? 1 : 2)
        }
    }

    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data(("taizhang: " + message + "\n").utf8))
        exit(status)
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

/// The commands scripts and lists run most, parsed on their own: building the whole command
/// tree first cost 2 ms of every `list`. Anything they do not parse cleanly (`--help`, a
/// typo, a bad value) goes through the full parser, for the same help and errors.
private func leafCommand(_ args: [String]) -> ParsableCommand? {
    let leaves: [String: ParsableCommand.Type] = [
        "list": ListCommand.self, "show": ShowCommand.self, "set": SetCommand.self, "overdue": OverdueCommand.self,
        "report": ReportCommand.self, "calendar": CalendarCommand.self,
    ]
    guard let name = args.first, let leaf = leaves[name] else { return nil }
    return try? leaf.parse(Array(args.dropFirst()))
}

/// Bad input from the person or the documents: exit code 1.
struct InputError: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    /// What the argument parser prints when a command's `validate()` throws one.
    var description: String { message }
}

/// Lets the options every command takes come before the command's name as well as after it:
/// `taizhang --store X list` is read as `taizhang list --store X`.
enum GlobalArguments {
    static let withValue: Set<String> = ["--store", "--as-of", "--lang"]
    static let flags: Set<String> = ["--wide"]

    static func movedAfterSubcommand(_ args: [String]) -> [String] {
        var leading: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            let name = a.split(separator: "=", maxSplits: 1).first.map(String.init) ?? a
            guard withValue.contains(name) || flags.contains(a) else { break }
            leading.append(a)
            if withValue.contains(name), !a.contains("="), i + 1 < args.count { leading.append(args[i + 1]); i += 1 }
            i += 1
        }
        guard !leading.isEmpty, i < args.count, !args[i].hasPrefix("-") else { return args }
        // args[i] is the command (possibly with a subcommand, like `units merge`): keep its
        // words first, then the global options.
        var command = [args[i]]
        var j = i + 1
        if args[i] == "units", j < args.count, ["list", "merge", "unmerge"].contains(args[j]) { command.append(args[j]); j += 1 }
        return command + leading + Array(args[j...])
    }
}
