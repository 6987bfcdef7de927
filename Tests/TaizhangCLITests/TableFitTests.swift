import Foundation
import Testing
import TaizhangCore
import TestSupport

/// Tables fit the window ($COLUMNS, 80 when piped), never cut an id, a unit or a date, and
/// give one line per row with --wide.
@Suite(.serialized) struct TableFitTests {
    let ledger = SeedLedger()
    let zh = ["LANG": "zh_CN.UTF-8"]

    func widest(_ text: String) -> Int { text.split(separator: "\n").map { DisplayWidth.width($0) }.max() ?? 0 }

    @Test func everyTableFitsItsWidth() {
        for columns in ["80", "60"] {
            for args in [["list"], ["overdue"], ["overdue", "--by-unit"], ["report", "--by", "unit"], ["report"], ["units"],
                         ["calendar", "--month", "2021-12"], ["list", "--plan", "DG17"]] {
                let r = ledger.run(args, env: zh.merging(["COLUMNS": columns]) { $1 })
                #expect(r.status == 0, "\(args)")
                #expect(widest(r.stdout) <= Int(columns)!, "\(args) at \(columns) columns: \(widest(r.stdout)) wide")
            }
        }
    }

    @Test func pipedOutputWithoutColumnsIsEightyWide() {
        var env = zh
        env["COLUMNS"] = ""
        let r = ledger.run(["list"], env: env)
        #expect(widest(r.stdout) <= 80 && widest(r.stdout) > 60)
    }

    @Test func reportShowsEveryUnitInFull() throws {
        let r = ledger.run(["report", "--by", "unit"], env: zh.merging(["COLUMNS": "80"]) { $1 })
        // Every unit the report ranks (units that answer for tasks: docs/outputs.md).
        let json = ledger.run(["report", "--by", "unit", "--format", "json"], env: zh)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let units = (report["rows"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        #expect(units.count > 20)
        for u in units { #expect(r.stdout.contains(u), "\(u) is cut") }
    }

    @Test func overdueForAUnitShowsIdsDatesAndWholeText() {
        let r = ledger.run(["overdue", "--unit", "市发改局"], env: zh.merging(["COLUMNS": "80"]) { $1 })
        #expect(r.stdout.contains("DG17-2.3") && r.stdout.contains("2017年12月31日"))
        let joined = r.stdout.replacingOccurrences(of: #"\n +"#, with: "", options: .regularExpression)
        #expect(joined.contains("分别在市政府门户网站和各主管部门网站上公开。"), "the task's text wraps, whole")
    }

    @Test func wideGivesOneLinePerRow() throws {
        let tasks = try ledger.json("list", "--format", "json", "--plan", "DG17")
        let r = ledger.run(["list", "--plan", "DG17", "--wide"], env: zh.merging(["COLUMNS": "80"]) { $1 })
        // The first column is the warning light (R, Y, B or blank), then the id.
        let rows = r.stdout.split(separator: "\n").filter { $0.drop(while: { $0 != " " }).drop(while: { $0 == " " }).hasPrefix("DG17-") }
        #expect(rows.count == tasks.count)
        // Heading, rule, and at most the two legend lines (lights; marks).
        #expect(r.stdout.split(separator: "\n").count <= tasks.count + 4)
    }
}
