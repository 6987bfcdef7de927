import TaizhangCore

/// 5: what the import guessed and nobody has confirmed yet (tasks with open review flags)
/// and the text it could not place (unplaced fragments), for a coordinator to work through:
/// r confirms a task or resolves a fragment, u corrects a task's units, Enter opens a task.
struct ReviewScreen: Screen {
    enum Row: Hashable {
        case heading(Strings.Key, count: Int)
        case task(Int)
        case fragment(PlanID, line: Int)
    }

    private(set) var rows: [Row] = []
    private(set) var cursor = ListCursor()
    private var anchored: Row?
    private var anchoredTask: TaskID?

    init(_ context: ScreenContext) {
        rows = Self.rows(context)
    }

    static func rows(_ context: ScreenContext) -> [Row] {
        let ledger = context.ledger
        let tasks = context.tasks.filter { ledger.tasks[$0].needsReview }
        let plans = Set(context.tasks.map { ledger.tasks[$0].plan })
        let fragments = ledger.plans.filter { !context.filtering || plans.contains($0.id) }.flatMap { plan in
            plan.fragments.filter { !$0.resolved }.map { Row.fragment(plan.id, line: $0.line) }
        }
        return [.heading(.uiReviewTasks, count: tasks.count)] + tasks.map(Row.task)
            + [.heading(.uiReviewFragments, count: fragments.count)] + fragments
    }

    var scopes: [KeyScope] { [.review, .list] }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        if cursor.navigate(command, count: rows.count, height: context.layout.bodyRows) { return .none }
        guard rows.indices.contains(cursor.selected) else { return .none }
        switch (command, rows[cursor.selected]) {
        case (.open, .task(let i)): return .openTask(context.ledger.tasks[i].id)
        case (.markReviewed, .fragment(let plan, let line)): return .commit([.fragmentResolved(plan, line: line, true)])
        case (_, .task(let i)): return TaskActions.action(command, on: context.ledger.tasks[i].id, context)
        default: return .none
        }
    }

    mutating func anchor(in ledger: Ledger) {
        anchored = rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil
        if case .task(let i)? = anchored { anchoredTask = ledger.tasks[i].id } else { anchoredTask = nil }
    }

    /// A confirmed task or resolved fragment leaves the list; the selection then stays at the
    /// same position, on the next item to work through.
    mutating func rebuild(_ context: ScreenContext) {
        rows = Self.rows(context)
        let ledger = context.ledger
        let index: Int?
        if let id = anchoredTask {
            index = rows.firstIndex { if case .task(let i) = $0 { return ledger.tasks[i].id == id }; return false }
        } else {
            index = anchored.flatMap { rows.firstIndex(of: $0) }
        }
        cursor.reselect(index, count: rows.count, height: context.layout.bodyRows)
    }

    mutating func fit(_ context: ScreenContext) {
        cursor.clamp(count: rows.count, height: context.layout.bodyRows)
    }

    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        let ledger = context.ledger
        guard let hit = ListSearch.next(from: cursor.selected, count: rows.count, forward: forward, matches: {
            switch rows[$0] {
            case .heading: return false
            case .task(let i): return SearchText.matches(ledger.tasks[i], needle, ledger: ledger)
            case .fragment(let plan, let line):
                return SearchText.normalize(Self.fragment(plan, line, ledger)?.text ?? "").contains(needle)
            }
        }) else { return false }
        cursor.select(hit, count: rows.count, height: context.layout.bodyRows)
        return true
    }

    static func fragment(_ plan: PlanID, _ line: Int, _ ledger: Ledger) -> Fragment? {
        ledger.plan(plan)?.fragments.first { $0.line == line }
    }
}
