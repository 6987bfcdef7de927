/// A completion report as a terminal table, Markdown for mail, CSV for spreadsheets, JSON,
/// a Word 通报 or an xlsx workbook with a chart. The text forms share one
/// `OfficialDocument`, so they read alike; by unit the rows are a ranking (排名) by
/// 按期办结率, then overdue count, then average days late.
public struct ProgressReportView {
    public let context: OutputContext
    public let report: ProgressReport
    public let staleDays: Int
    /// The window of due days the report covers (`--from/--to`), for its title.
    public let from: Day?
    public let to: Day?
    /// The issuing office for the Word form.
    public let office: String?

    public init(report: ProgressReport, context: OutputContext, staleDays: Int, from: Day? = nil, to: Day? = nil,
                office: String? = nil) {
        self.report = report
        self.context = context
        self.staleDays = staleDays
        self.from = from
        self.to = to
        self.office = office
    }

    var ranked: Bool { report.grouping == .unit }

    public func table() -> String { document(signed: false).text(width: context.width) }

    public func markdown() -> String { document(signed: false).markdown() }

    /// The report as a document: title, a summary paragraph, the table, how it was counted;
    /// `signed` adds the office and date (the Word form that is sent).
    public func document(signed: Bool = true) -> OfficialDocument {
        let s = context.strings
        var blocks: [OfficialDocument.Block] = [.title(title), .paragraph(summary)]
        var table = DocumentTable(header: header, numeric: Set(1..<header.count).subtracting(ranked ? [1] : []),
                                  widths: header.indices.map { $0 == (ranked ? 1 : 0) ? 5 : 2 }, flexible: ranked ? 1 : 0)
        table.rows = rows.map(\.cells)
        blocks.append(.table(table))
        blocks.append(.paragraph(s(.reportStaleNote, staleDays)))
        if signed { blocks.append(.signature(office: office ?? s(.noticeDefaultOffice), date: s.longDate(context.today))) }
        guard s.language == .zh else { return OfficialDocument(blocks) }
        return OfficialDocument(blocks.map { block in
            switch block {
            case .paragraph(let p): return .paragraph(ChinesePunctuation.normalize(p))
            case .title(let t): return .title(ChinesePunctuation.normalize(t))
            default: return block
            }
        })
    }

    public func csv() -> String {
        var csv = CSVWriter(forSpreadsheets: true)
        csv.row(header)
        for row in rows { csv.row(row.cells.map { $0.trimmingCharacters(in: .whitespaces) }) }
        return csv.text
    }

    /// The report as one sheet (numbers as numbers, rates as percentages) with a bar chart of
    /// each group's completion rate beside the table.
    public func workbook() -> [XLSXSheet] {
        let s = context.strings
        let lines = rows
        let labelColumn = ranked ? 1 : 0
        let rateColumn = header.firstIndex(of: s(.colRate)) ?? labelColumn
        var sheet = XLSXSheet(name: s(by), rows: [header] + lines.map { $0.cells.map { $0.trimmingCharacters(in: .whitespaces) } },
                              widths: header.indices.map { $0 == labelColumn ? 36 : 10 },
                              numeric: Set(header.indices).subtracting([labelColumn]))
        let dataRows = lines.count - 1 // without the total
        if dataRows > 0 {
            sheet.chart = XLSXChart(title: s(.reportChartTitle), labelColumn: labelColumn, valueColumn: rateColumn, firstRow: 2,
                                    lastRow: 1 + dataRows, anchorColumn: header.count + 1)
        }
        return [sheet]
    }

    /// One row of the table: its cells, and for the chart its completion rate.
    struct Line {
        var cells: [String]
        var label: String
        var counts: ProgressCounts
        var isTotal: Bool
    }

