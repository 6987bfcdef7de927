import TaizhangCore

/// d: set or change a task's due day — a date, 长期/ongoing, or 待定/tbd; the text as
/// written in the plan is kept beside it.
struct DateEditor: Dialog {
    let task: TaskID
    let deadline: Deadline
    private(set) var editor: LineEditor
    private(set) var error: String?

    init(_ task: LedgerTask) {
        self.task = task.id
        deadline = task.deadline
        editor = LineEditor(task.deadline.date?.iso ?? "")
    }

    var scopes: [KeyScope] { [.dialog] }
    var hasTypedText: Bool { editor.text != (deadline.date?.iso ?? "") }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        switch command {
        case .cancel?: return .closeDialog
        case .confirm?:
            let year = context.ledger[task].flatMap { context.ledger.plan($0.plan)?.year } ?? context.today.year
            guard let changed = deadline.setting(editor.text, year: year) else {
                error = context.strings(.uiDateInvalid, editor.text)
                return .none
            }
            if changed == deadline { return .unchanged }
            return .commit([.deadline(task, changed)])
        default:
            error = nil
            _ = editor.handle(key)
            return .none
        }
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let s = context.strings
        let box = DialogBox(rows: 5, wanted: 64, size: context.size)
        box.draw(title: s(.uiDateTitle, task.rawValue), keys: DialogBox.keys(scopes, s), into: &buffer)
        let written = s(.showAsWritten) + ": " + (deadline.text ?? "—") + "   " + s(.showResolved) + ": "
            + HistoryText(strings: s).value(deadline.summary, of: "due")
        buffer.put(TextFit.line(written, box.innerWidth), row: box.row(0), col: box.innerLeft, style: .role(.muted))
        buffer.put(TextFit.line(s(.uiDatePrompt), box.innerWidth), row: box.row(1), col: box.innerLeft)
        let cursor = editor.draw(into: &buffer, row: box.row(2), col: box.innerLeft, width: box.innerWidth, style: .role(.selection))
        if let error { buffer.put(TextFit.line(error, box.innerWidth), row: box.row(4), col: box.innerLeft, style: CellStyle(.bold, role: .overdue)) }
        return cursor
    }
}
