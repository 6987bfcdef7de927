import Foundation
import TestSupport

/// A store holding the five seed plans, imported by the real binary at a fixed time, with a
/// few edits a coordinator would have made by mid-October 2021 — shared by the CLI tests.
final class GoldenLedger: @unchecked Sendable {
    static let shared = GoldenLedger()

    let dir = TempDir("taizhang-cli")
    var store: String { dir.file("ledger.json") }

    /// Fixed clock, UTC, wide enough tables: the same output on every machine.
    var env: [String: String] {
        ["TAIZHANG_STORE": store, "TAIZHANG_NOW": "2021-10-15T02:00:00Z", "TZ": "UTC", "COLUMNS": "120"]
    }

    private init() {
        let imported = CommandRunner.taizhang(["import"] + TestPaths.allSeeds, env: env)
        precondition(imported.status == 0, "seed import failed: \(imported.stderr)")
        let edits: [[String]] = [
            ["set", "DG17-4.6", "--period", "2017-03-31", "--done"],
            ["set", "DG17-7.1", "--status", "in-progress", "--note", "已在“信用东莞”网站开设双公示栏目,待验收"],
            ["set", "HD21-31", "--recurs", "quarterly"],
            ["set", "HD21-31", "--period", "2021-03-31", "--done"],
            ["set", "SW19-1", "--status", "done", "--note", "已公开:http://www.swcq.gov.cn/zwgk/2019/1.html"],
            ["set", "HN21-4", "--status", "cancelled"],
        ]
        for args in edits {
            let r = CommandRunner.taizhang(args, env: env)
            precondition(r.status == 0, "\(args): \(r.stderr)")
        }
    }

    func run(_ args: [String], extra: [String: String] = [:]) -> CommandResult {
        CommandRunner.taizhang(args, env: env.merging(extra) { $1 })
    }
}

/// Compares output with `Tests/TaizhangCLITests/Golden/NAME.txt`; with `TAIZHANG_RECORD=1`
/// writes the file instead (re-record on purpose, then review the diff).
enum Golden {
    static let dir = TestPaths.packageRoot.appendingPathComponent("Tests/TaizhangCLITests/Golden")

    /// nil when the output matches (or was recorded), else a message with the first difference.
    static func check(_ output: String, _ name: String) -> String? {
        let file = dir.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["TAIZHANG_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try? Data(output.utf8).write(to: file)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return "no golden file \(file.path); record it with TAIZHANG_RECORD=1"
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != output else { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let o = output.split(separator: "\n", omittingEmptySubsequences: false)
        let i = (0..<min(e.count, o.count)).first { e[$0] != o[$0] } ?? min(e.count, o.count)
        return "\(name): line \(i + 1) differs\n  expected: \(i < e.count ? String(e[i]) : "<end>")\n  actual:   \(i < o.count ? String(o[i]) : "<end>")"
    }
}
