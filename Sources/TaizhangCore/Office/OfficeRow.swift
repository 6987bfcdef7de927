/// One cell of a table read from an office file. A merged cell's continuation (the cells a
/// vertical merge covers below its first row) carries the merged text and says so.
struct OfficeCell: Equatable {
    var text: String
    /// Covered by a vertical merge (docx `vMerge`, xlsx `mergeCells`) started in a row above.
    var continuesAbove = false

    init(_ text: String, continuesAbove: Bool = false) {
        self.text = text
        self.continuesAbove = continuesAbove
    }
}

/// A paragraph (one cell) or a table row of an office file, numbered as the importer
/// accounts for every part of a document: a docx counts its body paragraphs and table rows
/// in order, an xlsx uses the sheet's row numbers, a csv counts records.
///
/// Horizontally merged cells (`gridSpan`, a merge across columns) appear once, so a heading
/// merged across the whole table is a row of one cell.
struct OfficeRow: Equatable {
    var line: Int
    var cells: [OfficeCell]
    /// A paragraph in a heading style or outline level (1 = top), as the document marks it.
    var headingLevel: Int?

    init(line: Int, cells: [OfficeCell], headingLevel: Int? = nil) {
        self.line = line
        self.cells = cells
        self.headingLevel = headingLevel
    }

    /// The row as one line of text, for the source view and for unplaced fragments.
    var text: String { cells.filter { !$0.continuesAbove }.map(\.text).joined(separator: " | ") }
}

/// What an office file holds, as numbered rows, before the table pipeline reads it.
struct OfficeDocument {
    var rows: [OfficeRow]
    /// The highest line number (rows may skip blank lines, as a sheet skips empty rows).
    var lineCount: Int
    /// Format label for the plan's source information (`docx`, `xlsx sheet 计划表`, `csv UTF-8`).
    var format: String
    var warnings: [String] = []
}
