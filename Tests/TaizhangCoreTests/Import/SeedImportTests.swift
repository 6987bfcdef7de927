import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// Pins what the importer reads from each real plan: counts, sections, and specific tasks'
/// units, roles and time limits.
@Suite struct SeedImportTests {
    static let now = Timestamp(seconds: 1_634_256_000)

    static func importSeed(_ prefix: String, year: Int? = nil) throws -> (Plan, [LedgerTask]) {
        let r = try PlanImporter.read(file: TestPaths.seed(prefix), options: ImportOptions(year: year, actor: "tester", now: now),
                                      ledger: Ledger())
        return (r.plan, r.tasks)
    }

    static func task(_ tasks: [LedgerTask], _ id: String) throws -> LedgerTask {
        try #require(tasks.first { $0.id.rawValue == id }, "no task \(id)")
    }

    static func units(_ t: LedgerTask, _ level: UnitLevel = .task) -> [String] {
        t.units.filter { $0.level == level }.map { "\($0.name)/\($0.role.rawValue)" }
    }

    static func sectionTitle(_ plan: Plan, _ t: LedgerTask) -> String? { plan.section(t.section)?.title }

    /// Every line of the document is in a task, a heading, the preamble or the fragments.
    static func expectNothingLost(_ plan: Plan, _ tasks: [LedgerTask]) {
        let problems = LedgerCheck.run(Ledger(plans: [plan], tasks: tasks))
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func pipeTableWithMergedCells() throws {
        let (plan, tasks) = try Self.importSeed("000")
        #expect(plan.id == PlanID("HD21"))
        #expect(plan.title == "广州市花都区市场监督管理局2021年政务公开工作要点细化分工")
        #expect(plan.year == 2021 && plan.yearSource == .title)
        #expect(tasks.count == 33)
        #expect(tasks.map(\.number) == (1...33).map { String($0) })
        #expect(plan.sections.filter { $0.depth == 1 }.map(\.marker) == ["一", "二", "三", "四", "五"])
        // Subsections repeated at page breaks are one subsection.
        #expect(plan.sections.filter { $0.title == "不断改进政策解读工作方式。" }.count == 1)
        #expect(plan.sections.filter { $0.title == "完善政务公开平台。" }.count == 1)

        let t3 = try Self.task(tasks, "HD21-3")
        #expect(Self.units(t3) == ["区发展改革局/lead", "区各单位/responsible", "各镇（街）/support"])
        #expect(Self.units(t3, .measure) == ["审批科/responsible", "信用监管科/responsible", "价监科/responsible",
                                             "知识产权科/responsible", "网广科/responsible"])
        #expect(t3.unitCells.map(\.written) == ["区发展改革局牵头,区各单位落实;各镇(街)", "审批科、信用监管科、价监科、知识产权科、网广科"])
        #expect(t3.measure?.hasPrefix("及时公开有关注册登记") == true)
        #expect(t3.deadline.kind == .ongoing && t3.deadline.date == nil && t3.deadline.text == "长期推进")

        // Four cells: the district's units are the merged cell of task 5.
        let t6 = try Self.task(tasks, "HD21-6")
        #expect(Self.units(t6) == ["区财政局/lead", "区各单位/responsible", "各镇（街）/support"])
        #expect(Self.units(t6, .measure) == ["财务科/responsible"])
        #expect(t6.deadline.kind == .event && t6.deadline.text == "按财政部门规定的时间完成")

        // A repeated subsection cell at a page break, with the units merged from task 13.
        let t14 = try Self.task(tasks, "HD21-14")
        #expect(Self.sectionTitle(plan, t14) == "不断改进政策解读工作方式。")
        #expect(Self.units(t14).first == "区政务服务数据管理局/lead")
        #expect(t14.measure == "严格按照上级要求,加强协同联动,及时办理有关政策问答。")

