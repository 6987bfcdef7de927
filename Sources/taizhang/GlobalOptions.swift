import ArgumentParser
import Foundation
import TaizhangCore

/// Options every command takes: where the ledger is, the day to view it as of, the language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The ledger file (else $TAIZHANG_STORE, else $XDG_DATA_HOME/taizhang/ledger.json).")
    var store: String?

    @Option(name: .customLong("as-of"), help: "View the ledger as of this day, YYYY-MM-DD (else $TAIZHANG_TODAY, else today).")
    var asOf: String?

    @Option(name: .long, help: "Interface language: zh or en (else from the locale).")
    var lang: String?

    func context() throws -> CLIContext {
        let env = ProcessInfo.processInfo.environment
        let path = try storePath(env)
        let today: Day
        if let text = asOf ?? env["TAIZHANG_TODAY"] {
            guard let d = Day(iso: text) else {
                throw ValidationError("--as-of: expected a date YYYY-MM-DD, got \"\(text)\"")
            }
            today = d
        } else {
            today = Timestamp.now(environment: env).localDay
        }
        let language: Language
        if let lang {
            guard let l = Language(rawValue: lang) else { throw ValidationError("--lang: expected zh or en, got \"\(lang)\"") }
            language = l
        } else {
            language = Language.from(environment: env)
        }
        return CLIContext(store: LedgerStore(path: path), today: today, strings: Strings(language), actor: Identity.login(),
                          policy: try AccessPolicy.load(forStore: path))
    }

    /// The ledger to work on. With the service group's rights (a setgid install) it can only be
    /// one that the server's configuration lists, in a directory closed to everyone else.
    private func storePath(_ env: [String: String]) throws -> String {
        let requested = store ?? env["TAIZHANG_STORE"]
        if ServiceRights.active {
            let s = Strings(Language.from(environment: env))
            let conf = ServerConfig.locate()
            let path = try ServerConfig.load(conf, strings: s).resolve(requested, conf: conf, strings: s)
            try ServiceRights.checkDirectory(of: path, strings: s)
            return path
        }
        return requested ?? {
            let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/share")
            return base + "/taizhang/ledger.json"
        }()
    }
}

/// What a command runs with, resolved once from options and environment.
struct CLIContext {
    let store: LedgerStore
    let today: Day
    let strings: Strings
    let actor: String
    /// Who may change what (access.json beside the store); open when there is no such file.
    let policy: AccessPolicy

    /// Checks each edit against the access file inside the commit, on the up-to-date ledger.
    var authorize: (Ledger, LedgerEdit) throws -> Void {
        let policy = self.policy, actor = self.actor
        return { ledger, edit in try policy.check(edit, in: ledger, by: actor) }
    }

    /// Loads the ledger; a missing store is an empty ledger for reading commands.
    func load(only: Set<TaskID>? = nil) throws -> Ledger {
        try loaded(only: only).ledger
    }

    /// The ledger with the head of its journal's chain (nil for a store without one yet).
    func loaded(only: Set<TaskID>? = nil) throws -> (ledger: Ledger, head: ChainHead?) {
        guard store.exists else { return (Ledger(), nil) }
        let loaded = try store.load(only: only)
        ProcessLifetime.keep(loaded.ledger)
        return (loaded.ledger, loaded.head.hash.isEmpty ? nil : loaded.head)
    }

    /// The chain's head as the last line of a printed report or notice.
    func headLine(_ head: ChainHead?, markdown: Bool) -> String {
        guard let head else { return "" }
        return (markdown ? "\n" : "") + head.line(strings) + "\n"
    }

    /// The terminal's width for tables: the tty's, else $COLUMNS, else 100.
    var terminalWidth: Int {
        var ws = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
        return 100
    }

    /// What the renderers of tables, notices and exports need, for this ledger.
    func output(_ ledger: Ledger) -> OutputContext {
        OutputContext(ledger: ledger, strings: strings, today: today, width: terminalWidth)
    }

    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    func task(_ raw: String, in ledger: Ledger) throws -> LedgerTask {
        guard let t = ledger[TaskID(raw)] ?? ledger[TaskID(typed: raw)] else {
            throw InputError("no task \(raw) (ids look like HD21-3; see taizhang list)")
        }
        return t
    }
}

/// Accepts status names as stored or as people type them.
extension TaskStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(lenient: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Formats of the coordinators' reports: for the terminal, for mail, for spreadsheets, for scripts.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, md, csv, json
}

/// Holds loaded ledgers until the process exits: a command ends right after its output,
/// and freeing 100,000 tasks one by one costs a tenth of a second that nobody needs.
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [Ledger] = []
    static func keep(_ ledger: Ledger) { kept.append(ledger) }
}
