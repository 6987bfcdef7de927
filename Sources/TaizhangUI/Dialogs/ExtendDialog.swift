import Foundation
import TaizhangCore

/// e: ask for a later due day (延期申请): the day and the reason, Tab between them; Enter
/// sends the request for a coordinator to decide. The time limit as written is kept.
struct ExtendDialog: Dialog {
    let task: TaskID
    let due: Day
    private(set) var day: LineEditor
    private(set) var reason = LineEditor()
    private(set) var onReason = false
    private(set) var error: String?

    init(_ task: TaskID, due: Day) {
        self.task = task
        self.due = due
        day = LineEditor(due.adding(days: 30).iso)
    }

    var scopes: [KeyScope] { [.form, .dialog] }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        let s = context.strings
        switch command {
        case .cancel?: return .closeDialog
        case .nextField?, .previousField?: onReason.toggle()
        case .confirm?:
            guard let to = Day(iso: day.text.trimmingCharacters(in: .whitespaces)) else {
                error = s(.uiDateInvalid, day.text)
                return .none
            }
            let why = reason.text.trimmingCharacters(in: .whitespaces)
            guard !why.isEmpty else { error = s(.uiReasonEmpty); onReason = true; return .none }
            return .commit([.extensionRequest(task, to: to, reason: why)])
        default:
            error = nil
            if onReason { _ = reason.handle(key) } else { _ = day.handle(key) }
        }
        return .none
    }

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let s = context.strings
        let box = DialogBox(rows: 6, wanted: 76, size: context.size)
        box.draw(title: s(.uiExtendTitle, task.rawValue, due.iso), keys: DialogBox.keys(scopes, s), into: &buffer)
        buffer.put(TextFit.line(s(.uiExtendDayPrompt), box.innerWidth), row: box.row(0), col: box.innerLeft, style: .role(.muted))
        let dayCursor = day.draw(into: &buffer, row: box.row(1), col: box.innerLeft, width: box.innerWidth,
                                 style: onReason ? .plain : .role(.selection))
        buffer.put(TextFit.line(s(.uiExtendReasonPrompt), box.innerWidth), row: box.row(2), col: box.innerLeft, style: .role(.muted))
        let reasonCursor = reason.draw(into: &buffer, row: box.row(3), col: box.innerLeft, width: box.innerWidth,
                                       style: onReason ? .role(.selection) : .plain)
        if let error { buffer.put(TextFit.line(error, box.innerWidth), row: box.row(5), col: box.innerLeft, style: CellStyle(.bold, role: .overdue)) }
        return onReason ? reasonCursor : dayCursor
    }
}
