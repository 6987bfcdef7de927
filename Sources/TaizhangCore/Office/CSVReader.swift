/// Reads comma-separated values as RFC 4180 has them (quoted fields may hold commas, quotes
/// and line breaks), one row a record, numbered by record. A spreadsheet saved as CSV keeps a
/// merged cell's text in its first row only, which is what the table reader expects of a
/// merged cell: an empty cell continues the one above.
enum CSVReader {
    static func read(_ text: String) -> OfficeDocument {
        var rows: [OfficeRow] = []
        var field = "", record: [String] = []
        var quoted = false, pendingQuote = false
        func endRecord() {
            record.append(field)
            field = ""
            let trimmed = record.map(TextFolding.trim)
            rows.append(OfficeRow(line: rows.count + 1, cells: trimmed.allSatisfy(\.isEmpty) ? [] : trimmed.map { OfficeCell($0) }))
            record = []
        }
        for ch in text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text) {
            if quoted {
                if pendingQuote {
                    pendingQuote = false
                    if ch == "\"" { field.append(ch); continue }
                    quoted = false
                } else if ch == "\"" { pendingQuote = true; continue } else { field.append(ch); continue }
            }
            switch ch {
            case "\"" where field.isEmpty: quoted = true
            case ",": record.append(field); field = ""
            case "\n", "\r\n", "\r": endRecord()
            default: field.append(ch)
            }
        }
        if quoted && pendingQuote { quoted = false }
        if !field.isEmpty || !record.isEmpty { endRecord() }
        return OfficeDocument(rows: rows, lineCount: rows.count, format: "csv")
    }
}
