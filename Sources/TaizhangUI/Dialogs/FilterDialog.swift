import Foundation
import TaizhangCore

/// f: narrow every screen to a plan, a unit (or part of its name) and a status; Enter
/// applies, and with everything at "all" the filter is cleared.
struct FilterDialog: Dialog {
    enum StatusChoice: Hashable {
        case all, open, overdue
        case status(TaskStatus)

        static let choices: [StatusChoice] = [.all, .open, .overdue] + TaskStatus.allCases.map { .status($0) }
    }

    enum Field: Int, CaseIterable { case plan, unit, status }

    let plans: [PlanID]
    private(set) var field = Field.plan
    private(set) var plan = 0
    private(set) var unit: LineEditor
    private(set) var status = 0

    init(_ filter: TaskFilter, ledger: Ledger) {
        let ids = ledger.plans.map(\.id)
        plans = ids
        plan = filter.plan.flatMap { p in ids.firstIndex { $0.rawValue == p } }.map { $0 + 1 } ?? 0
        unit = LineEditor(filter.unit ?? "")
        status = StatusChoice.choices.firstIndex(of: Self.choice(of: filter)) ?? 0
    }

    static func choice(of filter: TaskFilter) -> StatusChoice {
        if filter.overdueOnly { return .overdue }
        if filter.statuses == Set(TaskStatus.allCases.filter(\.isOpen)) { return .open }
        if filter.statuses.count == 1, let only = filter.statuses.first { return .status(only) }
        return .all
    }

    var scopes: [KeyScope] { [.form, .dialog] }

    /// The filter the fields describe.
    var filter: TaskFilter {
        var f = TaskFilter(plan: plan == 0 ? nil : plans[plan - 1].rawValue)
        let text = unit.text.trimmingCharacters(in: .whitespaces)
        f.unit = text.isEmpty ? nil : text
        switch StatusChoice.choices[status] {
        case .all: break
        case .open: f.statuses = Set(TaskStatus.allCases.filter(\.isOpen))
        case .overdue: f.overdueOnly = true
        case .status(let s): f.statuses = [s]
        }
        return f
    }

    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction {
        switch (command, field) {
        case (.cancel?, _): return .closeDialog
        case (.confirm?, _): return .applyFilter(filter)
        case (.nextField?, _): field = Field(rawValue: (field.rawValue + 1) % Field.allCases.count)!
        case (.previousField?, _): field = Field(rawValue: (field.rawValue + Field.allCases.count - 1) % Field.allCases.count)!
        case (_, .unit): _ = unit.handle(key)
        case (.left?, .plan), (.right?, .plan): plan = cycle(plan, count: plans.count + 1, command == .right)
        case (.left?, .status), (.right?, .status): status = cycle(status, count: StatusChoice.choices.count, command == .right)
        default: break
        }
        return .none
    }

    private func cycle(_ value: Int, count: Int, _ forward: Bool) -> Int {
        (value + (forward ? 1 : count - 1)) % count
    }
}
