import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// A plan's sections, preamble, fragments and warnings stay in the snapshot until read, read
/// the same as when decoded at once, and damaged ones are named and never written over.
@Suite struct LazyPlanBodyTests {
    let dir = TempDir("lazyplan")
    var path: String { dir.file("ledger.json") }

    static func original() -> Ledger {
        var ledger = SampleLedger.make(plans: 3, tasksPerPlan: 4, notes: 1)
        for p in ledger.plans.map(\.id) {
            ledger.updatePlan(p) { plan in
                plan.sections.append(Section(id: SectionID("\(p.rawValue)/1.1"), parent: SectionID("\(p.rawValue)/1"), depth: 2,
                                             marker: "(一)", title: "小节 \\ “引号” \"q\"", lines: [4, 5]))
                plan.preamble = [SourceLine(line: 1, text: "关于印发\(p.rawValue)的通知"), SourceLine(line: 2, text: "各单位:\t")]
                plan.fragments = [Fragment(line: 9, text: "无法归类的一行", reason: "no task")]
                plan.warnings = [ImportWarning(line: nil, message: "year guessed"), ImportWarning(line: 3, message: "第3行")]
            }
        }
        return ledger
    }

    private func stored() throws -> LedgerStore {
        let store = LedgerStore(path: path)
        try store.rewrite(.import, by: "test") { $0 = Self.original() }
        return store
    }

    @Test func readOnUseTheSameAsDecodedAtOnce() throws {
        let store = try stored()
        let loaded = try store.load().ledger
        #expect(loaded.plans.allSatisfy { $0.lazyBody?.isDecoded == false })
        #expect(loaded.plans == Self.original().plans)
        #expect(loaded.plans.allSatisfy { $0.lazyBody?.isDecoded == true })
        // What a whole read (`check`, backups) decodes at once agrees.
        let (whole, _) = try SnapshotFile.readWhole(path)
        #expect(whole.plans == Self.original().plans && whole.plans.allSatisfy { $0.lazyBody == nil })
        // A single task's read (show, set) leaves them too.
        let one = try store.load(only: [TaskID("T21-2")]).ledger
        #expect(one.plans.allSatisfy { $0.lazyBody?.isDecoded == false })
        #expect(one.plan(PlanID("T21"))?.section(SectionID("T21/1.1"))?.title == "小节 \\ “引号” \"q\"")
        #expect(LedgerCheck.run(loaded).isEmpty)
    }

    @Test func headingsReadTheSectionsAlone() throws {
        let loaded = try stored().load().ledger
        let placements = TaskPlacements(for: loaded.tasks, in: loaded)
        #expect(placements[loaded.tasks[0]].section == "一、第一部分 “引号”")
        // Lists read only the sections: the preamble, fragments and warnings stay in the file.
        #expect(loaded.plans.allSatisfy { $0.lazyBody?.isDecoded == false })
        #expect(loaded.plans.map(\.sections) == Self.original().plans.map(\.sections))
        #expect(loaded.plans == Self.original().plans)
        #expect(loaded.plans.map(\.sections) == Self.original().plans.map(\.sections))
    }

    @Test func aChangeTakesTheBodyOutAndARewriteKeepsTheRest() throws {
        let store = try stored()
        var ledger = try store.load().ledger
        ledger.updatePlan(PlanID("T20")) { $0.fragments[0].resolved = true }
        #expect(ledger.plan(PlanID("T20"))?.lazyBody == nil)
        #expect(ledger.plan(PlanID("T20"))?.sections == Self.original().plan(PlanID("T20"))?.sections)
        try store.rewrite(.import, by: "test") { [ledger] in $0 = ledger }
        let after = try store.load().ledger
        var expected = Self.original()
        expected.updatePlan(PlanID("T20")) { $0.fragments[0].resolved = true }
        #expect(after.plans == expected.plans)
    }

    @Test func aDamagedSectionIsNamedAndNeverWrittenOver() throws {
        let store = try stored()
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let before = text
        text = text.replacingOccurrences(of: "\"depth\":2,\"marker\":\"(一)\"", with: "\"depth\":\"two\",\"marker\":\"(一)\"")
        #expect(text != before)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let damaged = try Data(contentsOf: URL(fileURLWithPath: path))
        // Loading does not look inside; lists still work; check names every damaged plan.
        let ledger = try store.load().ledger
        #expect(ledger.tasks.count == 12)
        let problems = LedgerCheck.run(ledger)
        #expect(Set(problems.filter { $0.message.contains("sections") }.map(\.where_)) == ["T20", "T21", "T22"])
        #expect(throws: StoreError.self) { try store.compact(by: "test") }
        // Changing the plan does not make the damage go away.
        var changed = ledger
        changed.updatePlan(PlanID("T20")) { $0.warnings = [] }
        #expect(changed.detailProblems().contains { $0.0 == "T20" })
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == damaged)
    }
}
