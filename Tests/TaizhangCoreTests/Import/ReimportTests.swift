import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

@Suite struct ReimportTests {
    let opts = ImportOptions(actor: "coordinator", now: Timestamp(seconds: 1_634_256_000))
    let original = try! String(contentsOfFile: TestPaths.seed("000"), encoding: .utf8)

    private func importText(_ text: String, into ledger: inout Ledger) throws -> ImportResult {
        let r = try PlanImporter.read(bytes: Array(text.utf8), fileName: "000_3380e45f1e1637e5.txt", options: opts, ledger: ledger)
        PlanImporter.apply(r, to: &ledger)
        return r
    }

    @Test func theSameDocumentTwiceChangesNothing() throws {
        var ledger = Ledger()
        _ = try importText(original, into: &ledger)
        let again = try importText(original, into: &ledger)
        #expect(again.outcome == .unchanged(PlanID("HD21")))
        #expect(ledger.tasks.count == 33 && ledger.plans.count == 1)
    }

    @Test func aCorrectedVersionKeepsStatusNotesAndIds() throws {
        var ledger = Ledger()
        _ = try importText(original, into: &ledger)
        let e1 = JournalEntry(seq: 1, at: opts.now, by: "alice", edit: .status(TaskID("HD21-4"), .done), before: nil)
        let e2 = JournalEntry(seq: 2, at: opts.now, by: "alice", edit: .note(TaskID("HD21-4"), "已公示", period: nil), before: nil)
        let e3 = JournalEntry(seq: 3, at: opts.now, by: "bob", edit: .status(TaskID("HD21-29"), .inProgress), before: nil)
        [e1, e2, e3].forEach { ledger.apply($0) }
        // The corrected plan fixes a typo in task 4, drops task 29 and adds a task 34.
        var corrected = original.replacingOccurrences(of: "加强反不正当竞争执法信息公开工作。", with: "加强反不正当竞争执法信息的公开工作。")
        let line29 = corrected.split(separator: "\n").first { $0.hasPrefix("29.") }!
        corrected = corrected.replacingOccurrences(of: line29 + "\n", with: "")
        corrected = corrected.replacingOccurrences(of: "\n备注", with: "\n34.新增:每季度公开一次工作进展。 | 办公室 | 2021年底 |\n备注")
        let r = try importText(corrected, into: &ledger)
        #expect(r.outcome == .updated(PlanID("HD21"), matched: 32, added: 1, removed: 1))
        let t4 = try #require(ledger[TaskID("HD21-4")])
        #expect(t4.text == "加强反不正当竞争执法信息的公开工作。")
        #expect(t4.status == .done && t4.notes.map(\.text) == ["已公示"])
        let t29 = try #require(ledger[TaskID("HD21-29")])
        #expect(t29.status == .cancelled && t29.history.contains { $0.field == "import" })
        #expect(ledger[TaskID("HD21-34")] != nil)
        #expect(ledger.plans.count == 1)
        #expect(LedgerCheck.run(ledger).isEmpty)
    }

    @Test func anAliasMergeSurvivesReimport() throws {
        var ledger = Ledger()
        _ = try importText(original, into: &ledger)
        ledger.apply(JournalEntry(seq: 1, at: opts.now, by: "c", edit: .alias("区市场监督管理局", canonical: "区市场监管局"), before: nil))
        let changed = original.replacingOccurrences(of: "| 区市场监管局 |", with: "| 区市场监督管理局 |")
        _ = try importText(changed, into: &ledger)
        let t4 = try #require(ledger[TaskID("HD21-4")])
        #expect(t4.units.first?.name == "区市场监督管理局")
        #expect(ledger.canonicalUnit(t4.units.first!.name) == "区市场监管局")
        #expect(UnitSummary.all(ledger, asOf: Day(year: 2021, month: 10, day: 15)!).contains { $0.name == "区市场监管局" && $0.aliases == ["区市场监督管理局"] })
    }
}
