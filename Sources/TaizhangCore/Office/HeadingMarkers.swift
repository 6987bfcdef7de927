/// Numbers headings that a document marks by style alone, as 公文 number their levels
/// (GB/T 9704: `一、` `（一）` `1.` `（1）`), so that a heading styled 标题 1 without a typed or
/// automatic number reads as the heading it is.
///
/// Levels are ranked as the document uses them (a document whose headings are 标题 2 and 标题 3
/// has them as its first and second levels). A top-level heading used once, before every other
/// heading, is the document's title, not a section, and stays as written. A heading that
/// already begins with a number keeps it and is counted.
enum HeadingMarkers {
    static func apply(_ rows: [OfficeRow]) -> [OfficeRow] {
        let headings = rows.indices.filter { rows[$0].headingLevel != nil && !text(rows[$0]).isEmpty }
        guard !headings.isEmpty else { return rows }
        var levels = Set(headings.map { rows[$0].headingLevel! }).sorted()
        var skip: Int?
        if let top = levels.first, headings.filter({ rows[$0].headingLevel == top }).count == 1,
           rows[headings[0]].headingLevel == top, !isNumbered(text(rows[headings[0]])) {
            skip = headings[0]
            levels.removeFirst()
        }
        var out = rows
        var counts = Array(repeating: 0, count: levels.count)
        for i in headings where i != skip {
            guard let depth = levels.firstIndex(of: rows[i].headingLevel!) else { continue }
            counts[depth] += 1
            for deeper in (depth + 1)..<counts.count { counts[deeper] = 0 }
            let written = text(rows[i])
            if isNumbered(written) { continue }
            out[i].cells[0].text = marker(depth: depth + 1, counts[depth]) + written
        }
        return out
    }

    /// The marker of a heading at `depth` (1 = top): 一、 （一） 1. （1）; deeper levels none.
    static func marker(depth: Int, _ n: Int) -> String {
        switch depth {
        case 1: return ChineseNumerals.text(n) + "、"
        case 2: return "（" + ChineseNumerals.text(n) + "）"
        case 3: return "\(n)."
        case 4: return "（\(n)）"
        default: return ""
        }
    }

    private static func text(_ row: OfficeRow) -> String {
        row.cells.count == 1 ? TextFolding.trim(row.cells[0].text) : ""
    }

    /// Begins with a heading marker or an item number, typed or automatic.
    private static func isNumbered(_ text: String) -> Bool {
        HeadingParser.parse(text).map { !$0.markerLost } == true || ItemNumber.split(text) != nil
    }
}
