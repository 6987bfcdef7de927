import Testing
@testable import TaizhangCore

/// Lights at three dates: blue within 7 days, yellow within 3 (or quiet for 30), red once
/// overdue; nothing for done or reported work; thresholds from the config.
@Suite struct WarningLevelTests {
    static func task(due: String, status: TaskStatus = .inProgress, lastActivity: String = "2021-10-01") -> LedgerTask {
        var t = LedgerTask(id: TaskID("T21-1"), plan: PlanID("T21"), section: nil, number: "1", ordinal: 1, text: "任务",
                           status: status)
        t.deadline = Deadline(text: "x", kind: .date, date: Day(iso: due))
        t.notes = [Note(at: Timestamp(iso: lastActivity + "T08:00:00Z")!, by: "li", text: "进展")]
        return t
    }

    @Test(arguments: [("2021-10-05", nil), ("2021-10-10", WarningLevel.blue), ("2021-10-14", .yellow), ("2021-10-18", .red)])
    func aTaskDueOnTheSeventeenth(_ asOf: String, _ expected: WarningLevel?) {
        #expect(Self.task(due: "2021-10-17").warning(asOf: Day(iso: asOf)!, rules: .defaults) == expected)
    }

    @Test func quietWorkIsYellowAndFinishedWorkHasNoLight() {
        let today = Day(iso: "2021-11-15")!
        #expect(Self.task(due: "2021-12-31", lastActivity: "2021-10-01").warning(asOf: today, rules: .defaults) == .yellow)
        #expect(Self.task(due: "2021-12-31", lastActivity: "2021-11-01").warning(asOf: today, rules: .defaults) == nil)
        #expect(Self.task(due: "2021-10-17", status: .reported).warning(asOf: today, rules: .defaults) == nil)
        #expect(Self.task(due: "2021-10-17", status: .done).warning(asOf: today, rules: .defaults) == nil)
    }

    @Test func theConfigMovesTheThresholds() {
        let rules = WarningRules(blueDays: 14, yellowDays: 5, staleDays: 60)
        let t = Self.task(due: "2021-10-17")
        #expect(t.warning(asOf: Day(iso: "2021-10-05")!, rules: rules) == .blue)
        #expect(t.warning(asOf: Day(iso: "2021-10-12")!, rules: rules) == .yellow)
        #expect(WarningLevel.allCases.map(\.letter) == ["B", "Y", "R"])
    }
}
