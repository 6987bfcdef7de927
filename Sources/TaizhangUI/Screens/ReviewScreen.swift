import TaizhangCore

/// 5: what the import guessed and nobody has confirmed yet (tasks with open review flags)
/// and the text it could not place (unplaced fragments), for a coordinator to work through:
/// r confirms a task or resolves a fragment, u corrects a task's units, Enter opens a task,
/// p opens the import preview of the selected item's plan (to correct how it was read).
struct ReviewScreen: Screen {
    enum Row: Hashable {
        case heading(Strings.Key, count: Int)
        case task(Int)
        case fragment(PlanID, line: Int)
    }

    /// What a row is, in ids rather than positions.
    enum Key: Hashable {
        case heading(Strings.Key)
        case task(TaskID)
        case fragment(PlanID, line: Int)
    }

    private(set) var list: RowList<Row, Key>

    init(_ context: ScreenContext) {
        list = RowList(Self.rows(context))
    }

    static func key(_ row: Row, _ ledger: Ledger) -> Key {
        switch row {
        case .heading(let title, _): return .heading(title)
        case .task(let i): return .task(ledger.tasks[i].id)
        case .fragment(let plan, let line): return .fragment(plan, line: line)
        }
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

    var scopes: [KeyScope] { [.review, .tasks, .list] }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        if list.navigate(command, height: context.layout.bodyRows) { return .none }
        switch (command, list.selected) {
        case (.open, .task(let i)?): return .openTask(context.ledger.tasks[i].id)
        case (.markReviewed, .fragment(let plan, let line)?): return .commit([.fragmentResolved(plan, line: line, true)])
        case (.openPreview, .task(let i)?): return .openPreview(context.ledger.tasks[i].plan)
        case (.openPreview, .fragment(let plan, _)?): return .openPreview(plan)
        case (.openPreview, _): return .message(StatusMessage(.info, context.strings(.uiPreviewNoPlan)))
        case (_, .task(let i)?): return TaskActions.action(command, on: context.ledger.tasks[i].id, context)
        default: return .none
        }
    }

    mutating func anchor(in ledger: Ledger) { list.anchor { Self.key($0, ledger) } }

    /// A confirmed task or resolved fragment leaves the list; the selection then stays at the
    /// same position, on the next item to work through.
    mutating func rebuild(_ context: ScreenContext) {
        list.replace(with: Self.rows(context), height: context.layout.bodyRows) { Self.key($0, context.ledger) }
    }

    mutating func fit(_ context: ScreenContext) { list.fit(height: context.layout.bodyRows) }

    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        let ledger = context.ledger
        return list.find(forward: forward, height: context.layout.bodyRows) {
            switch $0 {
            case .heading: return false
            case .task(let i): return SearchText.matches(ledger.tasks[i], needle, ledger: ledger)
            case .fragment(let plan, let line):
                return SearchText.normalize(Self.fragment(plan, line, ledger)?.text ?? "").contains(needle)
            }
        }
    }

    static func fragment(_ plan: PlanID, _ line: Int, _ ledger: Ledger) -> Fragment? {
        ledger.plan(plan)?.fragments.first { $0.line == line }
    }
}
