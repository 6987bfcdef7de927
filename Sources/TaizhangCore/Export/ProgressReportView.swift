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

    public func table() -> String { document(signed: false, form: .screen).text(width: context.width, wide: context.wide) }

    public func markdown() -> String { document(signed: false, form: .screen).markdown() }

    /// The report as a document: title, a summary paragraph, the table, how it was counted;
    /// `signed` adds the office and date (the Word form that is sent).
    public func document(signed: Bool = true) -> OfficialDocument { document(signed: signed, form: .page) }

    func document(signed: Bool, form: Form) -> OfficialDocument {
        let s = context.strings
        var blocks: [OfficialDocument.Block] = [.title(title), .paragraph(summary)]
        let header = header(form: form)
        let cells = rows(form: form).map(\.cells)
        let labelColumn = ranked ? 1 : 0
        // Word widths in twips from what the columns hold: a number on one line, a header on
        // two; the names take the rest of the 156 mm line. A 小四 digit is about 135 twips.
        var widths = header.indices.map { i -> Int in
            let widest = cells.map { DisplayWidth.width($0[i]) }.max() ?? 0
            return max(widest, (DisplayWidth.width(header[i]) + 1) / 2, 2) * 135 + 240
        }
        widths[labelColumn] = max(1800, DocxWriter.textWidth - widths.reduce(0, +) + widths[labelColumn])
        // A unit's name is never cut (市公…); a plan's or a section's title wraps.
        let byUnit = report.grouping == .unit
        var table = DocumentTable(header: header, numeric: Set(1..<header.count).subtracting([labelColumn]),
                                  widths: widths, flexible: byUnit ? nil : labelColumn, maxWidths: [labelColumn: 40],
                                  identifying: byUnit ? [labelColumn] : [])
        table.rows = cells
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
        csv.row(header(form: .full))
        for row in rows(form: .full) { csv.row(row.cells.map { $0.trimmingCharacters(in: .whitespaces) }) }
        return csv.text
    }

    /// The report as one sheet (numbers as numbers, rates as percentages) with a bar chart of
    /// each group's completion rate beside the table.
    public func workbook() -> [XLSXSheet] {
        let s = context.strings
        let lines = rows(form: .full)
        let header = header(form: .full)
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

    func rows(form: Form) -> [Line] {
        let figures = columns(form: form)
        let values = { (c: ProgressCounts) in figures.map { $0.value(c) } }
        var out: [Line] = []
        var rank = 0
        for row in report.rows {
            let indent = String(repeating: "\u{3000}", count: max(0, row.depth - 1))
            let name = label(row)
            let ranks = ranked && !row.collective && row.label != nil
            if ranks { rank += 1 }
            out.append(Line(cells: (ranked ? [ranks ? String(rank) : ""] : []) + [indent + name] + values(row.counts), label: name,
                            counts: row.counts, isTotal: false))
        }
        let all = context.strings(.reportAllTasks)
        out.append(Line(cells: (ranked ? [""] : []) + [all] + values(report.all), label: all, counts: report.all, isTotal: true))
        return out
    }

    /// A figure column: its title and its value.
    struct Column {
        var title: Strings.Key
        var value: (ProgressCounts) -> String
    }

    /// Which figures a form has room for.
    enum Form {
        /// Every figure: csv, json, xlsx.
        case full
        /// What fits a terminal and a mail: the table and Markdown.
        case screen
        /// What fits an A4 page in 小四: the Word form.
        case page
    }

    func columns(form: Form) -> [Column] {
        func n(_ key: Strings.Key, _ f: @escaping (ProgressCounts) -> Int) -> Column { Column(title: key) { String(f($0)) } }
        let rate = Column(title: .colRate) { $0.rateText }
        let ranking = [n(.colDueCount) { $0.due }, n(.colOnTime) { $0.onTime }, Column(title: .colOnTimeRate) { $0.onTimeRateText },
                       Column(title: .colAverageDaysLate) { $0.averageDaysLateText }]
        let compact = form != .full
        if form == .page && ranked {
            return [n(.colTotal) { $0.total }, n(.colDone) { $0.done }, n(.colReported) { $0.reported }, n(.colOverdue) { $0.overdue },
                    rate, ranking[2], ranking[3]]
        }
        if form == .page {
            return [n(.colTotal) { $0.total }, n(.colDone) { $0.done }, n(.colReported) { $0.reported }, n(.colOverdue) { $0.overdue },
                    n(.colNeedsDate) { $0.needsDate }, n(.colExtended) { $0.extended }, n(.colCancelled) { $0.cancelled }, rate]
        }
        if compact && ranked {
            return [n(.colTotal) { $0.total }, n(.colDone) { $0.done }, n(.colReported) { $0.reported }, n(.colOverdue) { $0.overdue },
                    n(.colExtended) { $0.extended }, rate] + ranking
        }
        if compact {
            return [n(.colTotal) { $0.total }, n(.colDone) { $0.done }, n(.colReported) { $0.reported }, n(.colInProgress) { $0.inProgress },
                    n(.colNotStarted) { $0.notStarted }, n(.colOverdue) { $0.overdue }, n(.colNeedsDate) { $0.needsDate },
                    n(.colStale) { $0.stale }, n(.colExtended) { $0.extended }, n(.colCancelled) { $0.cancelled }, rate]
        }
        let all: [Strings.Key] = [.colTotal, .colDone, .colReported, .colInProgress, .colNotStarted, .colBlocked, .colOverdue,
                                  .colNeedsDate, .colOngoing, .colStale, .colExtended, .colCancelled]
        let figures = all.enumerated().map { i, key in Column(title: key) { String($0.figures[i]) } }
        return figures + [rate] + (ranked ? ranking : [])
    }

    func header(form: Form) -> [String] {
        let s = context.strings
        let group: String = switch report.grouping {
        case .unit: s(.colUnits)
        case .plan: s(.colPlan)
        case .section: s(.colSection)
        }
        return (ranked ? [s(.colRank)] : []) + [group] + columns(form: form).map { s($0.title) }
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
        var rank = 0
        for (i, row) in report.rows.enumerated() {
            w.raw(i == 0 ? "\n" : ",\n")
            let ranks = ranked && !row.collective && row.label != nil
            if ranks { rank += 1 }
            write(row.counts, label: row.label, depth: row.depth, rank: ranks ? rank : nil, to: &w)
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
