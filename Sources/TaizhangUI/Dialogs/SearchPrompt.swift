import TaizhangCore

/// /: the search line at the bottom, as in less and vim; Enter jumps to the first hit and
/// n/N go on, an empty search clears it.
struct SearchPrompt: Dialog {
    private(set) var editor: LineEditor

    init(_ previous: String?) { editor = LineEditor(previous ?? "") }

    var scopes: [KeyScope] { [.dialog] }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        switch command {
        case .cancel?: return .closeDialog
        case .confirm?: return .applySearch(editor.text.isEmpty ? nil : editor.text)
        default:
            _ = editor.handle(key)
            return .none
        }
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let row = context.layout.statusRow
        buffer.fill(row: row)
        let label = buffer.put(context.strings(.uiSearchPrompt), row: row, col: 0, style: CellStyle(.bold, role: .accent))
        return editor.draw(into: &buffer, row: row, col: label, width: buffer.cols - label)
    }
}
