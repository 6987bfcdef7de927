import TaizhangCore

/// Enter on the import preview: what a line is read as, from `LineKind.choosable`; Enter (or
/// the kind's number, one key) reads the document again with it.
struct LineKindChooser: Dialog {
    let line: Int
    let current: LineKind
    private(set) var selected: Int

    init(_ reading: LineReading) {
        line = reading.line
        current = reading.kind
        selected = LineKind.choosable.firstIndex(of: reading.kind) ?? 0
    }

    var scopes: [KeyScope] { [.chooser, .dialog] }
    var choice: LineKind { LineKind.choosable[selected] }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        selected = DialogBox.move(selected, command, count: LineKind.choosable.count)
        switch command {
        case .cancel?: return .closeDialog
        case .confirm?: return choice == current ? .closeDialog : .correct(.line(line, choice))
        case .chooseNumber?:
            guard case .character(let c) = key, let n = c.wholeNumberValue, (1...LineKind.choosable.count).contains(n) else { break }
            selected = n - 1
            return choice == current ? .closeDialog : .correct(.line(line, choice))
        default: break
        }
        return .none
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let s = context.strings
        let box = DialogBox(rows: LineKind.choosable.count, wanted: 40, size: context.size)
        box.draw(title: s(.uiPreviewKindTitle, line), keys: DialogBox.keys(scopes, s), into: &buffer)
        let labels = LineKind.choosable.enumerated().map { n, kind in
            "\(n + 1) " + s.lineKind(kind) + (kind == current ? "  " + s(.uiCurrent) : "")
        }
        box.drawChoices(labels, selected: selected, into: &buffer) { LineKindLook.style(LineKind.choosable[$0]) }
        return nil
    }
}
