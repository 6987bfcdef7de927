import Foundation
import TestSupport

/// A temporary store with the five seed plans imported, at the fixed day the checks use.
final class SeedLedger {
    let dir = TempDir("cli")
    var store: String { dir.file("ledger.json") }
    static let asOf = "2021-10-15"

    var env: [String: String] {
        ["TAIZHANG_STORE": store, "TAIZHANG_TODAY": Self.asOf, "TAIZHANG_NOW": "2021-10-15T02:00:00Z"]
    }

    init(seeds: [String] = TestPaths.allSeeds) {
        let r = CommandRunner.taizhang(["import"] + seeds, env: env)
        precondition(r.status == 0, "import failed: \(r.stderr)")
    }

    @discardableResult
    func run(_ args: String..., env extra: [String: String] = [:]) -> CommandResult {
        CommandRunner.taizhang(args, env: env.merging(extra) { $1 })
    }

    @discardableResult
    func run(_ args: [String], env extra: [String: String] = [:]) -> CommandResult {
        CommandRunner.taizhang(args, env: env.merging(extra) { $1 })
    }

    func json(_ args: String...) throws -> [[String: Any]] {
        let r = CommandRunner.taizhang(args, env: env)
        guard r.status == 0 else { throw CLIFailure(result: r) }
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
    }
}

struct CLIFailure: Error { var result: CommandResult }
