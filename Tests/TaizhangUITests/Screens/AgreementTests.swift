import Foundation
import Testing
import TaizhangCore
@testable import TaizhangUI
import TestSupport

/// The screens and the command line give the same figures on the seed ledger at three
/// dates: one query layer (docs/outputs.md, "One way to count"). A coordinator who sees 47 on
/// the screen must read 47 in the notice.
@Suite(.serialized) struct AgreementTests {
    static let seed = try! SeedStore()
    static let dates = ["2017-07-15", "2021-10-15", "2022-01-15"]

    func cli(_ args: [String], _ day: String) throws -> Any {
        let r = CommandRunner.taizhang(args + ["--as-of", day, "--format", "json"],
                                       env: ["TAIZHANG_STORE": Self.seed.store.path, "TZ": "UTC"])
        #expect(r.status == 0, "\(args): \(r.stderr)")
        return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    func context(_ day: Day) throws -> ScreenContext {
        let ledger = try Self.seed.reloaded()
        return ScreenContext(ledger: ledger, tasks: Array(ledger.tasks.indices), today: day, strings: Strings(.zh),
                             size: TerminalSize(rows: 40, cols: 120), filter: TaskFilter())
    }

    @Test(arguments: dates) func overdueCountsAgree(_ iso: String) throws {
        let day = try #require(Day(iso: iso))
        let ctx = try context(day)
        let items = try #require(try cli(["overdue"], iso) as? [[String: Any]])
        let outline = LedgerOutline(ledger: ctx.ledger, tasks: ctx.tasks, today: day)
        let treeOverdue = outline.roots.map { outline.nodes[$0].counts.overdue }.reduce(0, +)
        let screen = OverdueScreen(ctx)
        #expect(items.count == treeOverdue, "tree \(treeOverdue), overdue \(items.count) at \(iso)")
        #expect(items.count == screen.taskCount, "overdue screen \(screen.taskCount), overdue \(items.count) at \(iso)")
        #expect(Set(items.compactMap { $0["id"] as? String }).count == items.count)   // a task once
        #expect(items.count > 0)
    }

    @Test(arguments: dates) func unitFiguresAgree(_ iso: String) throws {
        let day = try #require(Day(iso: iso))
        let ctx = try context(day)
        let groups = try #require(try cli(["overdue", "--by-unit"], iso) as? [[String: Any]])
        let byUnitCLI = Dictionary(uniqueKeysWithValues: groups.compactMap { g -> (String, Int)? in
            guard let unit = g["unit"] as? String, let items = g["items"] as? [Any] else { return nil }
            return (unit, items.count)
        })
        var onScreen: [String: Int] = [:]
        for row in OverdueScreen(ctx).list.rows { if case .unit(let name, let count, _) = row { onScreen[name] = count } }
        onScreen[Strings(.zh)(.noUnit)] = nil
        #expect(onScreen == byUnitCLI, "overdue screen and overdue --by-unit differ at \(iso)")
        let units = try #require(try cli(["units"], iso) as? [[String: Any]])
        let unitsCLI = Dictionary(uniqueKeysWithValues: units.map { ($0["name"] as! String, $0["overdue"] as! Int) }).filter { $0.value > 0 }
        let unitsScreen = Dictionary(uniqueKeysWithValues: UnitsScreen.summaries(ctx).map { ($0.name, $0.overdue) }).filter { $0.value > 0 }
        #expect(unitsCLI == byUnitCLI && unitsScreen == byUnitCLI, "units and overdue --by-unit differ at \(iso)")
        let report = try #require(try cli(["report", "--by", "unit"], iso) as? [String: Any])
        let rows = try #require(report["rows"] as? [[String: Any]])
        let reportCLI = Dictionary(uniqueKeysWithValues: rows.compactMap { r -> (String, Int)? in
            guard let label = r["label"] as? String, let n = r["overdue"] as? Int, n > 0 else { return nil }
            return (label, n)
        })
        #expect(reportCLI == byUnitCLI, "report --by unit and overdue --by-unit differ at \(iso)")
    }

    @Test(arguments: dates) func totalsAndDoneAgreeWithTheTree(_ iso: String) throws {
        let day = try #require(Day(iso: iso))
        let ctx = try context(day)
        let outline = LedgerOutline(ledger: ctx.ledger, tasks: ctx.tasks, today: day)
        let roots = outline.roots.map { outline.nodes[$0].counts }
        let report = try #require(try cli(["report", "--by", "plan"], iso) as? [String: Any])
        let all = try #require(report["all"] as? [String: Any])
        #expect(all["total"] as? Int == roots.map(\.total).reduce(0, +))
        #expect(all["done"] as? Int == roots.map(\.done).reduce(0, +))
        #expect(all["overdue"] as? Int == roots.map(\.overdue).reduce(0, +))
    }

    /// The as-of day's month and December 2021 (where most of the seed plans fall due).
    @Test(arguments: dates) func theCalendarMonthsAgree(_ iso: String) throws {
        let day = try #require(Day(iso: iso))
        let ctx = try context(day)
        let index = CalendarIndex(ctx)
        for (year, month) in [(day.year, day.month), (2021, 12)] {
            let r = CommandRunner.taizhang(["calendar", "--as-of", iso, "--lang", "zh", "--month", String(format: "%04d-%02d", year, month)],
                                           env: ["TAIZHANG_STORE": Self.seed.store.path])
            let grid = r.stdout.components(separatedBy: "\n(n)").first ?? ""
            let regex = try NSRegularExpression(pattern: "\\((\\d+)\\)(!?)")
            let matches = regex.matches(in: grid, range: NSRange(grid.startIndex..., in: grid))
            let cliTotal = matches.map { Int((grid as NSString).substring(with: $0.range(at: 1)))! }.reduce(0, +)
            let cliLateDays = matches.filter { $0.range(at: 2).length > 0 }.count
            let summary = index.summary(year: year, month: month)
            #expect(cliTotal == summary.total, "calendar \(year)-\(month): command \(cliTotal), screen \(summary.total) at \(iso)")
            let first = Day(year: year, month: month, day: 1)!
            let lateDays = (0..<Day.daysIn(month: month, year: year)).filter { index.summary(first.adding(days: $0)).overdue > 0 }.count
            #expect(cliLateDays == lateDays, "calendar \(year)-\(month): days with overdue work differ at \(iso)")
            if month == 12 { #expect(cliTotal > 0) }
        }
    }
}
