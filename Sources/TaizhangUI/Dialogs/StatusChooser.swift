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
        selected = StatusChooser.choices.firstIndex(of: task.status.next) ?? 0
    }

    /// Reported is not chosen: it is what done becomes for an officer (`ClosingLoop`).
    static let choices = TaskStatus.allCases.filter { $0 != .reported }

    var scopes: [KeyScope] { [.chooser, .dialog] }
    var choice: TaskStatus { StatusChooser.choices[selected] }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        selected = DialogBox.move(selected, command, count: StatusChooser.choices.count)
        switch command {
        case .cancel?: return .closeDialog
        case .confirm?:
            guard choice != current else { return .unchanged }
            guard let task = context.ledger[task] else { return .closeDialog }
            let edits = ClosingLoop.edits(setting: choice, on: task, policy: context.policy, by: context.login)
            // A report needs evidence: ask for it when there is none since the last return.
            if edits.contains(where: { if case .report = $0 { return true }; return false }), !task.hasEvidenceForReport {
                // Whether this login may report the task at all comes before asking for evidence.
                do { try context.policy.check(.report(task.id), in: context.ledger, by: context.login) } catch {
                    return .message(StatusMessage(.error, ErrorText(strings: context.strings).message(error)))
                }
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
        let labels = StatusChooser.choices.map { TaskLook.glyph($0) + " " + s.status($0) + ($0 == current ? "  " + s(.uiCurrent) : "") }
        box.drawChoices(labels, selected: selected, into: &buffer)
        return nil
    }
}
