import Foundation
import TaizhangCore

/// n: type a progress note (Chinese, a URL, a document number); Enter saves it at once.
struct NoteEditor: Dialog {
    let task: TaskID
    private(set) var editor = LineEditor()

    /// Rows the note wraps over inside its box; longer notes scroll by row.
    static let textRows = 3

    init(_ task: TaskID) { self.task = task }

    var scopes: [KeyScope] { [.dialog] }
    var hasTypedText: Bool { !editor.text.trimmingCharacters(in: .whitespaces).isEmpty }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        switch command {
        case .cancel?: return .closeDialog
        case .confirm?:
            let text = editor.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return .message(StatusMessage(.warning, context.strings(.uiNoteEmpty))) }
            return .commit([.note(task, text, period: nil)])
        default:
            _ = editor.handle(key)
            return .none
        }
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let s = context.strings
        let box = DialogBox(rows: 1 + Self.textRows, wanted: 76, size: context.size)
        box.draw(title: s(.uiNoteTitle, task.rawValue), keys: DialogBox.keys(scopes, s), into: &buffer)
        buffer.put(s(.uiNotePrompt), row: box.row(0), col: box.innerLeft, maxWidth: box.innerWidth, style: .role(.muted))
        return editor.drawWrapped(into: &buffer, row: box.row(1), col: box.innerLeft, width: box.innerWidth,
                                  height: Self.textRows, style: .role(.selection))
    }
}
