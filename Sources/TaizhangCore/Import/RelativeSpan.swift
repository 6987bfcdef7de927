/// A span counted from the plan's publication: 本要点公布后30日内, 30个工作日内, 一个月内.
///
/// Read from the folded, space-free text with numerals turned into digits. The span is kept
/// in calendar days because that is what a due day is computed from.
struct RelativeSpan: Equatable {
    /// Calendar days after publication.
    var days: Int
    /// Counted in 工作日: converted at 7 calendar days per 5 working days, so only an estimate.
    var estimated: Bool

    /// Calendar days per unit. 个月 counts as 30 days: a plan that says 一个月内 is not
    /// precise to the day.
    static let units: [(word: [Character], days: Int)] = [
        (Array("工作日"), 1), (Array("日"), 1), (Array("天"), 1),
        (Array("月"), 30), (Array("周"), 7), (Array("星期"), 7),
    ]

    /// The first "N(个)<unit>(以)内" in the text; nil when there is none.
    init?(key: String) {
        let chars = Array(key)
        var start = 0
        while start < chars.count {
            if let span = Self.span(in: chars, at: start) { self = span; return }
            start += 1
        }
        return nil
    }

    private init(days: Int, estimated: Bool) {
        self.days = days
        self.estimated = estimated
    }

    private static func span(in chars: [Character], at start: Int) -> RelativeSpan? {
        var i = start, count = 0
        while i < chars.count, chars[i].isASCII, let digit = chars[i].wholeNumberValue {
            count = count * 10 + digit
            i += 1
        }
        guard i > start, start == 0 || chars[start - 1].wholeNumberValue == nil else { return nil }
        if i < chars.count, chars[i] == "个" { i += 1 }
        guard let unit = units.first(where: { word(chars, $0.word, at: i) }) else { return nil }
        i += unit.word.count
        if i < chars.count, chars[i] == "以" { i += 1 }
        guard i < chars.count, chars[i] == "内" else { return nil }
        let workingDays = unit.word.first == "工"
        let days = workingDays ? (count * 7 + 4) / 5 : count * unit.days
        return RelativeSpan(days: days, estimated: workingDays)
    }

    private static func word(_ chars: [Character], _ word: [Character], at i: Int) -> Bool {
        i + word.count <= chars.count && chars[i..<i + word.count].elementsEqual(word)
    }
}
