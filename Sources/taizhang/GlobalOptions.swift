import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import TaizhangCore

/// Options every command takes: where the ledger is, the day to view it as of, the language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: CLI.help(.helpStore))
    var store: String?

    @Option(name: .customLong("as-of"), help: CLI.help(.helpAsOf))
    var asOf: String?

    @Option(name: .long, help: CLI.help(.helpLang))
    var lang: String?

    @Flag(name: .long, help: CLI.help(.helpWide))
    var wide = false

    func context() throws -> CLIContext {
        let env = ProcessInfo.processInfo.environment
        // Tables measure ambiguous characters as the terminal draws them, when told.
        if let width = AmbiguousWidth.forced(by: env) { AmbiguousWidth.apply(width, ascii: false) }
        let path = try Self.checkedStorePath(option: store, environment: env)
        let config = try LedgerConfig.load(forStore: path)
        if let lang, Language(rawValue: lang.lowercased()) == nil { throw ValidationError(CLI.strings(.langInvalid, lang)) }
        let strings = Strings(Language.resolve(option: lang, environment: env, config: config))
        let today: Day
        if let text = asOf ?? env["TAIZHANG_TODAY"] {
            guard let d = TypedDay.parse(text, year: Timestamp.now(environment: env).localDay.year) else {
                throw ValidationError(strings(.asOfInvalid, text))
            }
            today = d
        } else {
            today = Timestamp.now(environment: env).localDay
        }
        return CLIContext(store: LedgerStore(path: path), today: today, strings: strings, actor: Identity.login(),
                          policy: try AccessPolicy.load(forStore: path), config: config, wide: wide)
    }

    /// The ledger file: `--store`, else $TAIZHANG_STORE, else $XDG_DATA_HOME/taizhang/ledger.json.
    /// With the service group's rights (a setgid install), only a ledger the server's
    /// configuration lists: the one asked for when listed, else the first (`checkedStorePath`
    /// refuses the others before any command runs).
    static func storePath(option: String?, environment env: [String: String]) -> String {
        if ServiceRights.active {
            let conf = ServerConfig.locate(), s = Strings(Language.from(environment: env))
            let config = try? ServerConfig.load(conf, strings: s)
            return (try? config?.resolve(option ?? env["TAIZHANG_STORE"], conf: conf, strings: s))
                ?? config?.stores.first?.path ?? ServerConfig.systemPath
        }
        return option ?? env["TAIZHANG_STORE"] ?? {
            let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/share")
            return base + "/taizhang/ledger.json"
        }()
    }

    /// The ledger to work on, refusing, with the service group's rights, one the configuration
    /// does not list or whose directory others could reach.
    static func checkedStorePath(option: String?, environment env: [String: String]) throws -> String {
        guard ServiceRights.active else { return storePath(option: option, environment: env) }
        let s = Strings(Language.from(environment: env))
        let conf = ServerConfig.locate()
        let path = try ServerConfig.load(conf, strings: s).resolve(option ?? env["TAIZHANG_STORE"], conf: conf, strings: s)
        try ServiceRights.checkDirectory(of: path, strings: s)
        return path
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
    /// The ledger's settings (config.json beside the store); the defaults when there is none.
    let config: LedgerConfig
    /// Tables with one line per row (`--wide`), for scripts and wide windows.
    var wide = false

    var warningRules: WarningRules { WarningRules(config) }

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

    /// The terminal's width for tables: the tty's, else $COLUMNS, else 80 (output piped to
    /// mail or a file is read in a terminal of its own, most often 80 wide).
    var terminalWidth: Int {
        var ws = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0 { return Int(ws.ws_col) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return c }
        return 80
    }

    /// What the renderers of tables, notices and exports need, for this ledger.
    func output(_ ledger: Ledger) -> OutputContext {
        OutputContext(ledger: ledger, strings: strings, today: today, width: terminalWidth, wide: wide)
    }

    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes the bytes as they are, without copying them into a `Data` first.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes(write)
    }

    func write(_ buffer: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 { if errno == EINTR { continue }; return }
            offset += n
        }
    }

    func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Checks that a unit option names a unit of the ledger (by name, alias, part of a name or
    /// pinyin initials); else the error lists the closest names, rather than an empty list
    /// that reads as "nothing overdue".
    func checkUnit(_ raw: String?, in ledger: Ledger) throws {
        guard let raw, !ledger.tasks.isEmpty, !UnitMatcher.isNamed(raw, in: ledger),
              UnitMatcher(ledger: ledger, query: raw).isEmpty else { return }
        let close = UnitSuggestions.closest(to: raw, in: ledger)
        throw InputError(close.isEmpty ? strings(.unitUnknown, raw) : strings(.unitUnknownSuggest, raw, close.joined(separator: "、")))
    }

    func task(_ raw: String, in ledger: Ledger) throws -> LedgerTask {
        guard let t = ledger[TaskID(raw)] ?? ledger[TaskID(typed: raw)] else {
            throw InputError(strings(.noSuchTask, raw))
        }
        return t
    }
}

/// Accepts status names as stored or as people type them.
extension TaskStatus: ExpressibleByArgument {
    public init?(argument: String) { self.init(lenient: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension WarningLevel: ExpressibleByArgument {}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Formats of the coordinators' reports: for the terminal, for mail, for spreadsheets, for scripts.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, md, csv, json, docx, xlsx
}

extension CLIContext {
    /// Commits edits, turning a loop rule's refusal into a message in the person's language.
    @discardableResult
    func commitLocalized(_ body: () throws -> CommitReport) throws -> CommitReport {
        do { return try body() } catch let e as LoopError { throw InputError(e.message(strings)) }
    }

    /// Writes a binary document to `out` (atomically), or refuses when there is none.
    func writeFile(_ data: Data, to out: String?, what: String) throws {
        guard let out else { throw InputError(strings(.documentNeedsFile, what)) }
        // As the person running it, never with the service group's rights.
        try UserFiles.write([UInt8](data), to: out, strings: strings)
        err(strings(.documentWritten, out))
    }
}

/// Holds loaded ledgers (and what a command built from them) until the process exits: a
/// command ends right after its output, and freeing 100,000 tasks one by one costs a tenth
/// of a second that nobody needs.
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [Any] = []
    static func keep(_ value: Any) { kept.append(value) }
}
