import Foundation

/// Who may change what, from `access.json` beside the ledger (docs/shared-server.md):
///
///     {"format": "taizhang-access", "version": 1,
///      "coordinators": ["wang"],
///      "officers": {"li": ["区市场监管局", "审批科"], "zhao": ["区财政局"]}}
///
/// Coordinators may do everything. An officer may change the status, notes and dates of tasks
/// where one of their units is responsible (lead, support or responsible, after merges).
/// With no access file, everyone may do everything: a single-user ledger.
public struct AccessPolicy: Sendable, Equatable {
    public var coordinators: Set<String>
    /// login → units
    public var officers: [String: [String]]
    /// False when there is no access file: no restrictions.
    public var enforced: Bool

    public static let open = AccessPolicy(coordinators: [], officers: [:], enforced: false)

    public init(coordinators: Set<String>, officers: [String: [String]], enforced: Bool = true) {
        self.coordinators = coordinators
        self.officers = officers
        self.enforced = enforced
    }

    /// The access file that belongs to a ledger: `access.json` in the same directory.
    public static func path(forStore store: String) -> String {
        let dir = (store as NSString).deletingLastPathComponent
        return (dir.isEmpty ? "." : dir) + "/access.json"
    }

    /// Reads the access file; `.open` when it does not exist. A file that cannot be read is an
    /// error (naming the file and what is wrong), never silently "no restrictions".
    public static func load(forStore store: String) throws -> AccessPolicy {
        let file = path(forStore: store)
        guard let bytes = try AtomicFile.read(file) else { return .open }
        return try decode(bytes, file: file)
    }

    /// The file as written: small and edited by hand, so it is read by `JSONDecoder`, strictly
    /// (valid JSON, the right types), and an error says where it is wrong.
    private struct File: Decodable {
        var format: String
        var version: Int?
        var coordinators: [String]?
        var officers: [String: [String]]?
    }

    static func decode(_ bytes: [UInt8], file: String) throws -> AccessPolicy {
        let decoded: File
        do {
            decoded = try DecodingProblem.decode(File.self, from: bytes)
        } catch {
            throw AccessFileError(file: file, detail: DecodingProblem.describe(error))
        }
        guard decoded.format == "taizhang-access" else {
            throw AccessFileError(file: file, detail: "not a Taizhang access file (\"format\" must be \"taizhang-access\")")
        }
        if let v = decoded.version, v > 1 {
            throw AccessFileError(file: file, detail: "access file version \(v) is newer than this program reads (1)")
        }
        return AccessPolicy(coordinators: Set(decoded.coordinators ?? []), officers: decoded.officers ?? [:])
    }

    /// The file's JSON, with names sorted so that diffs of it stay small.
    public func encoded() -> [UInt8] {
        var w = JSONWriter()
        w.raw("{\"format\":\"taizhang-access\",\"version\":1,\n \"coordinators\":")
        w.strings(coordinators.sorted())
        w.raw(",\n \"officers\":{")
        for (i, login) in officers.keys.sorted().enumerated() {
            w.raw(i == 0 ? "\n  " : ",\n  ")
            w.key(dynamic: login, first: true)
            w.strings(officers[login]!)
        }
        w.raw("\n }}\n")
        return w.bytes
    }

    /// Changes the access file under the store's lock. Only coordinators may, once the file
    /// exists; and a file must keep a coordinator, or nobody could change it again.
    public static func update(store: LedgerStore, by login: String, _ body: (inout AccessPolicy) throws -> Void) throws -> AccessPolicy {
        try store.exclusively {
            var policy = try load(forStore: store.path)
            try policy.checkCoordinator(login, doing: .changeAccess)
            var next = policy
            next.enforced = true
            try body(&next)
            guard !next.coordinators.isEmpty else {
                throw AccessDenied(login: login, reason: "the access file must name at least one coordinator")
            }
            try store.writeBeside(next.encoded(), to: path(forStore: store.path))
            policy = next
            return policy
        }
    }

