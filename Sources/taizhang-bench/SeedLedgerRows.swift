import Foundation

/// Every list and report on the seeds ×100 ledger (16,900 tasks, the seeds' own text, units
/// and plans), beside the Taskwarrior command doing the same work on the same tasks
/// (`task import` of `seed-tasks`). Both are asked as of the real today, so the same tasks
/// are overdue on both sides.
enum SeedLedgerRows {
    /// The middle task is found by a child (`middle-id`): a measured child's peak memory counts
    /// its parent's pages, so the parent must not load the ledger itself.
    static func measure(binary: String, bench: String, store: String, size: Int, runs: Int, taskwarrior tw: Taskwarrior?,
                        into report: inout BenchReport) {
        let env = ["TAIZHANG_STORE": store, "LANG": "C.UTF-8", "TERM": "xterm-256color"]
        let out = store + ".middle"
        _ = ProcessTimer.run([bench, "middle-id", store, out])
        let found = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").split(separator: " ")
        guard found.count == 2, let position = Int(found[1].trimmingCharacters(in: .whitespacesAndNewlines)) else {
            fatalError("the seeds ×100 ledger has no tasks")
        }
        let id = String(found[0])
        let unit = "办公室"
        let rows: [(String, [String], [String])] = [
            ("all: list --format json / task export", ["list", "--format", "json"], ["export"]),
            ("overdue: list --overdue --format json / task +OVERDUE export", ["list", "--overdue", "--format", "json"],
             ["+OVERDUE", "export"]),
            ("by unit: list --unit U --format json / task +U export", ["list", "--unit", unit, "--format", "json"],
             ["+" + TaskwarriorExport.tag(unit), "export"]),
            ("list (table) / task list", ["list"], ["list"]),
            ("overdue by unit / task +OVERDUE list", ["overdue"], ["+OVERDUE", "list"]),
            ("report by unit / task summary", ["report"], ["summary"]),
            ("calendar / task calendar", ["calendar"], ["calendar"]),
            ("units / task tags", ["units"], ["tags"]),
            ("one task: show ID / task N info", ["show", id], [String(position), "info"]),
            ("one note: set ID --note / task N annotate", ["set", id, "--note", "基准测试进展 http://www.gov.cn/x"],
             [String(position), "annotate", "基准测试进展 http://www.gov.cn/x"]),
        ]
        for (name, tz, twArgs) in rows {
            let t = ProcessTimer.measure(runs: runs, [binary] + tz, environment: env)
            let w = tw.map { tw in ProcessTimer.measure(runs: runs, tw.argv(twArgs), environment: tw.environment) }
            report.add(BenchRow(size: size, name: "seeds ×100: " + name, taizhang: t, taskwarrior: w))
        }
    }
}
