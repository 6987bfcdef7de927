extension CalendarView {
    /// Twelve small months, three a row: `*` after a day when tasks fall due, `!` when some
    /// of them are overdue; then the number due in each month.
    public func year(_ year: Int, calendar: DueCalendar) -> String {
        let s = context.strings
        let byDay = calendar.byDay
        let monthWidth = 21
        var out = center(s(.calendarYear, year), monthWidth * 3 + 4) + "\n\n"
        for row in stride(from: 1, through: 12, by: 3) {
            let blocks = (row..<row + 3).map { smallMonth(year: year, month: $0, byDay: byDay, columns: monthWidth) }
            let height = blocks.map(\.count).max() ?? 0
            for i in 0..<height {
                let line = blocks.map { i < $0.count ? DisplayWidth.pad($0[i], to: monthWidth) : String(repeating: " ", count: monthWidth) }
                out += trimmed(line.joined(separator: "  ")) + "\n"
            }
            out += "\n"
        }
        out += s(.calendarYearLegend) + "\n"
        let counts = (1...12).map { m in
            s(.calendarMonthCount, s.monthName(m), calendar.entries.filter { $0.day.month == m }.count)
        }
        return out + DisplayWidth.wrap(counts.joined(separator: "  "), width: max(context.width, 20)).joined(separator: "\n") + "\n"
    }

    private func smallMonth(year: Int, month: Int, byDay: [Day: [DueCalendar.Entry]], columns: Int) -> [String] {
        var lines = [center(context.strings.monthName(month), columns), context.strings(.calendarWeekdays)]
        for week in Self.weeks(year: year, month: month) {
            lines.append(trimmed(week.map { day -> String in
                guard let day else { return "   " }
                let due = byDay[day] ?? []
                let mark = due.isEmpty ? " " : due.contains(where: \.overdue) ? "!" : "*"
                return DisplayWidth.padLeft(String(day.components.day), to: 2) + mark
            }.joined()))
        }
        return lines
    }
}
