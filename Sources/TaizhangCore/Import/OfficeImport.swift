/// Reads Word, Excel and CSV files into the same draft the text layouts produce: the file's
/// table becomes rows of cells for `TableRowsReader`, so units, time limits, review flags
/// and ids come out exactly as they do for a text table.
///
/// Line numbers (what `check` and fragments refer to) are a docx's paragraph and table-row
/// positions in the body, an xlsx's row numbers, a csv's record numbers (docs/import-formats.md).
enum OfficeImport {
    enum Kind: String {
        case docx, xlsx, csv
    }

    /// The kind of office file a name says it is; nil for text documents.
    static func kind(ofFile name: String) -> Kind? {
        let lower = name.lowercased()
        return [Kind.docx, .xlsx, .csv].first { lower.hasSuffix("." + $0.rawValue) }
    }

    /// Old binary formats that must be saved in the new ones first.
    static func isLegacyBinary(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".doc", ".xls", ".wps", ".et"].contains { lower.hasSuffix($0) }
    }

    struct Read {
        var text: SourceText
        var draft: PlanDraft
        var encoding: String
    }

    static func read(_ bytes: [UInt8], kind: Kind, fileName: String, columns: [Int: ColumnMeaning] = [:]) throws -> Read {
        let document: OfficeDocument
        var encoding = "UTF-8"
        switch kind {
        case .docx: document = try DocxReader.read(bytes)
        case .xlsx: document = try XlsxReader.read(bytes)
        case .csv:
            let decoded = try SourceDecoder.decode(bytes, file: fileName)
            encoding = decoded.encoding
            document = CSVReader.read(decoded.text)
        }
        let text = sourceText(document)
        let rows = document.rows.map { r in
            TableRow(line: r.line, text: r.text, cells: r.cells.map { TextFolding.trim($0.text) },
                     continued: Set(r.cells.indices.filter { r.cells[$0].continuesAbove }))
        }.filter { $0.cells.contains { !$0.isEmpty } }
        var draft = TableRowsReader(layoutName: kind.rawValue + "-table", columns: columns).read(rows)
        if draft.tasks.isEmpty {
            // No table: a Word file of numbered paragraphs reads like a text document.
            draft = LayoutDetector.read(text, columns: columns)
            draft.layout = kind.rawValue + "-" + draft.layout
        }
        draft.warnings += document.warnings.map { ImportWarning(line: nil, message: $0) }
        return Read(text: text, draft: draft, encoding: encoding)
    }

    /// One line per paragraph or row, blank where a sheet skips rows.
    static func sourceText(_ document: OfficeDocument) -> SourceText {
        var byLine: [Int: String] = [:]
        for row in document.rows { byLine[row.line] = row.text }
        let count = max(document.lineCount, document.rows.map(\.line).max() ?? 0)
        return SourceText(lines: (0..<count).map { SourceLine(line: $0 + 1, text: byLine[$0 + 1] ?? "") })
    }
}
