import Testing
import TaizhangCore
@testable import TaizhangUI

/// The 督办 loop on screen: 6 lists what waits; a coordinator confirms (c) or returns (x, with
/// the reason) a report and decides extensions; an officer reports with evidence, asks for an
/// extension (e) and sees what was sent back first.
@Suite struct LoopScreenTests {
    static let policy = AccessPolicy(coordinators: ["wang"], officers: ["li": ["政务公开指导办"]])
    static let task = TaskID("HN21-1")

    /// li (政务公开指导办) reports HN21-1 with a URL, through the store as another process would.
    func reported(_ seed: SeedStore) throws {
        try seed.commitAsOther([.evidence(Self.task, Evidence(kind: .url, text: "http://www.huainan.gov.cn/a")), .report(Self.task)],
                               by: "li")
    }

    @Test func aCoordinatorConfirmsAReportAndItCountsAsDone() throws {
        let seed = try SeedStore()
        try reported(seed)
        var driver = try AppDriver(seed.environment(login: "wang", policy: Self.policy), size: TerminalSize(rows: 24, cols: 100))
        driver.press(.character("6"))
        #expect(driver.screen.contains("已报结待审核(1)") && driver.screen.contains("url: http://www.huainan"))
        driver.press(.down, .down)   // from 退回整改(0) past 已报结待审核(1) to HN21-1
        #expect(driver.selectedLine?.contains("HN21-1") == true)
        driver.press(.character("c"))
        let task = try #require(try seed.reloaded()[Self.task])
        #expect(task.status == .done && task.history.last?.by == "wang")
        #expect(driver.screen.contains("已报结待审核(0)"))
    }

    @Test func aReturnNeedsAReasonAndTheOfficerSeesItFirst() throws {
        let seed = try SeedStore()
        try reported(seed)
        var coordinator = try AppDriver(seed.environment(login: "wang", policy: Self.policy), size: TerminalSize(rows: 24, cols: 100))
        coordinator.press(.character("6"), .down, .down, .character("x"), .enter)
        #expect(coordinator.state.dialog is ReasonEditor)   // empty reason refused, dialog stays
        coordinator.type("网址打不开,请补充文号")
        coordinator.press(.enter)
        let task = try #require(try seed.reloaded()[Self.task])
        #expect(task.status == .inProgress && task.returns.last?.reason == "网址打不开,请补充文号")
        var officer = try AppDriver(seed.environment(login: "li", policy: Self.policy), size: TerminalSize(rows: 24, cols: 100))
        officer.press(.character("6"))
        let lines = officer.lines
        let returned = try #require(lines.firstIndex { $0.contains("退回整改(1)") })
        #expect(lines[returned + 1].contains("HN21-1") && lines[returned + 1].contains("网址打不开"))
        officer.press(.down, .enter)
        #expect(officer.lines[2].contains("退回整改:网址打不开"))   // the reason is the task screen's first line under the title
    }

    @Test func anOfficerReportsWithEvidenceAndMayNotConfirm() throws {
        let seed = try SeedStore()
        var officer = try AppDriver(seed.environment(login: "li", policy: Self.policy))
        officer.press(.character("5"), .down, .enter)   // HN21-1, 政务公开指导办's
        officer.press(.character("s"), .down, .enter)   // 已完成 (the chooser opens on 进行中, the next status)
        #expect(officer.state.dialog is ReasonEditor)   // no evidence yet: asked for it
        officer.type("http://www.huainan.gov.cn/zwgk/1.html")
        officer.press(.enter)
        let task = try #require(try seed.reloaded()[Self.task])
        #expect(task.status == .reported && task.evidence.first?.kind == .url)
        officer.press(.character("6"), .down, .down, .character("c"))
        #expect(officer.state.message?.kind == .error)
        #expect(try seed.reloaded()[Self.task]?.status == .reported)
    }

    @Test func anOfficerAsksForAnExtensionAndACoordinatorApprovesIt() throws {
        let seed = try SeedStore()
        var officer = try AppDriver(seed.environment(login: "li", policy: Self.policy))
        officer.press(.character("5"), .down, .enter, .character("e"))
        let dialog = try #require(officer.state.dialog as? ExtendDialog)
        let original = dialog.due
        officer.press(.control("u"))
        officer.type("2022-01-31")
        officer.press(.tab)
        officer.type("等待省级平台上线")
        officer.press(.enter)
        #expect(officer.state.dialog == nil)
        #expect(try seed.reloaded()[Self.task]?.pendingExtension?.to == Day(iso: "2022-01-31"))
        var coordinator = try AppDriver(seed.environment(login: "wang", policy: Self.policy), size: TerminalSize(rows: 24, cols: 100))
        coordinator.press(.character("6"))
        #expect(coordinator.screen.contains("延期申请待审批(1)"))
        coordinator.press(.character("G"), .character("c"))
        let task = try #require(try seed.reloaded()[Self.task])
        #expect(task.currentDue(asOf: SeedStore.asOf) == Day(iso: "2022-01-31") && task.originalDue == original)
        #expect(task.deadline.date == original)   // the time limit as written is kept
    }
}
