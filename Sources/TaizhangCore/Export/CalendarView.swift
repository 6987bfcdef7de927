/// A month grid like `cal` (weeks from Monday) with the number of tasks due each day, and
/// the list of those tasks under it; or a whole year, three months a row. Laid out in display
/// columns, so Chinese weekday names and task text line up.
public struct CalendarView {
    public let context: OutputContext

    public init(context: OutputContext) {
        self.context = context
    }

    /// Each day takes `cell` columns: the day, `(n)` tasks due, `!` when some are overdue.
    static let cell = 7

    public func month(year: Int, month: Int, calendar: DueCalendar) -> String {
        let s = context.strings
        let byDay = calendar.byDay
        let gridWidth = Self.cell * 7 + 6
        var out = center(s(.calendarMonth, year, s.monthName(month)), gridWidth) + "\n"
        out += trimmed(s(.calendarWeekdays).split(separator: " ").map { DisplayWidth.pad(String($0), to: Self.cell) }
            .joined(separator: " ")) + "\n"
        for week in Self.weeks(year: year, month: month) {
            let cells = week.map { day -> String in
                guard let day else { return String(repeating: " ", count: Self.cell) }
                let due = byDay[day] ?? []
                var text = DisplayWidth.padLeft(String(day.components.day), to: 2)
                if !due.isEmpty { text += "(\(due.count))" + (due.contains(where: \.overdue) ? "!" : "") }
                return DisplayWidth.pad(text, to: Self.cell)
            }
            out += trimmed(cells.joined(separator: " ")) + "\n"
        }
        out += s(.calendarGridLegend) + "\n\n"
        guard !calendar.entries.isEmpty else { return out + s(.calendarNone, s(.calendarMonth, year, s.monthName(month))) + "\n" }
        return out + list(calendar)
    }

    /// The tasks due, a row each, the day written on the first row of each day.
    func list(_ calendar: DueCalendar) -> String {
        let s = context.strings
        let periods = calendar.entries.contains(where: \.isPeriod)
        var columns: [TextTable.Column] = [.init(s(.colDay), identifying: true), .init(s(.colID), identifying: true), .init(s(.colStatus))]
        if periods { columns.append(.init(s(.colPeriod))) }
        columns += [.init(s(.colUnit), identifying: true), .init(s(.colText), flexible: true)]
        var table = TextTable(columns)
        var previous: Day?
        for e in calendar.entries {
            let day = e.day == previous ? "" : String(e.day.iso.dropFirst(5))
            previous = e.day
            var status = e.done ? s(.statusDone) : s.status(e.task.status)
            if e.overdue { status += "!" }
            var row = [day, e.task.id.rawValue, status]
            if periods { row.append(e.isPeriod ? e.task.deadline.recurrence.map { s.period(e.day, $0) } ?? "" : "") }
            row += [e.task.primaryUnit.map(context.ledger.canonicalUnit) ?? "—", e.task.text]
            table.add(row)
        }
        return table.render(width: context.width, wide: context.wide)
    }

    /// The days of a month in weeks from Monday; nil pads the first and last week.
    static func weeks(year: Int, month: Int) -> [[Day?]] {
        let first = Day(year: year, month: month, day: 1)!
        var days: [Day?] = Array(repeating: nil, count: first.weekday - 1)
        days += (0..<Day.daysIn(month: month, year: year)).map { first.adding(days: $0) }
        days += Array(repeating: nil, count: (7 - days.count % 7) % 7)
        return stride(from: 0, to: days.count, by: 7).map { Array(days[$0..<$0 + 7]) }
    }

    func center(_ text: String, _ columns: Int) -> String {
        String(repeating: " ", count: max(0, (columns - DisplayWidth.width(text)) / 2)) + text
    }

    func trimmed(_ line: String) -> String {
        var l = line
        while l.last == " " { l.removeLast() }
        return l
    }
}
