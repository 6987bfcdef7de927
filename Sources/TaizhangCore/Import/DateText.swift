/// Small scanners for the dates and numbers a plan's metadata writes: 2021年, 2021-09-10,
/// 2019年9月23日, 汕市区府办函（2019）134号.
///
/// Written by hand rather than with `NSRegularExpression`: swift-corelibs-foundation's regular
/// expressions share state that imports reading several files on all cores corrupted (a crash
/// seen in the test run of 2026-11-30, docs/DECISIONS.md), and these forms are short.
enum DateText {
    /// Positions of "(19|20)dd" followed by optional spaces and 年: the year and where it starts.
    static func years(in text: String) -> [(year: Int, at: Int)] {
        let c = Array(text)
        var out: [(Int, Int)] = []
        var i = 0
        while i + 4 < c.count {
            if let y = fourDigitYear(c, at: i) {
                var j = i + 4
                while j < c.count, c[j] == " " { j += 1 }
                if j < c.count, c[j] == "年" { out.append((y, i)); i = j + 1; continue }
            }
            i += 1
        }
        return out
    }

    /// `yyyy-m-d`, `yyyy/m/d` or `yyyy.m.d` anywhere: the day and where it starts.
    static func numericDate(in text: String) -> (day: Day, at: Int)? {
        let c = Array(text)
        for i in c.indices {
            guard let y = fourDigitYear(c, at: i), i + 4 < c.count, "-/.".contains(c[i + 4]) else { continue }
            let sep = c[i + 4]
            guard let (m, mEnd) = digits(c, at: i + 5, max: 2), mEnd < c.count, c[mEnd] == sep,
                  let (d, _) = digits(c, at: mEnd + 1, max: 2), let day = Day(year: y, month: m, day: d) else { continue }
            return (day, i)
        }
        return nil
    }

    /// "2019年9月23日" and nothing else (white space aside).
    static func dateLine(_ text: String) -> Day? {
        let c = Array(text.filter { !$0.isWhitespace })
        guard let y = fourDigitYear(c, at: 0), c.count > 5, c[4] == "年",
              let (m, mEnd) = digits(c, at: 5, max: 2), mEnd < c.count, c[mEnd] == "月",
              let (d, dEnd) = digits(c, at: mEnd + 1, max: 2), dEnd == c.count - 1, c[dEnd] == "日" else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// 汕市区府办函（2019）134号: two to twelve Han characters, the year in brackets, a number, 号.
    static func documentNumber(in text: String) -> String? {
        let c = Array(text)
        for i in c.indices where "〔（([【".contains(c[i]) {
            var j = i + 1
            while j < c.count, c[j] == " " { j += 1 }
            guard fourDigitYear(c, at: j) != nil else { continue }
            j += 4
            while j < c.count, c[j] == " " { j += 1 }
            guard j < c.count, "〕）)]】".contains(c[j]) else { continue }
            j += 1
            while j < c.count, c[j] == " " { j += 1 }
            guard let (_, nEnd) = digits(c, at: j, max: 4) else { continue }
            var k = nEnd
            while k < c.count, c[k] == " " { k += 1 }
            guard k < c.count, c[k] == "号" else { continue }
            var start = i
            while start > 0, isHan(c[start - 1]), i - start < 12 { start -= 1 }
            guard i - start >= 2 else { continue }
            return String(c[start...k]).filter { !$0.isWhitespace }
        }
        return nil
    }

    /// The text without white space next to a non-ASCII character ("张店区 2023年 任务" → …).
    static func withoutSpacesBetweenChinese(_ text: String) -> String {
        let c = Array(text)
        var out = ""
        for (i, ch) in c.enumerated() {
            if ch.isWhitespace {
                let before = c[..<i].last { !$0.isWhitespace }, after = c[(i + 1)...].first { !$0.isWhitespace }
                if before.map({ !$0.isASCII }) == true || after.map({ !$0.isASCII }) == true { continue }
            }
            out.append(ch)
        }
        return out
    }

    static func fourDigitYear(_ c: [Character], at i: Int) -> Int? {
        guard i >= 0, i + 4 <= c.count, c[i] == "1" && c[i + 1] == "9" || c[i] == "2" && c[i + 1] == "0",
              c[i..<i + 4].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(String(c[i..<i + 4]))
    }

    private static func digits(_ c: [Character], at i: Int, max: Int) -> (Int, Int)? {
        var j = i
        while j < c.count, j - i < max, c[j].isASCII, c[j].isNumber { j += 1 }
        return j > i ? (Int(String(c[i..<j]))!, j) : nil
    }

    private static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) }
    }
}
