import Foundation
import TaizhangCore

/// One line of text that makes an edit: a progress note (n), the evidence of a report, the
/// reason a report is sent back, or why an extension is rejected. Enter saves at once.
struct ReasonEditor: Dialog {
    let title: String
    let prompt: String
    /// False when an empty text is allowed (rejecting an extension needs no reason).
    let required: Bool
    /// What an empty text is told when one is required.
    var empty = Strings.Key.uiReasonEmpty
    /// The edits the typed text (trimmed; nil when empty) makes.
    let edits: (String?) -> [LedgerEdit]
    private(set) var editor = LineEditor()

    /// Rows the text wraps over inside its box; longer text scrolls by row.
    static let textRows = 3

    var scopes: [KeyScope] { [.dialog] }
    var hasTypedText: Bool { !editor.text.trimmingCharacters(in: .whitespaces).isEmpty }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        switch command {
        case .cancel?: return .closeDialog
        case .confirm?:
            let text = editor.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty, required { return .message(StatusMessage(.warning, context.strings(empty))) }
            return .commit(edits(text.isEmpty ? nil : text))
        default:
            _ = editor.handle(key)
            return .none
        }
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let box = DialogBox(rows: 1 + Self.textRows, wanted: 76, size: context.size)
        box.draw(title: title, keys: DialogBox.keys(scopes, context.strings), into: &buffer)
        buffer.put(TextFit.line(prompt, box.innerWidth), row: box.row(0), col: box.innerLeft, style: .role(.muted))
        return editor.drawWrapped(into: &buffer, row: box.row(1), col: box.innerLeft, width: box.innerWidth,
                                  height: Self.textRows, style: .role(.selection))
    }

    /// n: a progress note (Chinese, a URL, a document number).
    static func note(_ task: TaskID, _ s: Strings) -> ReasonEditor {
        ReasonEditor(title: s(.uiNoteTitle, task.rawValue), prompt: s(.uiNotePrompt), required: true, empty: .uiNoteEmpty) { text in
            text.map { [.note(task, $0, period: nil)] } ?? []
        }
    }

    /// 报结: the evidence typed (a URL is kept as a URL, anything else as a note), then the report.
    static func report(_ task: TaskID, _ s: Strings) -> ReasonEditor {
        ReasonEditor(title: s(.uiReportTitle, task.rawValue), prompt: s(.uiReportPrompt), required: true) { text in
            guard let text else { return [] }
            let lower = text.lowercased()
            let proof: LedgerEdit = lower.hasPrefix("http://") || lower.hasPrefix("https://")
                ? .evidence(task, Evidence(kind: .url, text: text)) : .note(task, text, period: nil)
            return [proof, .report(task)]
        }
    }

    /// 退回整改: the reason is required; the unit reads it first.
    static func sendBack(_ task: TaskID, _ s: Strings) -> ReasonEditor {
        ReasonEditor(title: s(.uiReturnTitle, task.rawValue), prompt: s(.uiReturnPrompt), required: true) { text in
            text.map { [.returnTask(task, reason: $0)] } ?? []
        }
    }

    /// Rejecting an extension request, with an optional reason.
    static func reject(_ task: TaskID, _ s: Strings) -> ReasonEditor {
        ReasonEditor(title: s(.uiRejectTitle, task.rawValue), prompt: s(.uiRejectPrompt), required: false) { text in
            [.extensionDecision(task, approved: false, reason: text)]
        }
    }
}
