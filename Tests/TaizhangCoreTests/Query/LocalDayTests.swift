import Foundation
import Testing
@testable import TaizhangCore

/// A moment's local day decides staleness and lights: the offset worked out once must be the
/// one Foundation gives at every moment a ledger holds.
@Suite struct LocalDayTests {
    @Test func theOffsetIsTheZonesAtEveryMoment() {
        for seconds in stride(from: 1_420_070_400, through: 1_924_992_000, by: 86_400 * 7 + 3_601) {
            let expected = TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(Timestamp.offsetFromGMT(at: seconds) == expected, "\(seconds)")
        }
    }

    @Test func staleDaysCountLocalDays() {
        let morning = Timestamp(iso: "2021-10-01T04:00:00Z")!
        var task = LedgerTask(id: TaskID("T-1"), plan: PlanID("T"), section: nil, number: nil, ordinal: 1, text: "任务")
        task.notes = [Note(at: morning, by: "li", text: "进展")]
        let today = Day(year: 2021, month: 10, day: 15)!
        // 04:00 UTC is 1 October in every zone from UTC-4 eastwards, 30 September west of it.
        let days = Timestamp.offsetFromGMT(at: morning.seconds) >= -4 * 3600 ? 14 : 15
        #expect(task.daysSinceActivity(asOf: today) == days)
        #expect(task.isStale(asOf: today, days: 14))
        #expect(!task.isStale(asOf: today, days: days + 1))
    }
}
