import Testing
@testable import TaizhangCore

/// A plan of 2021 whose year came from a --year flag, and one whose year was read from its title.
private let plan2021 = DeadlineParser(planYear: 2021, yearGuessed: false, published: nil)
private let guessed2021 = DeadlineParser(planYear: 2021, yearGuessed: true, published: nil)
private let noYear = DeadlineParser(planYear: nil, yearGuessed: false, published: nil)

private func day(_ iso: String) -> Day { Day(iso: iso)! }

/// One row of a time-limit table: what is written and the day it means.
struct DayCase: Sendable, CustomTestStringConvertible {
    let written: String
    let iso: String
    var testDescription: String { "\(written) → \(iso)" }
    init(_ written: String, _ iso: String) { self.written = written; self.iso = iso }
}

/// Time limits as written in real plans, read by `DeadlineParser`.
@Suite("DeadlineParser") struct DeadlineParserTests {}

extension DeadlineParserTests {
    @Suite("nothing written") struct Blank {
        @Test(arguments: [nil, "", "   ", "\u{3000}\n"] as [String?])
        func blankIsNone(written: String?) {
            #expect(plan2021.parse(written) == Deadline.none)
        }
    }
}

extension DeadlineParserTests {
    @Suite("days") struct Days {
        /// A written year is used as written and is never a guess, whatever the plan's year.
        @Test(arguments: [
            DayCase("2021年底", "2021-12-31"), DayCase("2021年底前", "2021-12-31"),
            DayCase("2021年12月底", "2021-12-31"), DayCase("2020年10月31日", "2020-10-31"),
            DayCase("2021年6月底", "2021-06-30"), DayCase("2022年3月底前", "2022-03-31"),
            DayCase("二〇二一年底", "2021-12-31"), DayCase("2021年", "2021-12-31"),
            DayCase("2021年上半年", "2021-06-30"), DayCase("2020年年中", "2020-06-30"),
        ])
        func writtenYear(row: DayCase) {
            let deadline = guessed2021.parse(row.written)
            #expect(deadline == Deadline(text: row.written, kind: .date, date: day(row.iso), guessed: false))
        }

        /// Year end without a year falls on 31 December of the plan's year.
        @Test(arguments: ["年底前", "年底", "12月底", "12月底前", "12月", "年末", "年内", "十二月底"])
        func yearEndOfPlanYear(written: String) {
            #expect(plan2021.parse(written) == Deadline(text: written, kind: .date, date: day("2021-12-31")))
        }

        /// A day that relies on a year read from the title is a guess.
        @Test(arguments: ["年底前", "6月底", "12月20日前", "三季度末", "上半年"])
        func planYearFromTitleIsGuessed(written: String) {
            let deadline = guessed2021.parse(written)
            #expect(deadline.guessed)
            #expect(deadline.date == plan2021.parse(written).date)
            #expect(deadline.date != nil)
        }

        /// With no year at all the limit is still a day, but one a coordinator must set.
        @Test(arguments: ["年底前", "6月底", "12月20日前", "一季度", "全年"])
        func unknownYearLeavesTheDayOpen(written: String) {
            let deadline = noYear.parse(written)
            #expect(deadline.kind == .date)
            #expect(deadline.date == nil)
            #expect(deadline.guessed)
            #expect(deadline.needsDate)
        }

        @Test(arguments: [
            DayCase("6月底", "2021-06-30"), DayCase("6月底前", "2021-06-30"),
            DayCase("10月底", "2021-10-31"), DayCase("六月底", "2021-06-30"),
            DayCase("十二月底", "2021-12-31"), DayCase("十一月底前", "2021-11-30"),
            DayCase("2月底", "2021-02-28"), DayCase("9月", "2021-09-30"),
        ])
        func monthEnd(row: DayCase) {
            #expect(plan2021.parse(row.written).date == day(row.iso))
        }

        /// Spaces inside (PDF extraction) and full-width digits read like the plain form.
        @Test(arguments: [
            DayCase("12月20日前", "2021-12-20"), DayCase("12 月 20 日前", "2021-12-20"),
            DayCase("１２月２０日前", "2021-12-20"), DayCase("十二月二十日前", "2021-12-20"),
            DayCase("3月1号前", "2021-03-01"), DayCase("6月三十日", "2021-06-30"),
        ])
        func dayOfMonth(row: DayCase) {
            #expect(plan2021.parse(row.written) == Deadline(text: row.written, kind: .date, date: day(row.iso)))
        }

