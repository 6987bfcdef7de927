import Foundation

/// Comma-separated values as RFC 4180 has them, optionally in the form Excel and WPS open
/// correctly: a UTF-8 byte-order mark (without it they read Chinese as the local code page)
/// and CRLF line ends.
///
/// Cells are inert (docs/outputs.md): control characters are made visible as on the terminal
/// (line breaks inside a cell stay, quoted), and a cell a spreadsheet would run as a formula —
/// one beginning with `=`, `+`, `-`, `@`, a tab or a carriage return — gets a leading `'`, the
/// OWASP defence against CSV injection, so Excel, WPS and LibreOffice show it as text. A plain
/// number (`-3`, `-0.5`) is left as it is: it cannot be a formula.
public struct CSVWriter {
    public let forSpreadsheets: Bool
    public private(set) var text: String

    public init(forSpreadsheets: Bool) {
        self.forSpreadsheets = forSpreadsheets
        text = forSpreadsheets ? "\u{FEFF}" : ""
    }

    public mutating func row(_ cells: [String]) {
        text += cells.map(Self.quote).joined(separator: ",") + (forSpreadsheets ? "\r\n" : "\n")
    }

    static func quote(_ cell: String) -> String {
        let inert = Self.inert(cell)
        guard inert.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "'" }) else { return inert }
        return "\"" + inert.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The cell as a spreadsheet must only ever show it: controls visible, formulas as text.
    static func inert(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(cell) else {
            return VisibleText.sanitize(cell, keepNewlines: true)
        }
        return "'" + VisibleText.sanitize(cell, keepNewlines: true)
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func isPlainNumber(_ cell: String) -> Bool {
        var digits = false, dot = false
        for (i, c) in cell.utf8.enumerated() {
            switch c {
            case 0x2D where i == 0: continue
            case 0x30...0x39: digits = true
            case 0x2E where !dot && digits: dot = true
            default: return false
            }
        }
        return digits && cell.utf8.last != 0x2E
    }
}

/// Tasks as CSV rows: the columns of a 分工方案 plus where each task stands.
public enum TaskCSV {
    public static func render(_ tasks: [LedgerTask], ledger: Ledger, asOf today: Day, strings s: Strings,
                              forSpreadsheets: Bool) -> String {
        var csv = CSVWriter(forSpreadsheets: forSpreadsheets)
        csv.row([s(.colID), s(.colPlan), s(.colSection), s(.colNumber), s(.colRequirement), s(.colMeasure), s(.colUnits),
                 s(.colLeader), s(.colDeadline), s(.colDue), s(.colStatus), s(.colDaysOverdue), s(.colLastNote), s(.colLastNoteDate), s(.colReview)])
        let placements = TaskPlacements(for: tasks, in: ledger)
        for t in tasks {
            let place = placements[t]; let (section, subsection) = (place.section, place.subsection)
            let units = t.units.map { ledger.canonicalUnit($0.name) + "(" + s.role($0.role) + ")" }.joined(separator: "、")
            csv.row([t.id.rawValue, t.plan.rawValue, [section, subsection].compactMap { $0 }.joined(separator: " / "),
                     t.number ?? "", t.text, t.measure ?? "", units, t.leader ?? "", t.deadline.text ?? "", s.due(t, asOf: today),
                     s.status(t.status), String(t.daysOverdue(asOf: today)), t.lastNote?.text ?? "",
                     t.lastNote?.at.localDay.iso ?? "", t.openReview.map(\.kind.rawValue).joined(separator: " ")])
        }
        return csv.text
    }
}
