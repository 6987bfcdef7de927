import Foundation
import Testing
import TestSupport

/// What the output commands promise besides their text: missed periods folded, silence of
/// the digest, exit codes and messages for bad input.
@Suite(.serialized) struct OutputCommandTests {
    let ledger = GoldenLedger.shared

    @Test func missedPeriodsAreFoldedIntoOneRowAndADonePeriodIsLeftOut() throws {
        let r = ledger.run(["overdue", "--as-of", "2021-10-15", "--unit", "市旅游局", "--format", "json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let rows = items.filter { $0["id"] as? String == "DG17-4.6" }
        #expect(rows.count == 1)
        #expect(rows.first?["periods"] as? [String] == ["2017-06-30", "2017-09-30", "2017-12-31"])
        #expect(rows.first?["period"] as? String == "2017-06-30" && rows.first?["missedPeriods"] as? Int == 3)
        #expect(!items.contains { $0["id"] as? String == "HD21-31" }) // 办公室's task, not 市旅游局's
        let office = ledger.run(["overdue", "--as-of", "2021-10-15", "--unit", "办公室", "--format", "csv"])
        #expect(office.stdout.hasPrefix("\u{FEFF}"))
        #expect(office.stdout.contains("HD21-31,HD21,") && office.stdout.contains("2021-06-30"))
        #expect(!office.stdout.contains("2021-03-31")) // that quarter is done
    }

    @Test func digestSpeaksOnlyWhenSomethingIsOwed() throws {
        let owed = ledger.run(["digest", "--as-of", "2021-10-15", "--unit", "市旅游局", "--lang", "zh"])
        #expect(owed.status == 0)
        let lines = owed.stdout.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("台账 市旅游局:红灯 逾期 3 项(最久 1659 天)"), "\(owed.stdout)")
        let nothing = ledger.run(["digest", "--as-of", "2021-10-15", "--unit", "行财科"])
        #expect(nothing.status == 0 && nothing.stdout.isEmpty && nothing.stderr.isEmpty)
        let noUnits = ledger.run(["digest", "--as-of", "2021-10-15"])
        #expect(noUnits.status == 0 && noUnits.stdout.isEmpty && noUnits.stderr.isEmpty)
        let noStore = ledger.run(["digest", "--unit", "办公室"], extra: ["TAIZHANG_STORE": ledger.dir.file("none.json")])
        #expect(noStore.status == 0 && noStore.stdout.isEmpty)
    }

    @Test func digestTakesTheCallersUnitsFromTheAccessFile() throws {
        let dir = TempDir("taizhang-digest")
        let store = dir.file("ledger.json")
        try FileManager.default.copyItem(atPath: ledger.store, toPath: store)
        try? FileManager.default.copyItem(atPath: ledger.store + ".journal", toPath: store + ".journal")
        let me = CommandRunner.run("/usr/bin/id", ["-un"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let access = #"{"format": "taizhang-access", "version": 1, "coordinators": [], "officers": {"\#(me)": ["办公室"]}}"#
        try Data(access.utf8).write(to: URL(fileURLWithPath: dir.file("access.json")))
        let r = ledger.run(["digest", "--as-of", "2021-12-28", "--lang", "en"], extra: ["TAIZHANG_STORE": store])
        // HD21-31 recurs quarterly (Q1 done): Q2 and Q3 are missed, one overdue task (red). The
        // rest were imported 74 days before and nothing happened since: yellow (30 days).
        #expect(r.stdout == "ledger 办公室: red: 1 overdue (oldest 181 days) HD21-31\n"
                + "yellow: 25 due within 3 days or without progress for 30 days HD21-1 HD21-20 HD21-32 …\n",
                "\(r.stdout)\(r.stderr)")
    }

    @Test func badInputIsNamed() {
        let month = ledger.run(["calendar", "--month", "2021-13"])
        #expect(month.status == 2 && month.stderr.contains("--month: expected YYYY-MM, got \"2021-13\""))
        let xlsx = ledger.run(["export", "--format", "xlsx", "--lang", "en"])
        #expect(xlsx.status == 1 && xlsx.stderr.contains("xlsx is a binary format: give --out FILE.xlsx"))
        let plan = ledger.run(["report", "--plan", "XX99"])
        #expect(plan.status == 1 && plan.stderr.contains("no tasks match --plan/--unit"))
        let recurs = ledger.run(["set", "HD21-1", "--recurs", "weekly"])
        #expect(recurs.status == 2 && recurs.stderr.contains("weekly"))
    }
}