        let t1 = try Self.task(tasks, "HD21-1")
        #expect(t1.deadline.date == Day(year: 2021, month: 12, day: 31) && !t1.deadline.guessed)
        #expect(Self.units(t1, .measure) == ["办公室/lead", "各部门/responsible"])
        let t15 = try Self.task(tasks, "HD21-15")
        #expect(Self.units(t15, .measure) == ["办公室/lead", "执法应急科/lead", "各部门/responsible"])
        let t7 = try Self.task(tasks, "HD21-7")
        #expect(Self.units(t7) == ["区卫生健康局/responsible", "区科技工业商务信息化局/responsible", "区市场监管局/responsible",
                                   "区交通运输局/responsible", "各镇（街）/responsible"])
        let t33 = try Self.task(tasks, "HD21-33")
        #expect(t33.deadline.kind == .event)

        #expect(plan.preamble.contains { $0.line == 42 && $0.text.hasPrefix("备注") })
        #expect(plan.fragments.isEmpty)
        #expect(tasks.allSatisfy { !$0.needsReview })
        Self.expectNothingLost(plan, tasks)
    }

    @Test func oneCellPerLineWithDamagedHeadings() throws {
        let (plan, tasks) = try Self.importSeed("001")
        #expect(plan.id == PlanID("HN21"))
        #expect(plan.title == "淮南市人民政府办公室2021年政务公开重点工作任务分工")
        #expect(plan.issued == Day(year: 2021, month: 9, day: 10))
        #expect(tasks.count == 28)
        #expect(tasks.map(\.number) == (1...28).map { String($0) })
        let top = plan.sections.filter { $0.depth == 1 }
        #expect(top.map(\.marker) == ["一", "二", "三", "四", "五"])
        #expect(top.filter(\.guessed).map(\.marker) == ["四", "五"])
        // Headings repeated at page breaks merge into the first.
        #expect(plan.sections.filter { $0.title == "聚焦解读回应深化政务公开" }.count == 1)
        #expect(plan.sections.filter { $0.title == "着力完善政策解读方式" }.count == 1)
        #expect(plan.sections.filter { $0.title == "聚焦条例落实深化政务公开" }.first?.lines == [246, 268])
        let lost = try #require(plan.sections.first { $0.title == "狠抓任务落实" })
        #expect(lost.marker == "(二)" && lost.guessed && plan.section(lost.parent)?.marker == "五")
        #expect(plan.sections.count == 20)

        let t6 = try Self.task(tasks, "HN21-6")
        #expect(Self.units(t6) == ["“放管服”改革和营商环境监督科/responsible", "政务公开指导办/responsible", "政府网站/responsible"])
        let t1 = try Self.task(tasks, "HN21-1")
        #expect(t1.deadline.text == "年底前" && t1.deadline.date == Day(year: 2021, month: 12, day: 31) && t1.deadline.guessed)
        #expect(t1.review.map(\.kind) == [.yearGuessed])
        let t5 = try Self.task(tasks, "HN21-5")
        #expect(t5.deadline.kind == .ongoing && !t5.needsReview)
        let t12 = try Self.task(tasks, "HN21-12")
        #expect(Self.sectionTitle(plan, t12) == "着力完善政策解读方式")
        // Web-page junk before and the feedback form after go to the preamble.
        #expect(plan.preamble.contains { $0.line == 3 })
        #expect(plan.preamble.contains { $0.line == 311 })
        #expect(!tasks.contains { $0.text.contains("宝贵的意见") })
        #expect(plan.fragments.isEmpty)
        Self.expectNothingLost(plan, tasks)
    }

    @Test func theYearGivenAtImportIsNotAGuess() throws {
        let (_, tasks) = try Self.importSeed("001", year: 2021)
        #expect(tasks.allSatisfy { !$0.deadline.guessed })
        #expect(!tasks.contains { $0.needsReview })
    }

    @Test func scrambledScrapeKeepsEveryLineAndFlagsEveryGuess() throws {
        let (plan, tasks) = try Self.importSeed("002")
        #expect(plan.id == PlanID("DG17") && plan.year == 2017)
        #expect(plan.source.layout.contains("scrambled"))
        #expect(tasks.count >= 55)
        #expect(tasks.allSatisfy { $0.review.contains { $0.kind == .sectionGuessed } })
        #expect(tasks.filter { !$0.units.isEmpty }.allSatisfy { $0.review.contains { $0.kind == .unitsGuessed } })
        #expect(tasks.filter { $0.deadline.text != nil }.allSatisfy { $0.review.contains { $0.kind == .deadlineGuessed } })
        let group7 = try #require(plan.sections.first { $0.marker == "7" })
        #expect(group7.title == "做好“信用广东”网站的连接工作")
        #expect(plan.sections.filter { $0.marker == "15" }.count == 1)
        let t = try Self.task(tasks, "DG17-7.1")
        #expect(Self.units(t) == ["市发改局/lead"]) // the column is headed 牵头单位
        #expect(t.deadline.text == "全年" && t.deadline.allYear)
        #expect(plan.fragments.contains { $0.line == 4 && $0.text == "12月底" })
        #expect(plan.preamble.contains { $0.line == 1 })
        Self.expectNothingLost(plan, tasks)
    }

    @Test func proseWithTrailingLeadDepartments() throws {
        let (plan, tasks) = try Self.importSeed("003")
        #expect(plan.id == PlanID("SH19") && plan.year == 2019)
        #expect(tasks.count == 17)
        #expect(plan.preamble.map(\.line) == [1])
        #expect(tasks.prefix(16).allSatisfy { $0.deadline.kind == .none && $0.units.allSatisfy { $0.role == .lead } })
        let t1 = try Self.task(tasks, "SH19-1")
        #expect(Self.units(t1) == ["综合规划处/lead"])
        #expect(t1.text.hasSuffix("相关方等列席政府有关会议制度。制定本年度本机关重大行政决策目录清单。优化局门户网站“重大决策”栏目建设,集中展示重大行政决策目录、决策草案及依据、意见收集及采纳等信息。"))
        #expect(!t1.text.contains("牵头部门"))
        let t4 = try Self.task(tasks, "SH19-4")
        #expect(Self.units(t4) == ["食品安全协调处/lead", "办公室/lead"])
        #expect(t4.unitCells.first?.andOthers == true && t4.review.contains { $0.kind == .unitsOpen })
        let closing = try Self.task(tasks, "SH19-17")
        #expect(closing.deadline.kind == .relative && closing.deadline.relativeDays == 30 && closing.deadline.date == nil)
        #expect(closing.section == nil)
        #expect(closing.review.contains { $0.kind == .unitsGuessed })
        #expect(plan.sections.filter { $0.depth == 1 }.count == 4)
        #expect(plan.sections.filter { $0.depth == 2 }.map(\.marker) == ["(一)", "(二)", "(三)", "(四)", "(五)"])
        Self.expectNothingLost(plan, tasks)
    }

    @Test func noticeThenTabTableWithContinuationRowsAndMarkup() throws {
        let (plan, tasks) = try Self.importSeed("004")
        #expect(plan.id == PlanID("SW19") && plan.year == 2019)
        #expect(plan.title == "汕尾市城区2019年政务公开工作要点分工方案")
        #expect(plan.issued == Day(year: 2019, month: 9, day: 23))
        #expect(plan.documentNumber == "汕市区府办函（2019）134号")
        #expect(tasks.count == 32)
        // The notice's own numbered paragraphs are preamble, not sections.
        #expect(plan.preamble.contains { $0.line == 13 } && plan.preamble.contains { $0.line == 15 })
        #expect(!plan.sections.contains { $0.title.hasPrefix("各地、各部门") })
        #expect(tasks.allSatisfy { $0.deadline.kind == .none })
        let under2 = plan.sections.filter { plan.section($0.parent)?.marker == "二" }
        #expect(under2.map(\.marker) == ["(一)", "(二)", "(三)"])
        let t4 = try Self.task(tasks, "SW19-4")
        #expect(Self.sectionTitle(plan, t4) == "增强解读回应效果。")
        let t10 = try Self.task(tasks, "SW19-10")
        #expect(Self.units(t10) == ["区司法局/lead", "区直有关行政执法部门/support", "各镇（街道）/support"])
        let t25 = try Self.task(tasks, "SW19-25")
        #expect(t25.text == "推动政务热线与政府网站互动交流系统互联互通、共享共用政策业务咨询问答知识库。")
        #expect(Self.units(t25).prefix(2) == ["区政府办公室（区网站管理中心）/lead", "区政务服务数据局/lead"])
        Self.expectNothingLost(plan, tasks)
    }
}
