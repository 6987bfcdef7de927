/// Finds every due day a time limit names: 2021年底, 6月底, 12月20日, 三季度末, 上半年, 全年.
///
/// Reads the folded, space-free text with numerals already turned into digits, left to
/// right, so that a year written once ("2021年6月底前完成初稿,12月底前全面完成") carries to
/// the days after it. Anything it does not recognise is skipped, not guessed.
struct DayScanner {
    /// `DeadlineWords.yearWords` as characters.
    static let yearWords: [(word: [Character], month: Int, allYear: Bool)] =
        DeadlineWords.yearWords.map { (Array($0.word), $0.month, $0.allYear) }

    private let chars: [Character]
    private var index = 0
    private var year: Int?
    private var result = ScannedDays()

    static func scan(_ key: String) -> ScannedDays {
        var scanner = DayScanner(chars: Array(key))
        return scanner.run()
    }

    private init(chars: [Character]) { self.chars = chars }

    private mutating func run() -> ScannedDays {
        while index < chars.count {
            if !scanNumber(), !scanYearWord() { index += 1 }
        }
        return result
    }

    private func char(at i: Int) -> Character? { i < chars.count ? chars[i] : nil }

    private mutating func emit(month: Int, day: Int? = nil, allYear: Bool = false) {
        result.days.append(NamedDay(year: year, month: month, day: day, allYear: allYear))
    }

    /// Reads a run of digits and what it counts: a year (2021年), a month (6月, 10月31日) or a
    /// quarter (3季度). A number that counts something else (30日内, 2年内) is consumed and ignored.
    private mutating func scanNumber() -> Bool {
        let start = index
        guard let (value, end) = number(at: start) else { return false }
        index = end
        switch char(at: end) {
        case "年" where end - start == 4: scanYear(value)
        case ".", "-", "/" where end - start == 4 && (1990...2099).contains(value): scanNumericDate(year: value)
        case nil where start == 0 && end - start == 4 && (1990...2099).contains(value):
            // A time column holding only the year (建设时间 "2024"): its end.
            year = value
            result.writtenYear = value
            emit(month: 12)
        case "年": index += 1 // 2年内 counts years: its 年 starts no 年内
        case "月": scanMonth(value)
        case "季": scanQuarter(value)
        default: break
        }
        return true
    }

    /// 2021.12, 2021-8-31, 2021/6/30: a month (its last day) or a day of that year.
    private mutating func scanNumericDate(year: Int) {
        let separator = char(at: index)
        guard let (month, monthEnd) = number(at: index + 1), (1...12).contains(month), monthEnd - index - 1 <= 2 else { return }
        self.year = year
        if result.writtenYear == nil { result.writtenYear = year }
        index = monthEnd
        if char(at: index) == separator, let (day, dayEnd) = number(at: index + 1), dayEnd - index - 1 <= 2,
           Day(year: year, month: month, day: day) != nil {
            index = dayEnd
            emit(month: month, day: day)
        } else {
            emit(month: month)
        }
    }

    private func number(at start: Int) -> (value: Int, end: Int)? {
        var end = start, value = 0
        while let c = char(at: end), let digit = c.wholeNumberValue, c.isASCII {
            value = value * 10 + digit
            end += 1
        }
        return end > start ? (value, end) : nil
    }

    /// 2021年 sets the year for what follows; 2021年底/年末/年内/年中 and a bare 2021年 (or
    /// 2021年前) name a day of that year themselves.
    private mutating func scanYear(_ value: Int) {
        year = value
        if result.writtenYear == nil { result.writtenYear = value }
        if scanYearWord() { return }
        index += 1 // 年
        if char(at: index) == nil || char(at: index) == "前" { emit(month: 12) }
    }

    /// 6月 / 6月底 → the month's last day; 10月31日 (or 号) → that day. 13月 is ignored.
    private mutating func scanMonth(_ month: Int) {
        index += 1 // 月
        guard (1...12).contains(month) else { return }
        if let (day, end) = number(at: index), let unit = char(at: end), unit == "日" || unit == "号" {
            index = end + 1
            // 2000 was a leap year, so 2月29日 passes here and is checked again against the real year.
            if Day(year: 2000, month: month, day: day) != nil {
                emit(month: month, day: day)
            }
        } else {
            emit(month: month)
        }
    }

    /// 1季度, 第三季度末 → the quarter's last day.
    private mutating func scanQuarter(_ quarter: Int) {
        index += 1 // 季
        if char(at: index) == "度" { index += 1 }
        if (1...4).contains(quarter) { emit(month: quarter * 3) }
    }

    /// 上半年, 下半年, 全年, 年中, 年底, 年末, 年内. A word starting with 年 after 半 is not
    /// one of them (半年内 is a span, not year end).
    private mutating func scanYearWord() -> Bool {
        for entry in Self.yearWords where matches(entry.word, at: index) {
            if entry.word.first == "年", index > 0, chars[index - 1] == "半" { continue }
            index += entry.word.count
            emit(month: entry.month, allYear: entry.allYear)
            return true
        }
        return false
    }

    private func matches(_ word: [Character], at start: Int) -> Bool {
        start + word.count <= chars.count && chars[start..<start + word.count].elementsEqual(word)
    }
}
