import TaizhangCore

/// Where a key binding applies. The app asks the current screen or dialog which scopes are
/// active, most specific first; the first binding found in that order wins.
public enum KeyScope: String, CaseIterable, Hashable, Sendable {
    case global, list, tasks, tree, calendarGrid, calendar, page, task, review, loop, preview, dialog, chooser, form

    /// The heading of this scope's keys in the help screen.
    var title: Strings.Key {
        switch self {
        case .global: return .uiScopeGlobal
        case .list: return .uiScopeList
        case .tasks: return .uiScopeTasks
        case .page: return .uiScopePage
        case .tree: return .uiScopeTree
        case .calendarGrid: return .uiScopeCalendarGrid
        case .calendar: return .uiScopeCalendar
        case .task: return .uiScopeTask
        case .review: return .uiScopeReview
        case .loop: return .uiScopeLoop
        case .preview: return .uiScopePreview
        case .dialog: return .uiScopeDialog
        case .chooser: return .uiScopeChooser
        case .form: return .uiScopeForm
        }
    }
}
