/// Reads tables whose cells are separated on one line: `|` tables (merged cells omitted)
/// and tab-separated tables (continuation rows with an empty first cell, rows wrapped in
/// `<p>` tags).
struct DelimitedTableReader {
    enum Separator: String {
        case pipe = "|"
        case tab = "\t"
    }

    let separator: Separator
    var columns: [Int: ColumnMeaning] = [:]

    var layoutName: String { separator == .pipe ? "pipe-table" : "tab-table" }

    /// How much of the document is such a table (0 … 1): the share of text lines holding the
    /// separator, when a header row exists.
    func score(_ text: SourceText) -> Double {
        let lines = text.nonBlank
        guard lines.count >= 2 else { return 0 }
        let rows = lines.filter { fold($0.text).contains(separator.rawValue) }
        guard rows.count >= 2, rows.contains(where: { HeaderVocabulary.roles(cells($0.text), corrected: columns) != nil }) else { return 0 }
        return Double(rows.count) / Double(lines.count)
    }

    func read(_ text: SourceText) -> PlanDraft {
        var rows: [TableRow] = []
        for line in text.lines {
            let raw = TextFolding.trim(MarkupStripper.strip(line.text))
            guard !raw.isEmpty else { continue }
            let cells = fold(raw).contains(separator.rawValue) ? cells(raw) : [raw]
            if cells.allSatisfy({ $0.isEmpty || $0.allSatisfy { "-:=".contains($0) } }) { continue } // |---|---|
            rows.append(TableRow(line: line.line, text: line.text, cells: cells))
        }
        return TableRowsReader(layoutName: layoutName, columns: columns).read(rows)
    }

    func cells(_ line: String) -> [String] {
        let folded = fold(line)
        var parts = splitOriginal(line)
        if separator == .pipe {
            if folded.hasPrefix("|"), parts.first?.isEmpty == true { parts.removeFirst() }
            if folded.hasSuffix("|"), parts.last?.isEmpty == true { parts.removeLast() }
        }
        return parts.map { TextFolding.trim(MarkupStripper.strip($0)) }
    }

    private func fold(_ s: String) -> String {
        // Most lines have no full-width bar: a byte scan spares them Foundation's replace,
        // which was a sixth of a 10,000-row import.
        guard separator == .pipe, Self.hasFullWidthBar(s) else { return s }
        return s.replacingOccurrences(of: "｜", with: "|")
    }

    /// `｜` (U+FF5C) is the bytes EF BD 9C in UTF-8.
    private static func hasFullWidthBar(_ s: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in s.utf8 {
            if b == 0x9C, previous == (0xEF, 0xBD) { return true }
            previous = (previous.1, b)
        }
        return false
    }

    /// Splits at the separator, keeping each cell's text as written.
    private func splitOriginal(_ line: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in line {
            if String(c) == separator.rawValue || (separator == .pipe && c == "｜") {
                out.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        out.append(current)
        return out.map { TextFolding.trim($0) }
    }
}
