/// How overdue work is named in lists and notices: one row a task, a recurring task's missed
/// periods folded into it (`每月（2017年1月至12月，逾期12期）`).
extension Strings {
    /// A first-level heading's number as a 公文 writes it: 一、 二、 … 十一、; `1. ` in English.
    public func headingNumber(_ n: Int) -> String {
        guard language == .zh else { return "\(n). " }
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let tens = n / 10, ones = n % 10
        let text = (tens == 0 ? "" : (tens == 1 ? "" : digits[tens]) + "十") + digits[ones]
        return (n < 100 ? text : String(n)) + "、"
    }

    /// 红 / red …
    public func warning(_ level: WarningLevel) -> String {
        switch level {
        case .red: return self(.warningRed)
        case .yellow: return self(.warningYellow)
        case .blue: return self(.warningBlue)
        }
    }

    /// The due column of an overdue row: `2021-03-31` (`long`: 2021年3月31日), with
    /// `（延期至…）` after an approved extension; for a recurring task its missed periods,
    /// folded: `每月（2017年1月至12月，逾期12期）`.
    public func due(_ item: OverdueItem, long: Bool = false) -> String {
        let task = item.task
        if let rec = task.deadline.recurrence, let first = item.periods.first, let last = item.periods.last {
            let from = period(first, rec)
            var to = period(last, rec)
            if language == .zh, first.year == last.year, to.hasPrefix("\(last.year)年") { to = String(to.dropFirst("\(last.year)年".count)) }
            if item.periods.count == 1 { return self(.foldedPeriod, recurrence(rec), from) }
            return self(.foldedPeriods, recurrence(rec), from, to, item.periods.count)
        }
        let day = long ? longDate(item.due) : item.due.iso
        guard let original = task.originalDue, original != item.due else { return day }
        return day + self(.dueExtendedFrom, long ? longDate(original) : original.iso)
    }
}
