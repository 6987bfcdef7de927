import TaizhangCore

extension FilterDialog {
    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition? {
        let s = context.strings
        let box = DialogBox(rows: 5, wanted: 64, size: context.size)
        box.draw(title: s(.uiFilterTitle), keys: DialogBox.keys(scopes, s), into: &buffer)
        let labelWidth = 10
        let valueCol = box.innerLeft + labelWidth
        let valueWidth = box.innerWidth - labelWidth
        let labels = [s(.colPlan), s(.uiUnitColumn), s(.colStatus)]
        var cursor: ScreenPosition?
        for f in Field.allCases {
            let row = box.row(f.rawValue)
            let focused = f == field
            buffer.put(TextFit.padded(labels[f.rawValue], labelWidth), row: row, col: box.innerLeft, style: focused ? .bold : .role(.muted))
            switch f {
            case .unit:
                let at = unit.draw(into: &buffer, row: row, col: valueCol, width: valueWidth, style: .role(.selection))
                if focused { cursor = at }
            case .plan:
                let text = plan == 0 ? s(.uiAll) : plans[plan - 1].rawValue + " " + (context.ledger.plan(plans[plan - 1])?.title ?? "")
                buffer.put(TextFit.line("‹ " + text + " ›", valueWidth), row: row, col: valueCol, style: focused ? .reverse : .plain)
            case .status:
                let text = Self.describe(StatusChoice.choices[status], s)
                buffer.put(TextFit.line("‹ " + text + " ›", valueWidth), row: row, col: valueCol, style: focused ? .reverse : .plain)
            }
        }
        buffer.put(TextFit.line(s(.uiFilterHelp), box.innerWidth), row: box.row(4), col: box.innerLeft, style: .role(.muted))
        return cursor
    }

    static func describe(_ choice: StatusChoice, _ s: Strings) -> String {
        switch choice {
        case .all: return s(.uiAll)
        case .open: return s(.uiOpenTasks)
        case .overdue: return s(.urgencyOverdue)
        case .status(let status): return s.status(status)
        }
    }

    /// The filter as the status line names it: `无` / `none`, or `方案 HD21 单位 财政 状态 逾期`.
    static func describe(_ filter: TaskFilter, strings s: Strings) -> String {
        var parts: [String] = []
        if let plan = filter.plan { parts.append(s(.colPlan) + " " + plan) }
        if let unit = filter.unit { parts.append(s(.uiUnitColumn) + " " + unit) }
        let choice = choice(of: filter)
        if choice != .all { parts.append(s(.colStatus) + " " + describe(choice, s)) }
        return parts.isEmpty ? s(.uiNone) : parts.joined(separator: " ")
    }
}
