import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// A list works out every task's headings once a plan; they must be the ones a single task's
/// view finds by walking its sections.
@Suite struct TaskPlacementsTests {
    private func section(_ id: String, _ parent: String?, _ depth: Int, _ marker: String, _ title: String) -> Section {
        Section(id: SectionID(id), parent: parent.map(SectionID.init), depth: depth, marker: marker, title: title, lines: [])
    }

    /// Sections three deep, a second section with a used id, and one whose parent is gone.
    private func ledger(sections: [Section]? = nil, _ change: (inout [LedgerTask]) -> Void = { _ in }) -> Ledger {
        let base = SampleLedger.make(plans: 1, tasksPerPlan: 5, notes: 0)
        var plan = base.plans[0], tasks = base.tasks
        plan.sections = sections ?? [
            section("P/1", nil, 1, "一", "总体要求"),
            section("P/1.1", "P/1", 2, "(一)", "分项"),
            section("P/1.1.1", "P/1.1", 3, "1", "细项"),
            section("P/1", nil, 1, "二", "同号的第二节"),
            section("P/9.1", "P/9", 2, "(三)", "上级已删"),
        ]
        let ids = ["P/1", "P/1.1", "P/1.1.1", "P/9.1", "P/none"]
        for (i, id) in ids.enumerated() { tasks[i].section = SectionID(id) }
        change(&tasks)
        return Ledger(plans: [plan], tasks: tasks, aliases: [:])
    }

    @Test func aPlanAtOnceGivesWhatEachTaskFinds() {
        let ledger = ledger()
        let placements = TaskPlacements(for: ledger.tasks, in: ledger)
        let expected: [(String?, String?)] = [("一、总体要求", nil), ("一、总体要求", "(一)分项"), ("一、总体要求", "(一)分项"),
                                             ("(三)上级已删", nil), (nil, nil)]
        for (t, want) in zip(ledger.tasks, expected) {
            let placed = placements[t]
            #expect(placed.planTitle == ledger.plans[0].title)
            #expect(placed.section == want.0 && placed.subsection == want.1, "\(t.id)")
            let single = TaskJSON.headings(of: t, in: ledger.plan(t.plan))
            #expect(single.0 == want.0 && single.1 == want.1, "\(t.id)")
        }
    }

    /// The members a JSON list copies for each task are those written from its placement,
    /// for a task in a section, outside every section, in a section the plan lacks, and of
    /// a plan the ledger lacks; from a plan in memory, and from one still in the snapshot
    /// (whose titles are copied from the file).
    @Test(arguments: [false, true])
    func theWrittenMembersAreThePlacement(fromSnapshot: Bool) throws {
        var ledger = ledger(sections: [
            section("P/1", nil, 1, "一", "总体\"要求\"\t"), section("P/1.1", "P/1", 2, "(一)", "分项“引”"),
            section("P/1.1.1", "P/1.1", 3, "1", "细项/"), section("P/2", nil, 1, "（二）", "全角括号"),
            section("P/3", nil, 1, "", "无编号"), section("P/4", nil, 2, "A", "字母"),
        ]) { $0[1].section = nil; $0[2].plan = PlanID("ZZ"); $0[3].section = SectionID("P/4"); $0[4].section = SectionID("P/2") }
        let dir = TempDir()
        if fromSnapshot {
            let path = dir.file("ledger.json")
            try Data(SnapshotCodec.encode(ledger, header: SnapshotHeader(generation: 1, seq: 0, saved: Timestamp(seconds: 0))))
                .write(to: URL(fileURLWithPath: path))
            ledger = try SnapshotFile(path: path, permissions: FilePermissions(directory: dir.path)).read(only: nil).ledger
            #expect(ledger.plans[0].lazyBody != nil)
        }
        let placements = TaskPlacements(for: ledger.tasks, in: ledger)
        let json = TaskPlacements(for: ledger.tasks, in: ledger, json: true)
        for t in ledger.tasks {
            let place = placements[t]
            var expected = JSONWriter(capacity: 0)
            expected.key("planTitle"); expected.stringOrNull(place.planTitle)
            expected.key("section"); expected.stringOrNull(place.section)
            expected.key("subsection"); expected.stringOrNull(place.subsection)
            var written = JSONWriter(capacity: 0)
            TaskPlacements.appendJSONMembers(t, in: json.entry(t.plan), to: &written)
            #expect(written.bytes == expected.bytes, "\(t.id): \(String(decoding: written.bytes, as: UTF8.self))")
        }
    }

    @Test func parentsThatLoopStillEnd() {
        let ledger = ledger(sections: [section("P/a", "P/b", 1, "一", "甲"), section("P/b", "P/a", 1, "二", "乙")]) {
            $0[0].section = SectionID("P/a")
        }
        let placed = TaskPlacements(for: ledger.tasks, in: ledger)[ledger.tasks[0]]
        #expect(placed.section != nil)
    }

    @Test func aTaskOfAnUnknownPlanHasNoPlacement() {
        let ledger = ledger { $0[0].plan = PlanID("ZZ") }
        let placed = TaskPlacements(for: ledger.tasks, in: ledger)[ledger.tasks[0]]
        #expect(placed.planTitle == nil && placed.section == nil && placed.subsection == nil)
    }
}
