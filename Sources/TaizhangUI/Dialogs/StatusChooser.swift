import TaizhangCore

/// s: pick a task's status from the list; Enter saves at once.
struct StatusChooser: Dialog {
    let task: TaskID
    let current: TaskStatus
    private(set) var selected: Int

    init(_ task: LedgerTask) {
        self.task = task.id
        current = task.status
        selected = TaskStatus.allCases.firstIndex(of: task.status.next) ?? 0
    }

    var scopes: [KeyScope] { [.chooser, .dialog] }
    var choice: TaskStatus { TaskStatus.allCases[selected] }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        selected = DialogBox.move(selected, command, count: TaskStatus.allCases.count)
        switch command {
        case .cancel?: return .closeDialog
        case .confirm?: return choice == current ? .unchanged : .commit([.status(task, choice)])
        default: break
        }
        return .none
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let s = context.strings
        let box = DialogBox(rows: TaskStatus.allCases.count, wanted: 36, size: context.size)
        box.draw(title: s(.uiStatusTitle, task.rawValue), keys: DialogBox.keys(scopes, s), into: &buffer)
        let labels = TaskStatus.allCases.map { TaskLook.glyph($0) + " " + s.status($0) + ($0 == current ? "  " + s(.uiCurrent) : "") }
        box.drawChoices(labels, selected: selected, into: &buffer)
        return nil
    }
}