        @Test(arguments: [
            DayCase("上半年", "2021-06-30"), DayCase("下半年", "2021-12-31"),
            DayCase("一季度", "2021-03-31"), DayCase("第一季度", "2021-03-31"),
            DayCase("一季度末", "2021-03-31"), DayCase("1季度", "2021-03-31"),
            DayCase("二季度", "2021-06-30"), DayCase("三季度末", "2021-09-30"),
            DayCase("第四季度", "2021-12-31"), DayCase("四季度", "2021-12-31"),
            DayCase("年中", "2021-06-30"),
        ])
        func periodEnd(row: DayCase) {
            #expect(plan2021.parse(row.written) == Deadline(text: row.written, kind: .date, date: day(row.iso)))
        }

        @Test func allYearIsDueAtYearEndWithProgressThroughout() {
            #expect(plan2021.parse("全年") ==
                Deadline(text: "全年", kind: .date, date: day("2021-12-31"), allYear: true))
        }

        @Test func leapYearFebruary() {
            let parser = DeadlineParser(planYear: 2024, yearGuessed: false, published: nil)
            #expect(parser.parse("2月底").date == day("2024-02-29"))
            #expect(parser.parse("2月29日").date == day("2024-02-29"))
        }

        /// 2月29日 exists only in leap years: in 2021 nobody can tell which day was meant.
        @Test func impossibleDayInThePlanYearNeedsADate() {
            let deadline = plan2021.parse("2月29日")
            #expect(deadline.kind == .date)
            #expect(deadline.date == nil)
            #expect(deadline.needsDate)
        }

        @Test func textIsKeptAsWrittenTrimmed() {
            #expect(plan2021.parse("  １２月底前\u{3000}").text == "１２月底前")
        }
    }
}

extension DeadlineParserTests {
    @Suite("several days in one text") struct SeveralDays {
        @Test func latestDayWins() {
            let written = "6月底前完成初稿,12月底前全面完成"
            #expect(plan2021.parse(written) == Deadline(text: written, kind: .date, date: day("2021-12-31")))
            #expect(plan2021.parse("12月底前完成，6月底前报送").date == day("2021-12-31"))
        }

        @Test func guessedOnlyWhenTheYearIs() {
            #expect(guessed2021.parse("6月底前完成初稿,12月底前全面完成").guessed)
            #expect(!guessed2021.parse("2021年6月底前完成初稿,2021年12月底前全面完成").guessed)
        }

        /// A year written once carries to the days written after it.
        @Test func writtenYearCarriesForward() {
            let deadline = guessed2021.parse("2020年6月底前完成初稿,12月底前全面完成")
            #expect(deadline.date == day("2020-12-31"))
            #expect(!deadline.guessed)
        }

        /// On the same day, the one with a written year is not a guess.
        @Test func writtenYearWinsATie() {
            let deadline = guessed2021.parse("年底前完成,最迟2021年12月31日")
            #expect(deadline.date == day("2021-12-31"))
            #expect(!deadline.guessed)
        }

        /// When one of the days has no year, which one is latest is unknown.
        @Test func oneDayWithoutYearLeavesTheDayOpen() {
            let deadline = noYear.parse("6月底前完成初稿,2022年12月底前全面完成")
            #expect(deadline.date == nil)
            #expect(deadline.guessed)
        }

        @Test func allYearAmongOtherDays() {
            let deadline = plan2021.parse("6月底前启动,全年推进")
            #expect(deadline.date == day("2021-12-31"))
            #expect(deadline.allYear)
        }
    }
}

extension DeadlineParserTests {
    @Suite("ongoing, events, relative") struct Kinds {
        @Test(arguments: ["长期推进", "持续推进", "长期坚持", "常态化", "长期", "持续开展", "常年", "常态化推进"])
        func ongoing(written: String) {
            #expect(plan2021.parse(written) == Deadline(text: written, kind: .ongoing))
            #expect(!plan2021.parse(written).needsDate)
        }

        @Test(arguments: [
            "按省工作部署", "按财政部门规定的时间完成", "按照规定时间公开", "按规定时限",
            "视省试点工作完成情况而定", "收到省级政策文件后及时转发", "根据上级要求", "待省出台文件后",
            "依据上级通知", "随上级工作安排", "省统一部署", "在规定时间内完成", "接通知后及时办理",
        ])
        func dependsOnAnOutsideEvent(written: String) {
            let deadline = plan2021.parse(written)
            #expect(deadline == Deadline(text: written, kind: .event))
            #expect(deadline.needsDate)
        }

