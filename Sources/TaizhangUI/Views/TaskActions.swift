import TaizhangCore

/// The task keys (s, n, d, u, r) wherever a task is selected: each opens its dialog, or
/// for r saves at once.
enum TaskActions {
    static func action(_ command: AppCommand, on id: TaskID?, _ context: ScreenContext) -> AppAction {
        guard let id, let task = context.ledger[id] else { return .none }
        switch command {
        case .setStatus: return .openDialog(StatusChooser(task))
        case .requestExtension:
            guard let due = task.currentDue(asOf: context.today), task.status.isOpen else {
                return .message(StatusMessage(.warning, context.strings(.loopNoDueDay, id.rawValue)))
            }
            return .openDialog(ExtendDialog(task.id, due: due))
        case .addNote: return .openDialog(ReasonEditor.note(task.id, context.strings))
        case .setDate: return .openDialog(DateEditor(task))
        case .editUnits: return .openDialog(UnitsEditor(task))
        case .markReviewed:
            guard task.needsReview else { return .message(StatusMessage(.info, context.strings(.uiNothingToReview, id.rawValue))) }
            return .commit([.reviewed(id, true)])
        default: return .none
        }
    }
}
