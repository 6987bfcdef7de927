import TaizhangCore

/// A question before something that cannot be taken back here (importing, leaving with
/// corrections not imported): Enter does it, Esc goes back to where the person was.
struct ConfirmDialog: Dialog {
    let title: String
    let text: String
    /// What Enter does.
    let action: AppAction

    var scopes: [KeyScope] { [.dialog] }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        switch command {
        case .confirm?: return action
        case .cancel?: return .closeDialog
        default: return .none
        }
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let s = context.strings
        let width = min(60, context.size.cols - 2)
        let lines = DisplayWidth.wrap(VisibleText.sanitize(text), width: width - 4)
        let box = DialogBox(rows: lines.count, wanted: width, size: context.size)
        box.draw(title: title, keys: DialogBox.keys(scopes, s), into: &buffer)
        for (n, line) in lines.prefix(box.height - 2).enumerated() {
            buffer.put(line, row: box.row(n), col: box.innerLeft, maxWidth: box.innerWidth)
        }
        return nil
    }
}
