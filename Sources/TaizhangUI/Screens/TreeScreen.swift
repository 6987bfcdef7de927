import TaizhangCore

/// 1: plan → section → subsection → task, with done/total and overdue on every heading.
///
/// Plans start open with their sections closed. Only the rows on screen are drawn; the
/// outline is built once per ledger or filter change (`LedgerOutline`).
struct TreeScreen: Screen {
    enum Row: Hashable {
        case node(Int, depth: Int)
        case task(Int, depth: Int)
    }

    /// What a row shows, stable across rebuilds: how the selection is found again.
    enum RowKey: Hashable {
        case node(LedgerOutline.Key)
        case task(TaskID)
    }

    private(set) var outline: LedgerOutline
    private(set) var rows: [Row] = []
    var expanded: Set<LedgerOutline.Key>
    private(set) var cursor = ListCursor()
    private var hidesEmpty: Bool
    private var anchored: RowKey?

    init(_ context: ScreenContext) {
        outline = LedgerOutline(ledger: context.ledger, tasks: context.tasks, today: context.today)
        expanded = Set(context.ledger.plans.map { .plan($0.id) })
        hidesEmpty = context.filtering
        rows = flatten()
    }

    var scopes: [KeyScope] { [.tree, .tasks, .list] }

    func selectedTaskIndex() -> Int? {
        guard rows.indices.contains(cursor.selected), case .task(let i, _) = rows[cursor.selected] else { return nil }
        return i
    }

    /// The rows open headings show: a heading's own tasks first, then its sub-headings.
    func flatten() -> [Row] {
        var out: [Row] = []
        func visit(_ n: Int, _ depth: Int) {
            let node = outline.nodes[n]
            if hidesEmpty && node.counts.tasks == 0 { return }
            out.append(.node(n, depth: depth))
            guard expanded.contains(node.key) else { return }
            out += node.tasks.map { .task($0, depth: depth + 1) }
            for child in node.children { visit(child, depth + 1) }
        }
        outline.roots.forEach { visit($0, 0) }
        return out
    }

    func key(of row: Row, in ledger: Ledger) -> RowKey {
        switch row {
        case .node(let n, _): return .node(outline.nodes[n].key)
        case .task(let i, _): return .task(ledger.tasks[i].id)
        }
    }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        let height = context.layout.bodyRows
        if cursor.navigate(command, count: rows.count, height: height) { return .none }
        guard rows.indices.contains(cursor.selected) else { return .none }
        switch (command, rows[cursor.selected]) {
        case (.open, .task(let i, _)): return .openTask(context.ledger.tasks[i].id)
        case (.open, .node(let n, _)): setExpanded(n, !expanded.contains(outline.nodes[n].key), height)
        case (.expand, .node(let n, _)):
            if expanded.contains(outline.nodes[n].key) { cursor.move(by: 1, count: rows.count, height: height) }
            else { setExpanded(n, true, height) }
        case (.collapse, .node(let n, _)) where expanded.contains(outline.nodes[n].key): setExpanded(n, false, height)
        case (.collapse, _): selectParent(height)
        default: return TaskActions.action(command, on: selectedTaskIndex().map { context.ledger.tasks[$0].id }, context)
        }
        return .none
    }

    private mutating func setExpanded(_ node: Int, _ open: Bool, _ height: Int) {
        if open { expanded.insert(outline.nodes[node].key) } else { expanded.remove(outline.nodes[node].key) }
        rows = flatten()
        cursor.clamp(count: rows.count, height: height)
    }

    private mutating func selectParent(_ height: Int) {
        let parent: Int?
        switch rows[cursor.selected] {
        case .node(let n, _): parent = outline.nodes[n].parent
        case .task(let i, _): parent = outline.nodeOfTask[i]
        }
        guard let parent, let index = rows.firstIndex(where: { if case .node(parent, _) = $0 { return true }; return false }) else { return }
        cursor.select(index, count: rows.count, height: height)
    }

    mutating func anchor(in ledger: Ledger) {
        anchored = rows.indices.contains(cursor.selected) ? key(of: rows[cursor.selected], in: ledger) : nil
    }

    mutating func rebuild(_ context: ScreenContext) {
        outline = LedgerOutline(ledger: context.ledger, tasks: context.tasks, today: context.today)
        hidesEmpty = context.filtering
        if case .task(let id)? = anchored, let i = context.ledger.tasks.firstIndex(where: { $0.id == id }), outline.nodeOfTask[i] >= 0 {
            outline.path(to: outline.nodeOfTask[i]).forEach { expanded.insert(outline.nodes[$0].key) }
        }
        rows = flatten()
        let index = anchored.flatMap { old in rows.firstIndex { key(of: $0, in: context.ledger) == old } }
        cursor.reselect(index, count: rows.count, height: context.layout.bodyRows)
        anchored = nil
    }

    mutating func replaceRows(_ newRows: [Row], selecting index: Int, height: Int) {
        rows = newRows
        cursor.select(index, count: rows.count, height: height)
    }

    mutating func fit(_ context: ScreenContext) {
        cursor.clamp(count: rows.count, height: context.layout.bodyRows)
    }
}
