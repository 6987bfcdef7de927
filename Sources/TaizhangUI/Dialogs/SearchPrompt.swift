import TaizhangCore

/// /: the search line at the bottom, as in less and vim. It opens empty; ↑ and ↓ go through
/// earlier searches. Enter jumps to the first hit and n/N go on, an empty search clears it.
struct SearchPrompt: Dialog {
    private(set) var editor = LineEditor()
    let history: [String]
    /// Which earlier search is shown: `history.count` is the new, empty line.
    private(set) var recalled: Int

    init(history: [String]) {
        self.history = history
        recalled = history.count
    }

    var scopes: [KeyScope] { [.dialog] }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        switch (command, key) {
        case (.cancel?, _): return .closeDialog
        case (.confirm?, _): return .applySearch(editor.text.isEmpty ? nil : editor.text)
        case (_, .up): recall(recalled - 1)
        case (_, .down): recall(recalled + 1)
        default: _ = editor.handle(key)
        }
        return .none
    }

    private mutating func recall(_ index: Int) {
        guard index >= 0 && index <= history.count else { return }
        recalled = index
        editor = LineEditor(index < history.count ? history[index] : "")
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let row = context.layout.statusRow
        buffer.fill(row: row)
        let label = buffer.put(context.strings(.uiSearchPrompt), row: row, col: 0, style: CellStyle(.bold, role: .accent))
        return editor.draw(into: &buffer, row: row, col: label, width: buffer.cols - label)
    }
}
