import Foundation

/// Comma-separated values as RFC 4180 has them, optionally in the form Excel and WPS open
/// correctly: a UTF-8 byte-order mark (without it they read Chinese as the local code page)
/// and CRLF line ends.
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
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Tasks as CSV rows: the columns of a 分工方案 plus where each task stands.
public enum TaskCSV {
    public static func render(_ tasks: [LedgerTask], ledger: Ledger, asOf today: Day, strings s: Strings,
                              forSpreadsheets: Bool) -> String {
        var csv = CSVWriter(forSpreadsheets: forSpreadsheets)
        csv.row([s(.colID), s(.colPlan), s(.colSection), s(.colNumber), s(.colRequirement), s(.colMeasure), s(.colUnits),
                 s(.colLeader), s(.colDeadline), s(.colDue), s(.colStatus), s(.colDaysOverdue), s(.colLastNote), s(.colLastNoteDate), s(.colReview)])
        for t in tasks {
            let (section, subsection) = TaskJSON.headings(of: t, in: ledger.plan(t.plan))
            let units = t.units.map { ledger.canonicalUnit($0.name) + "(" + s.role($0.role) + ")" }.joined(separator: "、")
            csv.row([t.id.rawValue, t.plan.rawValue, [section, subsection].compactMap { $0 }.joined(separator: " / "),
                     t.number ?? "", t.text, t.measure ?? "", units, t.leader ?? "", t.deadline.text ?? "", s.due(t, asOf: today),
                     s.status(t.status), String(t.daysOverdue(asOf: today)), t.lastNote?.text ?? "",
                     t.lastNote?.at.localDay.iso ?? "", t.openReview.map(\.kind.rawValue).joined(separator: " ")])
        }
        return csv.text
    }
}
