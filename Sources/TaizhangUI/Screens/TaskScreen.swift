import TaizhangCore

/// One task in full, wrapped to the window: requirement and measure, units and roles, the
/// time limit as written and as resolved, what is open for review, notes and history.
/// s, n, d, u and r change it; j/k scroll.
struct TaskScreen: Screen {
    let id: TaskID
    private(set) var pager = TextPager()

    init(_ id: TaskID) { self.id = id }

    var scopes: [KeyScope] { [.task, .page] }

    func title(_ context: ScreenContext) -> String? { id.rawValue }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        let height = context.layout.pageRows
        if pager.navigate(command, lineCount: lines(context).count, height: height) { return .none }
        return TaskActions.action(command, on: id, context)
    }

    mutating func rebuild(_ context: ScreenContext) { fit(context) }

    mutating func fit(_ context: ScreenContext) {
        pager.clamp(lineCount: lines(context).count, height: context.layout.pageRows)
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let layout = context.layout
        pager.draw(lines(context), into: &buffer, top: layout.headerRow, rows: layout.pageRows, width: layout.cols)
    }

    func lines(_ context: ScreenContext) -> [StyledLine] {
        guard let task = context.ledger[id] else {
            return [StyledLine(context.strings(.uiTaskGone, id.rawValue), style: .role(.muted))]
        }
        return TaskDetailLines(task: task, context: context).lines
    }
}