        /// Text that names no day and no known kind still needs a coordinator, never a silent nothing.
        @Test(arguments: ["另行通知", "及时", "半年内", "两年内", "3年内", "2021年度计划"])
        func anythingElseIsAnEventNeedingADate(written: String) {
            #expect(plan2021.parse(written) == Deadline(text: written, kind: .event))
        }

        /// A named day is chased even when the text also names whose schedule it follows.
        @Test func aDayBeatsAnEventOpening() {
            #expect(plan2021.parse("按要求6月底前完成").date == day("2021-06-30"))
        }

        /// A span after an outside event does not count from the plan's publication.
        @Test func anEventBeatsASpan() {
            #expect(plan2021.parse("收到文件后30日内").kind == .event)
        }

        @Test(arguments: [
            ("本要点公布后30日内", 30), ("印发后30日内", 30), ("一个月内", 30), ("15天内", 15),
            ("两周内", 14), ("印发后10日以内", 10), ("三十日内", 30),
        ] as [(String, Int)])
        func relativeToPublication(written: String, days: Int) {
            let published = day("2021-09-10")
            let parser = DeadlineParser(planYear: 2021, yearGuessed: true, published: published)
            #expect(parser.parse(written) == Deadline(
                text: written, kind: .relative, date: published.adding(days: days), relativeDays: days))
        }

        /// 工作日 are counted as calendar days × 7/5, rounded up, and so are an estimate.
        @Test(arguments: [(30, 42), (5, 7), (10, 14), (3, 5), (1, 2)] as [(Int, Int)])
        func workingDaysAreEstimated(working: Int, calendar: Int) {
            let deadline = plan2021.parse("\(working)个工作日内")
            #expect(deadline.kind == .relative)
            #expect(deadline.relativeDays == calendar)
            #expect(deadline.guessed)
        }

        @Test func relativeWithoutPublicationDayNeedsADate() {
            let deadline = plan2021.parse("本要点公布后30日内")
            #expect(deadline.kind == .relative)
            #expect(deadline.relativeDays == 30)
            #expect(deadline.date == nil)
            #expect(deadline.needsDate)
        }
    }
}

extension DeadlineParserTests {
    @Suite("recurrence") struct Recurrences {
        @Test(arguments: [
            ("每季度末", Recurrence.quarterly), ("每月", .monthly), ("每月10日前", .monthly),
            ("每半年", .halfYearly), ("按月报送", .monthly),
        ] as [(String, Recurrence)])
        func recurringLimitIsDueAtYearEnd(written: String, recurrence: Recurrence) {
            #expect(plan2021.parse(written) == Deadline(
                text: written, kind: .date, date: day("2021-12-31"), recurrence: recurrence))
        }

        @Test func recurringLimitUsesTheWrittenYear() {
            let deadline = guessed2021.parse("2020年每季度末")
            #expect(deadline.date == day("2020-12-31"))
            #expect(!deadline.guessed)
            #expect(guessed2021.parse("每季度末").guessed)
        }

        /// 每年 in a yearly plan is just the year: a plain year-end limit.
        @Test func everyYearIsNotARecurrence() {
            #expect(plan2021.parse("每年12月底") == Deadline(text: "每年12月底", kind: .date, date: day("2021-12-31")))
        }

        @Test(arguments: [
            ("每月更新一次", Recurrence.monthly), ("每个月报送进展", .monthly), ("按月公开", .monthly),
            ("每季度公开", .quarterly), ("每季公布", .quarterly), ("按季度更新", .quarterly),
            ("每半年报告一次", .halfYearly), ("每 季度 公开", .quarterly),
            ("每月更新,每季度汇总", .monthly),
        ] as [(String, Recurrence)])
        func recurrenceInRequirement(text: String, recurrence: Recurrence) {
            #expect(DeadlineParser.recurrence(inRequirement: text) == recurrence)
        }

        @Test(arguments: ["每年公开年度报告", "及时公开", "上半年完成", "", "按季节调整"])
        func noRecurrenceInRequirement(text: String) {
            #expect(DeadlineParser.recurrence(inRequirement: text) == nil)
        }
    }
}