    var rows: [Line] {
        var out: [Line] = []
        for (i, row) in report.rows.enumerated() {
            let indent = String(repeating: "\u{3000}", count: max(0, row.depth - 1))
            let name = label(row)
            out.append(Line(cells: (ranked ? [String(i + 1)] : []) + [indent + name] + values(row.counts), label: name,
                            counts: row.counts, isTotal: false))
        }
        let all = context.strings(.reportAllTasks)
        out.append(Line(cells: (ranked ? [""] : []) + [all] + values(report.all), label: all, counts: report.all, isTotal: true))
        return out
    }

    private func values(_ c: ProgressCounts) -> [String] {
        c.figures.map(String.init) + [c.rateText] + (ranked ? [String(c.due), String(c.onTime), c.onTimeRateText, c.averageDaysLateText] : [])
    }

    var header: [String] {
        let s = context.strings
        let group: String = switch report.grouping {
        case .unit: s(.colUnits)
        case .plan: s(.colPlan)
        case .section: s(.colSection)
        }
        let figures: [Strings.Key] = [.colTotal, .colDone, .colReported, .colInProgress, .colNotStarted, .colBlocked, .colOverdue,
                                      .colNeedsDate, .colOngoing, .colStale, .colExtended, .colCancelled, .colRate]
        let ranking: [Strings.Key] = ranked ? [.colDueCount, .colOnTime, .colOnTimeRate, .colAverageDaysLate] : []
        return (ranked ? [s(.colRank)] : []) + [group] + (figures + ranking).map { s($0) }
    }

    private var by: Strings.Key {
        switch report.grouping {
        case .unit: .reportByUnit
        case .plan: .reportByPlan
        case .section: .reportBySection
        }
    }

    private var title: String {
        let s = context.strings
        var t = s(.reportTitle, s(by), s.longDate(context.today))
        if from != nil || to != nil {
            t += s(.reportWindow, from.map(s.longDate) ?? "…", to.map(s.longDate) ?? "…")
        }
        return t
    }

    /// The figures leaders read first, in one sentence.
    private var summary: String {
        let a = report.all
        return context.strings(.reportSummary, context.strings.longDate(context.today), a.total, a.done, a.rateText, a.reported,
                               a.due, a.onTime, a.onTimeRateText, a.overdue, a.extended)
    }

    private func label(_ row: ProgressReport.Row) -> String {
        row.label ?? context.strings(report.grouping == .unit ? .noUnit : .noSection)
    }

    public func json() -> [UInt8] {
        var w = JSONWriter()
        w.byte(0x7B)
        w.key("asOf", first: true); w.day(context.today)
        w.key("by"); w.string(report.grouping.rawValue)
        w.key("from"); if let from { w.day(from) } else { w.null() }
        w.key("to"); if let to { w.day(to) } else { w.null() }
        w.key("staleDays"); w.int(staleDays)
        w.key("rows"); w.byte(0x5B)
        for (i, row) in report.rows.enumerated() {
            w.raw(i == 0 ? "\n" : ",\n")
            write(row.counts, label: row.label, depth: row.depth, rank: ranked ? i + 1 : nil, to: &w)
        }
        w.raw("\n]")
        w.key("all"); write(report.all, label: nil, depth: nil, rank: nil, to: &w)
        w.raw("}\n")
        return w.bytes
    }

    private func write(_ c: ProgressCounts, label: String?, depth: Int?, rank: Int?, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("label", first: true); w.stringOrNull(label)
        if let depth { w.key("depth"); w.int(depth) }
        if let rank { w.key("rank"); w.int(rank) }
        for (name, value) in zip(ProgressCounts.figureNames, c.figures) { w.key(name); w.int(value) }
        w.key("completionRate")
        if let r = c.completionRate { w.number(r) } else { w.null() }
        w.key("due"); w.int(c.due)
        w.key("onTime"); w.int(c.onTime)
        w.key("onTimeRate"); if let r = c.onTimeRate { w.number(r) } else { w.null() }
        w.key("averageDaysLate"); w.number(c.averageDaysLate)
        w.byte(0x7D)
    }
}
