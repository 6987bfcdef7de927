import TaizhangCore

/// Search in the tree looks through every task in reading order, open headings or not, and
/// opens the headings above the hit.
extension TreeScreen {
    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        let order = outline.taskOrder()
        guard !order.isEmpty else { return false }
        let start = startPosition(in: order, forward: forward)
        for step in 0..<order.count {
            let pos = ((start + (forward ? step : -step)) % order.count + order.count) % order.count
            let i = order[pos]
            guard SearchText.matches(context.ledger.tasks[i], needle, ledger: context.ledger) else { continue }
            reveal(task: i, context)
            return true
        }
        return false
    }

    /// Where to start looking: just past the selected task, or at the first task under the
    /// selected heading.
    private func startPosition(in order: [Int], forward: Bool) -> Int {
        guard rows.indices.contains(cursor.selected) else { return 0 }
        switch rows[cursor.selected] {
        case .task(let i, _):
            let pos = order.firstIndex(of: i) ?? 0
            return forward ? pos + 1 : pos - 1
        case .node(let n, _):
            let pos = order.firstIndex { outline.nodeOfTask[$0] >= 0 && outline.path(to: outline.nodeOfTask[$0]).contains(n) } ?? 0
            return forward ? pos : pos - 1
        }
    }

    /// Opens the headings above a task and selects it.
    mutating func reveal(task i: Int, _ context: ScreenContext) {
        guard outline.nodeOfTask[i] >= 0 else { return }
        for n in outline.path(to: outline.nodeOfTask[i]) { expanded.insert(outline.nodes[n].key) }
        let all = flatten()
        guard let index = all.firstIndex(where: { if case .task(i, _) = $0 { return true }; return false }) else { return }
        replaceRows(all, selecting: index, height: context.layout.bodyRows)
    }
}
