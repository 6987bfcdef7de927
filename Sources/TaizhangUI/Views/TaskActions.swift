import TaizhangCore

/// The task keys (s, n, d, u, r) wherever a task is selected: each opens its dialog, or
/// for r saves at once.
enum TaskActions {
    static func action(_ command: AppCommand, on id: TaskID?, _ context: ScreenContext) -> AppAction {
        guard let id, let task = context.ledger[id] else { return .none }
        switch command {
        case .setStatus: return .openDialog(StatusChooser(task))
        case .addNote: return .openDialog(NoteEditor(task.id))
        case .setDate: return .openDialog(DateEditor(task))
        case .editUnits: return .openDialog(UnitsEditor(task))
        case .markReviewed:
            guard task.needsReview else { return .message(StatusMessage(.info, context.strings(.uiNothingToReview, id.rawValue))) }
            return .commit([.reviewed(id, true)])
        default: return .none
        }
    }
}
