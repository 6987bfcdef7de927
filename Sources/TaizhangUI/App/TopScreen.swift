import TaizhangCore

/// The screens reachable from anywhere by 1–6.
public enum TopScreen: Int, CaseIterable, Hashable, Sendable {
    case tree = 1, units, calendar, overdue, review, loop

    var name: Strings.Key {
        switch self {
        case .tree: return .uiTabTree
        case .units: return .uiTabUnits
        case .calendar: return .uiTabCalendar
        case .overdue: return .uiTabOverdue
        case .review: return .uiTabReview
        case .loop: return .uiTabLoop
        }
    }

    func make(_ context: ScreenContext) -> any Screen {
        switch self {
        case .tree: return TreeScreen(context)
        case .units: return UnitsScreen(context)
        case .calendar: return CalendarScreen(context)
        case .overdue: return OverdueScreen(context)
        case .review: return ReviewScreen(context)
        case .loop: return LoopScreen(context)
        }
    }
}
