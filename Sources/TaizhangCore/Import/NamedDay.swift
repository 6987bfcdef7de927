/// One due day named in a time limit, before the plan's year fills in a missing year.
///
/// 6月底 names the last day of June of some year; only the parser knows which year, and
/// whether that year is a guess, so the scanner leaves `year` nil when the text gives none.
struct NamedDay: Equatable {
    /// The year written in the text (2021年…), or carried from earlier in the same text.
    var year: Int?
    var month: Int
    /// nil for the month's last day (6月底, 三季度末, 年底).
    var day: Int?
    /// Named by 全年: due at year end, with progress expected all year.
    var allYear = false

    static func yearEnd(_ year: Int?, allYear: Bool = false) -> NamedDay {
        NamedDay(year: year, month: 12, day: nil, allYear: allYear)
    }

    /// The calendar day in `year`; nil when the text named an impossible day (2月30日).
    func resolved(in year: Int) -> Day? {
        guard let day else { return Day.lastDay(ofMonth: month, year: year) }
        return Day(year: year, month: month, day: day)
    }
}

/// The days a time limit names, and the first year it writes out.
struct ScannedDays: Equatable {
    var days: [NamedDay] = []
    /// 2021 in "2021年每季度末": the year of a recurring limit that names no single day.
    var writtenYear: Int?
}
