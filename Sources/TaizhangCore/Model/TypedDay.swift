import Foundation

/// A day as people type it into a date field: `2021-12-31`, `2021/12/31`, `2021.12.31`,
/// `2021年12月31日`, `12月31日` (in the plan's year), `12月底`, `年底`, `6月底前`.
///
/// Kept apart from the importer's time-limit reader on purpose: a field accepts a day, not
/// every phrase a plan may use ("按省工作部署" is not a day anyone types).
public enum TypedDay {
    /// The day `text` names; `year` is the plan's, for forms without one. Nil when it is none.
    public static func parse(_ text: String, year: Int) -> Day? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
            .applyingTransform(.fullwidthToHalfwidth, reverse: false) ?? text
        if let d = Day(iso: t) { return d }
        let deadline = t.hasSuffix("前") ? String(t.dropLast()) : t
        if let m = match(#"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$"#, deadline) { return day(m[0], m[1], m[2]) }
        if let m = match(#"^(\d{1,2})月(\d{1,2})日?$"#, deadline) { return day(year, m[0], m[1]) }
        if let m = match(#"^(?:(\d{4})年)?(\d{1,2})月底?$"#, deadline) { return monthEnd(m[0] ?? year, m[1]) }
        if let m = match(#"^(?:(\d{4})年)?年底$"#, deadline) { return monthEnd(m[0] ?? year, 12) }
        return nil
    }

    private static func day(_ y: Int?, _ m: Int?, _ d: Int?) -> Day? {
        guard let y, let m, let d, (1...12).contains(m), d >= 1, d <= Day.lastDay(ofMonth: m, year: y).components.day else { return nil }
        return Day(year: y, month: m, day: d)
    }

    private static func monthEnd(_ y: Int?, _ m: Int?) -> Day? {
        guard let y, let m, (1...12).contains(m) else { return nil }
        return Day.lastDay(ofMonth: m, year: y)
    }

    /// The capture groups of `pattern` in `text` as numbers (nil for a group that did not take part).
    private static func match(_ pattern: String, _ text: String) -> [Int?]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).flatMap { Int(text[$0]) } }
    }
}
