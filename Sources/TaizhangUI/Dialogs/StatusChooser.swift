import TaizhangCore

/// s: pick a task's status from the list; Enter saves at once. On a ledger with coordinators
/// an officer's done is a report (`ClosingLoop`), which asks for evidence when there is none.
struct StatusChooser: Dialog {
    let task: TaskID
    let current: TaskStatus
    private(set) var selected: Int

    init(_ task: LedgerTask) {
        self.task = task.id
        current = task.status
        selected = StatusChooser.choices.firstIndex(of: task.status) ?? 0
    }

    /// Reported is not chosen: it is what done becomes for an officer (`ClosingLoop`).
    static let choices = TaskStatus.allCases.filter { $0 != .reported }

    var scopes: [KeyScope] { [.chooser, .dialog] }
    var choice: TaskStatus { StatusChooser.choices[selected] }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        switch command {
        case .down?: selected = min(selected + 1, StatusChooser.choices.count - 1)
        case .up?: selected = max(selected - 1, 0)
        case .cancel?: return .closeDialog
        case .confirm?:
            guard choice != current, let task = context.ledger[task] else { return .closeDialog }
            let edits = ClosingLoop.edits(setting: choice, on: task, policy: context.policy, by: context.login)
            // A report needs evidence: ask for it when there is none since the last return.
            if edits.contains(where: { if case .report = $0 { return true }; return false }), !task.hasEvidenceForReport {
                return .openDialog(ReasonEditor.report(task.id, context.strings))
            }
            return .commit(edits)
        default: break
        }
        return .none
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let s = context.strings
        let box = DialogBox(rows: StatusChooser.choices.count, wanted: 36, size: context.size)
        box.draw(title: s(.uiStatusTitle, task.rawValue), keys: DialogBox.keys(scopes, s), into: &buffer)
        for (n, status) in StatusChooser.choices.enumerated() {
            let row = box.row(n)
            let chosen = n == selected
            if chosen { buffer.put(ListView.marker, row: row, col: box.innerLeft - 1, style: CellStyle(.bold, role: .accent)) }
            let label = TaskLook.glyph(status) + " " + s.status(status) + (status == current ? "  " + s(.uiCurrent) : "")
            buffer.put(label, row: row, col: box.innerLeft, maxWidth: box.innerWidth, style: chosen ? .reverse : .plain)
        }
        return nil
    }
}
