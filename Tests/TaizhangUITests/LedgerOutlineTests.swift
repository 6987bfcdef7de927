import Testing
import TaizhangCore
@testable import TaizhangUI

/// The tree's counts, checked against a plain count of the tasks under each heading.
@Suite struct LedgerOutlineTests {
    static let seed = try! SeedStore()

    private func context(_ ledger: Ledger, filter: TaskFilter = TaskFilter()) -> ScreenContext {
        ScreenContext(ledger: ledger, tasks: filter.indices(in: ledger, asOf: SeedStore.asOf), today: SeedStore.asOf,
                      strings: Strings(.zh), size: TerminalSize(rows: 24, cols: 80), filter: filter)
    }

    @Test func everyHeadingCountsTheTasksBelowIt() throws {
        let ledger = try Self.seed.store.load().ledger
        let outline = LedgerOutline(ledger: ledger, tasks: Array(ledger.tasks.indices), today: SeedStore.asOf)
        for (n, node) in outline.nodes.enumerated() {
            let below = ledger.tasks.indices.filter { i in outline.nodeOfTask[i] >= 0 && outline.path(to: outline.nodeOfTask[i]).contains(n) }
                .map { ledger.tasks[$0] }
            let open = below.filter { $0.status != .cancelled }
            #expect(node.counts.tasks == below.count)
            #expect(node.counts.total == open.count)
            #expect(node.counts.done == open.filter { $0.status == .done }.count)
            #expect(node.counts.overdue == below.filter { $0.isOverdue(asOf: SeedStore.asOf) }.count, "\(node.title)")
        }
        #expect(outline.roots.map { outline.nodes[$0].counts.tasks }.reduce(0, +) == ledger.tasks.count)
        #expect(outline.nodes.map(\.counts.overdue).max() == 47)   // DG17, as of 2021-10-15
    }

    @Test func aFilterHidesHeadingsWithoutMatchingTasks() throws {
        let ledger = try Self.seed.store.load().ledger
        let tree = TreeScreen(context(ledger, filter: TaskFilter(plan: "SW19")))
        let shown = tree.rows.compactMap { row -> String? in
            if case .node(let n, 0) = row { return tree.outline.nodes[n].title } else { return nil }
        }
        #expect(shown.count == 1 && shown[0].hasPrefix("SW19"))
    }
}
