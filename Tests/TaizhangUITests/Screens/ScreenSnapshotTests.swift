import Testing
import TaizhangCore
@testable import TaizhangUI

/// Every screen and dialog at 80×24 and 120×40 from the seed ledger as of 2021-10-15,
/// compared with Snapshots/*.txt (re-record with TAIZHANG_RECORD=1).
@Suite struct ScreenSnapshotTests {
    struct Scenario: CustomTestStringConvertible, Sendable {
        var name: String
        var keys: [KeyEvent]
        var language: Language = .zh
        var testDescription: String { name }
    }

    static func keys(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }

    static let scenarios: [Scenario] = [
        Scenario(name: "tree", keys: []),
        Scenario(name: "tree-expanded", keys: keys("jlj")),
        Scenario(name: "tree-en", keys: keys("jlj"), language: .en),
        Scenario(name: "units", keys: keys("2")),
        Scenario(name: "unit-tasks", keys: keys("2jjj") + [.enter]),
        Scenario(name: "calendar", keys: keys("3")),
        Scenario(name: "calendar-december", keys: keys("3]]") + [.right, .right, .down, .down]),
        Scenario(name: "calendar-year", keys: keys("3y")),
        Scenario(name: "calendar-ongoing", keys: keys("3o")),
        Scenario(name: "overdue", keys: keys("4")),
        Scenario(name: "overdue-en", keys: keys("4"), language: .en),
        Scenario(name: "review", keys: keys("5")),
        Scenario(name: "task", keys: keys("5j") + [.enter]),
        Scenario(name: "task-en", keys: keys("5j") + [.enter], language: .en),
        Scenario(name: "help", keys: keys("?")),
        Scenario(name: "status-chooser", keys: keys("5j") + [.enter] + keys("sj")),
        Scenario(name: "note-editor", keys: keys("5j") + [.enter] + keys("n已在“政务公开”专栏发布,见 http://www.huainan.gov.cn/")),
        Scenario(name: "date-editor", keys: keys("5j") + [.enter] + keys("d")),
        Scenario(name: "units-editor", keys: keys("5j") + [.enter] + keys("u") + [.control("u")] + keys("办公室牵头,法规科、审批科配合")),
        Scenario(name: "filter-dialog", keys: keys("f") + [.right, .tab] + keys("市政务") + [.tab, .right, .right]),
        Scenario(name: "search-prompt", keys: keys("/双公示")),
        Scenario(name: "loop", keys: keys("6")),
        Scenario(name: "extend-dialog", keys: keys("5j") + [.enter] + keys("e")),
    ]

    static let seed = try! SeedStore()

    @Test(arguments: scenarios, [TerminalSize(rows: 24, cols: 80), TerminalSize(rows: 40, cols: 120)])
    func screen(_ scenario: Scenario, _ size: TerminalSize) throws {
        var driver = try AppDriver(Self.seed.environment(scenario.language), size: size)
        for key in scenario.keys { driver.press(key) }
        let lines = driver.lines
        for (row, line) in lines.enumerated() {
            #expect(DisplayWidth.width(line) <= size.cols, "row \(row) is wider than the window: \(line)")
        }
        #expect(!lines.joined().contains("\u{1B}"))
        Snapshot.check(lines, "\(scenario.name)-\(size)")
    }
}
