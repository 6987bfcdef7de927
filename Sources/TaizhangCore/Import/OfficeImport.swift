/// Reads Word, Excel, CSV, web pages and PDF (and, through LibreOffice, .doc/.wps/.xls/.et)
/// into the same draft the text layouts produce: the file's
/// table becomes rows of cells for `TableRowsReader`, so units, time limits, review flags
/// and ids come out exactly as they do for a text table.
///
/// Line numbers (what `check` and fragments refer to) are a docx's paragraph and table-row
/// positions in the body, an xlsx's row numbers, a csv's record numbers (docs/import-formats.md).
enum OfficeImport {
    enum Kind: String, CaseIterable {
        case docx, xlsx, csv, html, pdf
        /// .doc and .wps, read as the .docx LibreOffice saves them as.
        case doc
        /// .xls and .et, read as the .xlsx LibreOffice saves them as.
        case xls

        var extensions: [String] {
            switch self {
            case .html: return ["html", "htm"]
            case .doc: return ["doc", "wps"]
            case .xls: return ["xls", "et"]
            default: return [rawValue]
            }
        }
    }

    /// The kind of document a name says it is; nil for text documents.
    static func kind(ofFile name: String) -> Kind? {
        let lower = name.lowercased()
        return Kind.allCases.first { $0.extensions.contains { lower.hasSuffix("." + $0) } }
    }

    struct Read {
        var text: SourceText
        var draft: PlanDraft
        var encoding: String
    }

    static func read(_ bytes: [UInt8], kind: Kind, fileName: String, columns: [Int: ColumnMeaning] = [:],
                     progress: ImportProgress? = nil) throws -> Read {
        let (document, encoding) = try document(bytes, kind: kind, fileName: fileName, progress: progress)
        progress?.update(fileName, phase: .phaseLayout, rows: document.rows.count)
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

    /// The document's paragraphs and rows, by the reader of its kind (through LibreOffice or
    /// pdftotext for the kinds that need them), and the encoding it was read in.
    private static func document(_ bytes: [UInt8], kind: Kind, fileName: String,
                                 progress: ImportProgress?) throws -> (OfficeDocument, String) {
        switch kind {
        case .docx: return (try DocxReader.read(bytes), "UTF-8")
        case .xlsx: return (try XlsxReader.read(bytes), "UTF-8")
        case .csv:
            let decoded = try SourceDecoder.decode(bytes, file: fileName)
            return (CSVReader.read(decoded.text), decoded.encoding)
        case .html:
            let read = try HTMLReader.read(bytes, fileName: fileName)
            return (read.document, read.encoding)
        case .pdf:
            progress?.update(fileName, phase: .phaseConverting, rows: 0)
            return (try PDFReader.read(bytes), "UTF-8 (pdftotext)")
        case .doc:
            progress?.update(fileName, phase: .phaseConverting, rows: 0)
            return (try DocxReader.read(LegacyOffice.convert(bytes, fileName: fileName, to: .docx)), "docx (LibreOffice)")
        case .xls:
            progress?.update(fileName, phase: .phaseConverting, rows: 0)
            return (try XlsxReader.read(LegacyOffice.convert(bytes, fileName: fileName, to: .xlsx)), "xlsx (LibreOffice)")
        }
    }

    /// One line per paragraph or row, blank where a sheet skips rows.
    static func sourceText(_ document: OfficeDocument) -> SourceText {
        var byLine: [Int: String] = [:]
        for row in document.rows { byLine[row.line] = row.text }
        let count = max(document.lineCount, document.rows.map(\.line).max() ?? 0)
        return SourceText(lines: (0..<count).map { SourceLine(line: $0 + 1, text: byLine[$0 + 1] ?? "") })
    }
}
