import Foundation
import Testing
import TaizhangCore
@testable import TaizhangUI
import TestSupport

/// The import preview through the whole program: keys in, the reading, the store and the
/// document's kept copy checked. The plan is one the importer misreads
/// (Tests/Fixtures/import-preview): its two headings are taken for tasks and the task
/// paragraphs and their unlabelled unit lines for more of their text.
@Suite struct ImportPreviewTests {
    static let plan = TestPaths.fixture("import-preview/营商环境任务.txt")
    static let table = TestPaths.fixture("import-preview/分工表.txt")

    /// An empty store in a temporary folder (nothing imported yet).
    final class EmptyStore: @unchecked Sendable {
        let dir = TempDir("preview")
        let store: LedgerStore
        init() { store = LedgerStore(path: dir.file("ledger.json")) }

        func environment(_ language: Language = .zh, policy: AccessPolicy = .open) -> AppEnvironment {
            AppEnvironment(store: store, policy: policy, login: "tester", today: SeedStore.asOf, strings: Strings(language),
                           storeLabel: "preview/ledger.json", clock: { SeedStore.now })
        }
    }

    static func bytes(_ file: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: file)!) }

    static func preview(_ file: String, ledger: Ledger = Ledger(), _ language: Language = .zh) -> ImportPreview {
        ImportPreview(fileName: (file as NSString).lastPathComponent, bytes: bytes(file),
                      options: ImportOptions(actor: "tester", now: SeedStore.now), ledger: ledger, strings: Strings(language))
    }

    static func screen(_ driver: AppDriver) -> ImportPreviewScreen? { driver.state.current as? ImportPreviewScreen }

    /// Moves the selection to source line `line`.
    static func select(_ line: Int, _ driver: inout AppDriver) {
        driver.press(.character("g"))
        while let s = screen(driver), let at = s.selected, at.line < line, s.cursor.selected < s.rows.count - 1 {
            driver.press(.character("j"))
        }
    }

    /// Gives a line its kind through the chooser (its number in `LineKind.choosable`).
    static func correct(_ line: Int, _ kind: LineKind, _ driver: inout AppDriver) {
        select(line, &driver)
        driver.press(.enter)
        let n = LineKind.choosable.firstIndex(of: kind)! + 1
        driver.press(.character(Character(String(n))))
    }

    /// The corrections that read the misread plan right: two headings, three tasks with their
    /// units, one continued line, the closing remark as preamble.
    static func correctAll(_ driver: inout AppDriver) {
        for (line, kind) in [(5, LineKind.heading), (7, .task), (8, .units), (10, .task), (12, .units), (14, .heading),
                             (16, .task), (17, .units), (19, .preamble)] {
            correct(line, kind, &driver)
        }
        select(11, &driver)
        driver.press(.character("J"))
    }

    static let expectedUnits = [["区市场监管局", "区政务服务中心"], ["区住房城乡建设局", "区自然资源局"], ["区工商联", "区发展改革局"]]

    @Test func theMisreadPlanIsShownLineByLine() throws {
        let empty = EmptyStore()
        let driver = try AppDriver(empty.environment(), preview: Self.preview(Self.plan))
        let screen = try #require(Self.screen(driver))
        #expect(screen.rows.map(\.line) == [1, 3, 5, 7, 8, 10, 11, 12, 14, 16, 17, 19])
        #expect(screen.rows.first { $0.line == 5 }?.kind == .task)        // the heading, misread
        #expect(screen.rows.first { $0.line == 8 }?.kind == .join)        // the units, misread
        #expect(driver.screen.contains("导入预览 营商环境任务.txt"))
        #expect(driver.screen.contains("2 项任务(有责任单位 0 项)"))
        #expect(driver.lines[1].contains("2 项任务"))
        #expect(!driver.lines[0].contains("1 任务树"))                     // the preview alone: no other screens
        #expect(!driver.lines[23].contains("1-5"))
    }

    @Test func aLinesKindIsChosenAndTheReadingRebuiltAtOnce() throws {
        var driver = try AppDriver(EmptyStore().environment(), preview: Self.preview(Self.plan))
        Self.select(5, &driver)
        driver.press(.enter)
        #expect(driver.state.dialog is LineKindChooser)
        #expect(driver.screen.contains("第 5 行读作"))
        driver.press(.down, .enter)                                       // task → heading
        #expect(driver.state.dialog == nil)
        let screen = try #require(Self.screen(driver))
        #expect(screen.preview.corrections.kinds == [5: .heading])
        #expect(screen.selected?.line == 5 && screen.selected?.kind == .heading)
        #expect(screen.preview.result?.plan.sections.map(\.title) == ["提升政务服务效能"])
        #expect(screen.rows.first { $0.line == 7 }?.kind == .fragment)   // its old task's lines, for the coordinator to place
        #expect(driver.selectedLine?.contains("标题层级!") == true)
        #expect(driver.screen.contains("手工更正 1 处"))
    }

    @Test func joinUndoAndEveryCorrectionReadTheDocumentAgain() throws {
        var driver = try AppDriver(EmptyStore().environment(), preview: Self.preview(Self.plan))
        Self.correct(10, .task, &driver)
        Self.select(11, &driver)
        driver.press(.character("J"))
        var screen = try #require(Self.screen(driver))
        #expect(screen.preview.corrections.kinds[11] == .join)
        let task = try #require(screen.preview.result?.tasks.first { $0.lines.contains(10) })
        #expect(task.lines.contains(11) && task.text.contains("审批时间压缩至60个工作日以内"))
        #expect(screen.selected?.line == 11 && screen.selected?.corrected == true)

        Self.correct(12, .deadline, &driver)                              // a slip ...
        driver.press(.character("u"))                                     // ... taken back
        screen = try #require(Self.screen(driver))
        #expect(screen.preview.corrections.kinds[12] == nil)
        #expect(screen.preview.corrections.kinds[11] == .join)           // only that line
        driver.press(.character("u"))
        #expect(driver.state.message?.text == "第 12 行没有手工更正")
    }

    @Test func aColumnsMeaningIsChosenFromTheChooser() throws {
        var driver = try AppDriver(EmptyStore().environment(), size: TerminalSize(rows: 40, cols: 120), preview: Self.preview(Self.table))
        var screen = try #require(Self.screen(driver))
        #expect(screen.preview.columns.map(\.header) == ["序号", "工作任务", "承办科室", "完成时限", "备注"])
        #expect(screen.preview.result?.tasks.allSatisfy { $0.units.first?.role != .support } == true)
        #expect(driver.screen.contains("3 承办科室=责任单位"))
        driver.press(.character("c"))
        #expect(driver.state.dialog is ColumnMeaningChooser)
        driver.press(.down, .down, .enter)                                 // 承办科室 → its meanings
        #expect(driver.screen.contains("第 3 列“承办科室”的含义"))
        let from = ColumnMeaning.allCases.firstIndex(of: .units)!, to = ColumnMeaning.allCases.firstIndex(of: .supportUnits)!
        for _ in from..<to { driver.press(.down) }
        driver.press(.enter)
        screen = try #require(Self.screen(driver))
        #expect(screen.preview.corrections.columns == [2: .supportUnits])
        let tasks = try #require(screen.preview.result?.tasks)
        #expect(tasks.count == 3 && tasks.allSatisfy { !$0.units.isEmpty && $0.units.allSatisfy { $0.role == .support } })
        #expect(driver.screen.contains("3 承办科室=配合单位!"))
        // Back to what the header says.
        driver.press(.character("c"), .down, .down, .enter)
        for _ in 0..<ColumnMeaning.allCases.count { driver.press(.down) }
        driver.press(.enter)
        #expect(Self.screen(driver)?.preview.corrections.columns.isEmpty == true)
    }

    @Test func aDocumentThatIsNotATableHasNoColumnsToSet() throws {
        var driver = try AppDriver(EmptyStore().environment(), preview: Self.preview(Self.plan))
        driver.press(.character("c"))
        #expect(driver.state.dialog == nil)
        #expect(driver.state.message?.text.contains("没有可设定的列") == true)
    }

    @Test func confirmImportsWithTheCorrectionsKeptAndTheDocumentCopied() throws {
        let empty = EmptyStore()
        var driver = try AppDriver(empty.environment(), preview: Self.preview(Self.plan))
        Self.correctAll(&driver)
        #expect(driver.screen.contains("3 项任务(有责任单位 3 项) · 未归位 0 行"))
        driver.press(.character("i"))
        #expect(driver.state.dialog is ConfirmDialog)
        #expect(driver.screen.contains("3 项任务,更正随方案保存"))
        driver.press(.enter)
        #expect(driver.quit)                                               // import --preview ends with its import
        let imported = try #require(driver.state.imported)
        #expect(imported.outcome == .new)
        let ledger = try LedgerStore(path: empty.store.path).load().ledger
        let plan = try #require(ledger.plans.first)
        #expect(plan.corrections.kinds.count == 10 && plan.corrections.kinds[11] == .join)
        #expect(plan.sections.map(\.title) == ["提升政务服务效能", "加强政企沟通"])
        let tasks = ledger.tasks.filter { $0.plan == plan.id }
        #expect(tasks.map { $0.units.map(\.name) } == Self.expectedUnits)
        #expect(tasks[1].text.contains("审批时间压缩至60个工作日以内"))
        #expect(try SourceArchive(store: empty.store).bytes(of: plan.source.checksum) == Self.bytes(Self.plan))
    }

    @Test func leavingWithCorrectionsAsksFirstAndLeavingChangesNothing() throws {
        let empty = EmptyStore()
        var driver = try AppDriver(empty.environment(), preview: Self.preview(Self.plan))
        Self.correct(5, .heading, &driver)
        driver.press(.character("q"))
        #expect(driver.state.dialog is ConfirmDialog && !driver.quit)
        #expect(driver.screen.contains("尚未导入的更正(1 处)将丢失"))
        driver.press(.escape)                                              // stay
        #expect(driver.state.dialog == nil && !driver.quit)
        #expect(Self.screen(driver)?.preview.corrections.kinds == [5: .heading])
        driver.press(.character("q"), .enter)                              // leave
        #expect(driver.quit && driver.state.imported == nil)
        #expect(!empty.store.exists)
        #expect(!FileManager.default.fileExists(atPath: SourceArchive(store: empty.store).directory))
    }

    @Test func leavingWithoutCorrectionsGoesAtOnce() throws {
        var driver = try AppDriver(EmptyStore().environment(), preview: Self.preview(Self.plan))
        driver.press(.escape)
        #expect(driver.quit && driver.state.dialog == nil)
    }

    @Test func onlyCoordinatorsImportAsWithTheImportCommand() throws {
        let empty = EmptyStore()
        let policy = AccessPolicy(coordinators: ["wang"], officers: ["tester": ["区工商联"]])
        var driver = try AppDriver(empty.environment(policy: policy), preview: Self.preview(Self.plan))
        Self.correctAll(&driver)
        driver.press(.character("i"), .enter)
        #expect(!driver.quit)
        #expect(driver.state.message?.kind == .error)
        #expect(driver.state.message?.text.contains("只有协调人可以导入方案") == true, "\(driver.state.message?.text ?? "")")
        #expect(Self.screen(driver)?.preview.corrections.kinds.count == 10)   // nothing typed is lost
        #expect(!empty.store.exists)
    }

    @Test func aDocumentWithNothingToReadSaysWhyAndImportsNothing() throws {
        let text = "各单位要高度重视,明确专人负责。\n\n请于每月底前报送工作进展。\n"
        let preview = ImportPreview(fileName: "通知.txt", bytes: Array(text.utf8), options: ImportOptions(actor: "tester", now: SeedStore.now),
                                    ledger: Ledger(), strings: Strings(.zh))
        var driver = try AppDriver(EmptyStore().environment(), preview: preview)
        #expect(driver.screen.contains("没有找到任务"))
        #expect(Self.screen(driver)?.rows.map(\.kind) == [.fragment, .fragment])
        driver.press(.character("i"))
        #expect(driver.state.dialog == nil && driver.state.message?.kind == .warning)
        Self.correct(1, .task, &driver)                                     // the coordinator says what it is
        #expect(Self.screen(driver)?.preview.result?.tasks.count == 1)
        #expect(!driver.screen.contains("没有找到任务"))
    }

    @Test func theReviewScreensKeyOpensThePlansPreviewFromItsKeptCopy() throws {
        let seed = try SeedStore()
        var driver = try AppDriver(seed.environment())
        driver.press(.character("5"), .down, .character("p"))               // HN21-1: imported before copies were kept
        let plan = try #require(driver.state.ledger.plan(PlanID("HN21")))
        let message = try #require(driver.state.message)
        #expect(message.kind == .error)
        #expect(message.text.contains("taizhang import --preview " + plan.source.fileName))
        #expect(driver.state.current is ReviewScreen)

        let file = try #require(TestPaths.allSeeds.first { ($0 as NSString).lastPathComponent == plan.source.fileName })
        try SourceArchive(store: seed.store).keep(Self.bytes(file))
        driver.press(.character("p"))
        let screen = try #require(Self.screen(driver))
        #expect(screen.title(driver.state.context()) == "导入预览 " + plan.source.fileName)
        #expect(driver.lines[0].contains("1 任务树"))                        // opened over the ledger's screens
        #expect(screen.preview.result?.outcome == .unchanged(plan.id))
        driver.press(.character("q"))                                       // nothing corrected: back at once
        #expect(driver.state.current is ReviewScreen && driver.state.dialog == nil)

        driver.press(.character("p"))
        let first = try #require(Self.screen(driver)?.rows.first { $0.kind == .preamble })
        Self.correct(first.line, .fragment, &driver)
        driver.press(.character("1"))                                       // 1–5 would lose it too: asks
        #expect(driver.state.dialog is ConfirmDialog)
        driver.press(.escape, .character("i"), .enter)
        #expect(!driver.quit && driver.state.current is ReviewScreen)
        #expect(driver.state.message?.kind == .success)
        #expect(driver.state.message?.text.contains("已更新方案 HN21") == true)
        let stored = try #require(try seed.reloaded().plan(PlanID("HN21")))
        #expect(stored.corrections.kinds == [first.line: .fragment])
        #expect(stored.fragments.contains { $0.line == first.line })
    }

    @Test func belowTheMinimumSizeItSaysSoAndComesBack() throws {
        var driver = try AppDriver(EmptyStore().environment(), preview: Self.preview(Self.plan))
        Self.correct(5, .heading, &driver)
        driver.send(.resize(rows: 12, cols: 50))
        #expect(driver.screen.contains("窗口太小"))
        driver.send(.resize(rows: 16, cols: 60))
        #expect(driver.screen.contains("导入预览") && driver.selectedLine?.contains("标题层级!") == true)
        for line in driver.lines { #expect(DisplayWidth.width(line) <= 60) }
    }

    // MARK: snapshots

    struct Scenario: CustomTestStringConvertible, Sendable {
        var name: String
        var file: String
        var language: Language = .zh
        var keys: [KeyEvent] = []
        var testDescription: String { name }
    }

    /// Three corrections made (a heading, a task, its units), the rest still misread.
    static let someCorrections: [KeyEvent] = [.character("g"), .down, .down, .enter, .character("2"), .down, .enter, .character("1"),
                                              .down, .enter, .character("3")]

    static let scenarios: [Scenario] = [
        Scenario(name: "import-preview", file: plan, keys: someCorrections),
        Scenario(name: "import-preview-en", file: plan, language: .en, keys: someCorrections),
        Scenario(name: "import-preview-kind", file: plan, keys: [.down, .down, .enter]),
        Scenario(name: "import-preview-table", file: table, keys: [.character("c"), .down, .down, .enter]),
        Scenario(name: "import-preview-table-en", file: table, language: .en),
    ]

    @Test(arguments: scenarios, [TerminalSize(rows: 24, cols: 80), TerminalSize(rows: 40, cols: 120)])
    func screen(_ scenario: Scenario, _ size: TerminalSize) throws {
        var driver = try AppDriver(EmptyStore().environment(scenario.language), size: size,
                                   preview: Self.preview(scenario.file, scenario.language))
        for key in scenario.keys { driver.press(key) }
        let lines = driver.lines
        for (row, line) in lines.enumerated() {
            #expect(DisplayWidth.width(line) <= size.cols, "row \(row) is wider than the window: \(line)")
        }
        Snapshot.check(lines, "\(scenario.name)-\(size)")
    }
}
