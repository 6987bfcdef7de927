import Testing
import TestSupport
@testable import TaizhangCore

/// The id index is worked out at the first lookup and shared by copies of a ledger; adding
/// a plan to one copy never changes what another finds.
@Suite struct LedgerIndexTests {
    static func plan(_ code: String, tasks: Int) -> (Plan, [LedgerTask]) {
        let source = SourceInfo(fileName: "\(code).txt", checksum: "", encoding: "UTF-8", layout: "pipe-table", lineCount: 0,
                                importedAt: Timestamp(seconds: 0), importedBy: "t")
        let plan = Plan(id: PlanID(code), title: code, source: source)
        let list = (1...tasks).map { n in
            LedgerTask(id: TaskID("\(code)-\(n)"), plan: PlanID(code), section: nil, number: "\(n)", ordinal: n, text: "\(code) 任务\(n)")
        }
        return (plan, list)
    }

    @Test func copiesShareTheIndexUntilOneAddsTasks() {
        var a = SampleLedger.make(plans: 2, tasksPerPlan: 3)
        let b = a
        let (plan, tasks) = Self.plan("X21", tasks: 2)
        a.put(plan: plan, tasks: tasks)
        #expect(a[TaskID("X21-2")]?.text == "X21 任务2")
        #expect(b[TaskID("X21-2")] == nil && b.contains(TaskID("T20-1")))
        // Built first, then added to: the new tasks are found at their places.
        var c = b
        #expect(c[TaskID("T21-3")]?.ordinal == 3)
        c.put(plan: plan, tasks: tasks)
        #expect(c[TaskID("X21-1")]?.text == "X21 任务1" && b[TaskID("X21-1")] == nil)
        #expect(c.update(TaskID("X21-1")) { $0.status = .done })
        #expect(c[TaskID("X21-1")]?.status == .done && a[TaskID("X21-1")]?.status == .notStarted)
    }

    @Test func theFirstOfTwoTasksWithOneIdWins() {
        let (plan, tasks) = Self.plan("D21", tasks: 2)
        var twin = tasks[0]
        twin.text = "重复"
        let ledger = Ledger(plans: [plan], tasks: tasks + [twin])
        #expect(ledger[TaskID("D21-1")]?.text == "D21 任务1")
        // Replacing the plan's tasks rebuilds the index.
        var replaced = ledger
        replaced.put(plan: plan, tasks: [twin])
        #expect(replaced[TaskID("D21-1")]?.text == "重复" && replaced[TaskID("D21-2")] == nil)
        #expect(ledger[TaskID("D21-2")] != nil)
    }
}
