import Foundation

/// Guesses what a table cell holds from its text alone, for documents whose cells lost
/// their columns (merged cells omitted, one cell per line, scrambled fragments).
///
/// Scores, not verdicts: the table reader aligns a row by maximising the sum of scores.
enum CellClassifier {
    /// How strongly the text reads as a list of responsible units (−3 … +3).
    static func unitScore(_ raw: String) -> Int { unitScore(key: TextFolding.matchingKey(raw)) }

    /// `unitScore` of a cell already folded with `TextFolding.matchingKey`.
    static func unitScore(key: String) -> Int {
        let t = stripTrailingPunctuation(key)
        guard !t.isEmpty else { return 0 }
        if t.count > 120 { return -3 }
        if t.dropLast().contains("。") { return -3 }
        let parts = UnitSplitter.topLevelParts(t)
        let unitish = parts.filter(looksLikeOneUnit).count
        if unitish == parts.count { return parts.count > 1 || t.count <= 20 ? 3 : 2 }
        if unitish * 2 >= parts.count { return 1 }
        return t.count > 40 ? -2 : -1
    }

    /// A name, possibly with its role words (区发改局牵头, 各部门按职责分工负责, 市财政局等).
    static func looksLikeOneUnit(_ part: String) -> Bool {
        var p = RoleWords.strippingAndOthers(RoleWords.strippingMarkers(part).rest).rest
        if let unlabelled = FieldLabels.labelled(p), unlabelled.field.isUnits { p = unlabelled.value }
        // 各牵头部门, 各有关单位: a collective name.
        if p.hasPrefix("各"), p.count <= 6 || UnitWords.endsLikeUnit(p) { return true }
        // "A牵头B": both sides are names ("加*号为牵头部门" is a note, not a unit).
        if let r = p.range(of: "牵头") {
            let left = String(p[..<r.lowerBound]), right = String(p[r.upperBound...])
            if !left.isEmpty, !right.isEmpty, !UnitWords.endsLikeUnit(left) { return false }
            p = right.isEmpty ? left : right
        }
        guard !p.isEmpty, p.count <= 30, !UnitWords.holdsAVerb(p) else { return false }
        if p.hasPrefix("各"), p.count <= 8 || UnitWords.endsLikeUnit(p) { return true }
        // 规划信息处(爱卫办): the unit's other name in brackets after it.
        if let last = p.last, BracketSplitter.closers.contains(last), let open = p.lastIndex(where: BracketSplitter.openers.contains),
           open > p.startIndex, UnitWords.endsLikeUnit(String(p[..<open])) { return true }
        return UnitWords.endsLikeUnit(p)
    }

    /// How strongly the text reads as a time limit (−4 … +4).
    static func deadlineScore(_ raw: String) -> Int {
        let key = TextFolding.matchingKey(raw)
        return deadlineScore(key: key, unitScore: unitScore(key: key))
    }

    /// `deadlineScore` of a folded cell whose `unitScore` is known.
    static func deadlineScore(key: String, unitScore: Int) -> Int {
        let t = stripTrailingPunctuation(key)
        guard !t.isEmpty else { return 0 }
        if t.count > 40 { return -4 }
        if unitScore >= 2 { return -3 }
        if DeadlineWords.cellMarkers.contains(where: t.contains) { return 4 }
        if isMonthDay(t) { return 4 }
        if DeadlineWords.eventOpenings.contains(where: t.hasPrefix) && t.count <= 25 { return 3 }
        if t.hasSuffix("前完成") || t.hasSuffix("完成") && t.count <= 15 { return 2 }
        if t.count == 4, let y = Int(t), (1990...2099).contains(y) { return 3 }
        // 2021.8, 2021-08-31: a date and nothing else.
        if t.count <= 10, t.allSatisfy({ $0.isASCII && ($0.isNumber || ".-/".contains($0)) }),
           !DayScanner.scan(t).days.isEmpty { return 4 }
        // Dates among other words: "2021年2月公布预算信息,2021年8月公布决算信息".
        if t.count <= 40, !DayScanner.scan(ChineseNumerals.arabicized(t)).days.isEmpty { return 2 }
        return t.count <= 8 ? -1 : -3
    }

    /// `2021年6月`, `12月20日前`, `十二月底`: a month with an optional day, alone.
    static func isMonthDay(_ t: String) -> Bool {
        var c = Array(ChineseNumerals.arabicized(t))
        if c.count > 5, DateText.fourDigitYear(c, at: 0) != nil, c[4] == "年" { c.removeFirst(5) }
        var i = 0
        while i < c.count, i < 2, c[i].isASCII, c[i].isNumber { i += 1 }
        guard i > 0, i < c.count, c[i] == "月", let month = Int(String(c[..<i])), (1...12).contains(month) else { return false }
        var rest = String(c[(i + 1)...])
        if let day = rest.firstIndex(of: "日"), rest[..<day].count <= 2, rest[..<day].allSatisfy({ $0.isASCII && $0.isNumber }),
           !rest[..<day].isEmpty { rest = String(rest[rest.index(after: day)...]) }
        return ["", "前", "底", "中旬", "下旬", "上旬"].contains(rest)
    }

    /// Long prose: a requirement or a measure.
    static func proseScore(_ raw: String) -> Int { proseScore(key: TextFolding.matchingKey(raw)) }

    static func proseScore(key t: String) -> Int {
        if t.count >= 40 || t.dropLast().contains("。") { return 2 }
        if t.count >= 15 { return 1 }
        return 0
    }

    static func stripTrailingPunctuation(_ t: String) -> String {
        var s = t
        while let last = s.last, "。.,;、".contains(last) { s.removeLast() }
        return s
    }
}

/// Splits a unit list at top-level separators, never inside brackets.
enum UnitSplitter {
    static func topLevelParts(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for c in TextFolding.fold(text) {
            switch c {
            case "(", "[", "【", "〔": depth += 1; current.append(c)
            case ")", "]", "】", "〕": depth = max(0, depth - 1); current.append(c)
            case "、", ",", ";", " ":
                if depth > 0 { current.append(c); continue }
                if !current.isEmpty { parts.append(current) }
                current = ""
            default: current.append(c)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
