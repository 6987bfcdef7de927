import Foundation
import Testing
import TestSupport

/// The coordinators' outputs on the five seed plans as of 2021-10-15, compared line by line
/// with reviewed golden files (Golden/*.txt; TAIZHANG_RECORD=1 re-records them).
@Suite(.serialized) struct OutputGoldenTests {
    let ledger = GoldenLedger.shared

    func expectGolden(_ args: [String], _ name: String, head: Bool = true) {
        let r = ledger.run(args)
        #expect(r.status == 0, "\(args): \(r.stderr)")
        // The chain's head printed at the end depends on who ran the import (the login is
        // hashed): its seq and time are compared, its hash only in form.
        let output = r.stdout.replacingOccurrences(of: "[0-9a-f]{16}", with: "<hash>", options: .regularExpression)
        #expect((r.stdout != output) == head, "the chain's head printed: \(!head)")
        if let problem = Golden.check(output, name) { Issue.record(Comment(rawValue: problem)) }
    }

    @Test func overdueNoticesByUnitInChinese() {
        expectGolden(["overdue", "--as-of", "2021-10-15", "--by-unit", "--format", "md", "--lang", "zh"], "overdue-by-unit-zh.md")
    }

    @Test func overdueNoticesByUnitInEnglish() {
        expectGolden(["overdue", "--as-of", "2021-10-15", "--by-unit", "--format", "md", "--lang", "en"], "overdue-by-unit-en.md")
    }

    @Test func reportByUnit() {
        expectGolden(["report", "--by", "unit", "--as-of", "2021-10-15", "--lang", "zh"], "report-by-unit-zh")
    }

    @Test func lookBackOfOnePlanBySection() {
        expectGolden(["report", "--plan", "HD21", "--by", "section", "--as-of", "2021-10-15", "--format", "md", "--lang", "zh"],
                     "report-HD21-by-section-zh.md")
    }

    @Test func calendarOfDecember2021() {
        expectGolden(["calendar", "--month", "2021-12", "--as-of", "2021-10-15", "--lang", "zh"], "calendar-2021-12-zh", head: false)
    }

    @Test func calendarOfTheYear2017() {
        expectGolden(["calendar", "--year", "2017", "--as-of", "2021-10-15", "--lang", "en"], "calendar-2017-en", head: false)
    }
}
