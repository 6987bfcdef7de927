import TaizhangCore

/// 3: a month grid (weeks from Monday) with the number of tasks due each day, marked by
/// urgency; the selected day's tasks beside it (below on a narrow window); lists of ongoing
/// tasks and of tasks that need a date; a year overview.
struct CalendarScreen: Screen {
    enum Focus: Hashable { case grid, list }
    enum ListKind: Hashable { case day, ongoing, needsDate }

    private(set) var index: CalendarIndex
    private(set) var day: Day
    private(set) var yearView = false
    private(set) var focus = Focus.grid
    private(set) var listKind = ListKind.day
    private(set) var listCursor = ListCursor()
    private var anchored: TaskID?

    init(_ context: ScreenContext) {
        index = CalendarIndex(context)
        day = context.today
    }

    var scopes: [KeyScope] { focus == .grid ? [.calendarGrid, .calendar] : [.tasks, .list, .calendar] }

    /// The tasks in the list pane.
    var listed: [Int] {
        switch listKind {
        case .day: return index.tasks(on: day)
        case .ongoing: return index.ongoing
        case .needsDate: return index.needsDate
        }
    }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        switch command {
        case .previousMonth: select(day.adding(months: -1))
        case .nextMonth: select(day.adding(months: 1))
        case .yearView: yearView.toggle(); focus = .grid
        case .showAsOfDay: yearView = false; select(context.today)
        case .showOngoing: showList(.ongoing)
        case .showNeedsDate: showList(.needsDate)
        case .switchFocus: focus = focus == .grid && !listed.isEmpty ? .list : .grid
        default: return focus == .grid ? handleGrid(command) : handleList(command, context)
        }
        return .none
    }

    private mutating func handleGrid(_ command: AppCommand) -> AppAction {
        let step = yearView ? [AppCommand.left: -1, .right: 1, .up: -3, .down: 3] : [.left: -1, .right: 1, .up: -7, .down: 7]
        if let delta = step[command] {
            select(yearView ? day.adding(months: delta) : day.adding(days: delta))
        } else if command == .open {
            if yearView { yearView = false } else if !listed.isEmpty { focus = .list }
        }
        return .none
    }

    private mutating func handleList(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        let tasks = listed
        if listCursor.navigate(command, count: tasks.count, height: listHeight(context)) { return .none }
        let id = tasks.indices.contains(listCursor.selected) ? context.ledger.tasks[tasks[listCursor.selected]].id : nil
        if command == .open, let id { return .openTask(id) }
        return TaskActions.action(command, on: id, context)
    }

    private mutating func select(_ newDay: Day) {
        day = newDay
        listKind = .day
        listCursor = ListCursor()
        focus = .grid
    }

    private mutating func showList(_ kind: ListKind) {
        yearView = false
        listKind = kind
        listCursor = ListCursor()
        focus = listed.isEmpty ? .grid : .list
    }

    mutating func anchor(in ledger: Ledger) {
        let tasks = listed
        anchored = tasks.indices.contains(listCursor.selected) ? ledger.tasks[tasks[listCursor.selected]].id : nil
    }

    mutating func rebuild(_ context: ScreenContext) {
        index = CalendarIndex(context)
        let tasks = listed
        let found = anchored.flatMap { id in tasks.firstIndex { context.ledger.tasks[$0].id == id } }
        listCursor.reselect(found, count: tasks.count, height: listHeight(context))
        if tasks.isEmpty { focus = .grid }
    }

    mutating func fit(_ context: ScreenContext) {
        listCursor.clamp(count: listed.count, height: listHeight(context))
    }

    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool {
        let tasks = listed
        let ledger = context.ledger
        guard let hit = ListSearch.next(from: listCursor.selected, count: tasks.count, forward: forward, matches: {
            SearchText.matches(ledger.tasks[tasks[$0]], needle, ledger: ledger)
        }) else { return false }
        listCursor.select(hit, count: tasks.count, height: listHeight(context))
        focus = .list
        return true
    }
}
