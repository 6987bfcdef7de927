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
    /// error (naming the file and position), never silently "no restrictions".
    public static func load(forStore store: String) throws -> AccessPolicy {
        let file = path(forStore: store)
        guard let bytes = try AtomicFile.read(file) else { return .open }
        do {
            return try bytes.withUnsafeBytes { try decode($0) }
        } catch let e as JSONSyntaxError {
            throw bytes.withUnsafeBytes { StoreError.corrupt(file: file, bytes: $0, error: e) }
        }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer) throws -> AccessPolicy {
        var r = JSONReader(bytes)
        var format: String?
        var policy = AccessPolicy(coordinators: [], officers: [:])
        try r.object { r, k in
            if k == "format" { format = try r.string() }
            else if k == "coordinators" { policy.coordinators = Set(try ModelCodec.list(&r) { try $0.string() }) }
            else if k == "officers" {
                try r.object { r, login in policy.officers[login.string] = try ModelCodec.list(&r) { try $0.string() } }
            }
            else { try r.skip() }
        }
        guard format == "taizhang-access" else {
            throw JSONSyntaxError(offset: 0, message: "not a Taizhang access file (\"format\" must be \"taizhang-access\")")
        }
        return policy
    }

    public func isCoordinator(_ login: String) -> Bool { !enforced || coordinators.contains(login) }

    /// The units a login answers for, as written in the access file.
    public func units(of login: String) -> [String] { officers[login] ?? [] }
}