    public func isCoordinator(_ login: String) -> Bool { !enforced || coordinators.contains(login) }

    /// The units a login answers for, as written in the access file.
    public func units(of login: String) -> [String] { officers[login] ?? [] }
}

/// The access file cannot be read: the message names it and what is wrong.
public struct AccessFileError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var detail: String
    public var description: String { "\(file): \(detail)" }
}

/// Why an edit was refused; the message names who, what and why.
public struct AccessDenied: Error, CustomStringConvertible, Equatable {
    /// Why, in words the strings table puts into either language.
    public enum Kind: Equatable, Sendable {
        case notListed(file: String)
        case notOwnTask(TaskID, units: [String])
        case coordinatorsOnly(field: String)
        case coordinatorsOnlyAction(CoordinatorAction)
    }

    public var login: String
    public var reason: String
    public var kind: Kind?
    public var description: String { "\(login) may not do this: \(reason)" }

    public init(login: String, reason: String, kind: Kind? = nil) {
        self.login = login
        self.reason = reason
        self.kind = kind
    }
}

extension AccessPolicy {
    /// Throws when `login` may not make `edit` in `ledger`. Officers may change status,
    /// notes, periods and due days of tasks one of their units is on, and report them, give
    /// evidence and ask for extensions; confirming, returning and deciding extensions are
    /// for coordinators (docs/loop.md); everything else
    /// (units, review marks, merges, fragments, imports) is for coordinators.
    public func check(_ edit: LedgerEdit, in ledger: Ledger, by login: String) throws {
        guard enforced, !coordinators.contains(login) else { return }
        guard let mine = officers[login], !mine.isEmpty else {
            throw AccessDenied(login: login, reason: "not in the access file (\(Self.fileName)); ask a coordinator",
                               kind: .notListed(file: Self.fileName))
        }
        switch edit {
        case .status(_, let status) where (status == .done || status == .reported) && ClosingLoop.isOn(self):
            // An officer's done is a report with evidence (ClosingLoop.edits makes it one).
            throw LoopError(.loopOfficerReports, login, edit.task!.rawValue)
        case .confirm, .returnTask, .extensionDecision:
            throw LoopError(.loopCoordinatorsOnly, login)
        case .deadline where ClosingLoop.isOn(self):
            // A later day is asked for (延期申请) and decided by a coordinator, never set alone.
            throw LoopError(.loopOfficerExtends, login, edit.task!.rawValue)
        case .status, .note, .retractNote, .deadline, .period, .evidence, .report, .extensionRequest:
            let id = edit.task!
            guard let task = ledger[id] else { return } // unknown tasks are refused by validation
            let own = Set(mine.map { ledger.canonicalUnit(UnitName.normalize($0)) })
            if task.units.contains(where: { own.contains(ledger.canonicalUnit($0.name)) }) { return }
            throw AccessDenied(login: login, reason: "\(id.rawValue) is not a task of \(mine.joined(separator: "、"))",
                               kind: .notOwnTask(id, units: mine))
        case .units, .reviewed, .alias, .fragmentResolved:
            throw AccessDenied(login: login, reason: "only coordinators may change \(edit.field)", kind: .coordinatorsOnly(field: edit.field))
        }
    }

    /// Imports, merges and other whole-ledger changes.
    public func checkCoordinator(_ login: String, doing action: CoordinatorAction) throws {
        guard enforced, !coordinators.contains(login) else { return }
        throw AccessDenied(login: login, reason: "only coordinators may \(action.rawValue)", kind: .coordinatorsOnlyAction(action))
    }

    static let fileName = "access.json"
}

/// Whole-ledger changes only coordinators make; the raw value is the English wording.
public enum CoordinatorAction: String, Sendable, Equatable {
    case importPlans = "import plans"
    case changeAccess = "change who may do what"
    case changeSettings = "change the ledger's settings (config.json)"
    case compact = "compact the ledger"
    case restore = "restore the ledger from a backup"
}
