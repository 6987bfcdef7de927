import TaizhangCore

/// u: reassign a task by writing its units as a plan would ("A牵头,B、C配合"); the parse is
/// shown as it is typed, and Tab switches to the measure's units in a two-level plan.
struct UnitsEditor: Dialog {
    let task: LedgerTask
    private(set) var level: UnitLevel = .task
    private(set) var editor: LineEditor

    init(_ task: LedgerTask) {
        self.task = task
        editor = LineEditor(Self.written(task, .task))
    }

    static func written(_ task: LedgerTask, _ level: UnitLevel) -> String {
        task.unitCells.filter { $0.level == level }.map(\.written).joined(separator: ",")
    }

    var hasMeasure: Bool { task.measure != nil || task.units.contains { $0.level == .measure } }
    var scopes: [KeyScope] { hasMeasure ? [.dialog, .form] : [.dialog] }
    var hasTypedText: Bool { editor.text != Self.written(task, level) }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        switch command {
        case .cancel?: return .closeDialog
        case .confirm?:
            // Unchanged text keeps the units as they are: parsed again without the plan's
            // column heading, 牵头 could come back as 负责.
            guard hasTypedText else { return .unchanged }
            return .commit([task.replacingUnits(written: editor.text, level: level)])
        case .nextField?, .previousField?:
            level = level == .task ? .measure : .task
            editor = LineEditor(Self.written(task, level))
        default: _ = editor.handle(key)
        }
        return .none
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let s = context.strings
        let box = DialogBox(rows: 5, wanted: 76, size: context.size)
        box.draw(title: s(.uiUnitsTitle, task.id.rawValue, s.level(level)), keys: DialogBox.keys(scopes, s), into: &buffer)
        buffer.put(TextFit.line(s(.uiUnitsPrompt), box.innerWidth), row: box.row(0), col: box.innerLeft, style: .role(.muted))
        let cursor = editor.draw(into: &buffer, row: box.row(1), col: box.innerLeft, width: box.innerWidth, style: .role(.selection))
        let parsed = UnitParser().parse(editor.text, level: level)
        let preview = parsed.units.map { $0.name + "(" + s.role($0.role) + ")" }.joined(separator: "、")
        buffer.put(TextFit.line("→ " + (preview.isEmpty ? "—" : preview), box.innerWidth), row: box.row(3), col: box.innerLeft, style: .role(.accent))
        if let note = parsed.notes.first {
            buffer.put(TextFit.line(note, box.innerWidth), row: box.row(4), col: box.innerLeft, style: .role(.dueSoon))
        }
        return cursor
    }
}
