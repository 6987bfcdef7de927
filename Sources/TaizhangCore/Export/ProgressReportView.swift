/// A completion report as a terminal table, Markdown for mail, CSV for spreadsheets or JSON.
public struct ProgressReportView {
    public let context: OutputContext
    public let report: ProgressReport
    public let staleDays: Int

    public init(report: ProgressReport, context: OutputContext, staleDays: Int) {
        self.report = report
        self.context = context
        self.staleDays = staleDays
    }

    public func table() -> String {
        var table = TextTable([.init(groupTitle, identifying: true)]
                              + figureTitles.map { .init($0, alignRight: true) } + [.init(context.strings(.colRate), alignRight: true)])
        for row in report.rows {
            table.add([String(repeating: "  ", count: max(0, row.depth - 1)) + label(row)]
                      + row.counts.figures.map(String.init) + [row.counts.rateText])
        }
        table.add([context.strings(.reportAllTasks)] + report.all.figures.map(String.init) + [report.all.rateText])
        return title + "\n" + table.render(width: context.width, wide: context.wide) + footnote
    }

    /// What "stale" and the rate mean, wrapped to the width like the table above it.
    private var footnote: String {
        let note = context.strings(.reportStaleNote, staleDays)
        return (context.wide ? [note] : DisplayWidth.wrap(note, width: context.width)).joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        var table = MarkdownTable([groupTitle] + figureTitles + [context.strings(.colRate)], numeric: Set(1...11))
        for row in report.rows {
            let indent = String(repeating: "\u{3000}", count: max(0, row.depth - 1))
            let name = row.depth == 0 && report.grouping == .section ? "**" + label(row) + "**" : label(row)
            table.add([indent + name] + row.counts.figures.map(String.init) + [row.counts.rateText])
        }
        table.add(["**" + context.strings(.reportAllTasks) + "**"] + report.all.figures.map(String.init) + [report.all.rateText])
        return "# " + title + "\n\n" + table.render() + "\n" + footnote
    }

    public func csv() -> String {
        var csv = CSVWriter(forSpreadsheets: true)
        csv.row([groupTitle] + figureTitles + [context.strings(.colRate)])
        for row in report.rows { csv.row([label(row)] + row.counts.figures.map(String.init) + [row.counts.rateText]) }
        csv.row([context.strings(.reportAllTasks)] + report.all.figures.map(String.init) + [report.all.rateText])
        return csv.text
    }

    public func json() -> [UInt8] {
        var w = JSONWriter()
        w.byte(0x7B)
        w.key("asOf", first: true); w.day(context.today)
        w.key("by"); w.string(report.grouping.rawValue)
        w.key("staleDays"); w.int(staleDays)
        w.key("rows"); w.byte(0x5B)
        for (i, row) in report.rows.enumerated() {
            w.raw(i == 0 ? "\n" : ",\n")
            write(row.counts, label: row.label, depth: row.depth, to: &w)
        }
        w.raw("\n]")
        w.key("all"); write(report.all, label: nil, depth: nil, to: &w)
        w.raw("}\n")
        return w.bytes
    }

    private var title: String {
        let by: Strings.Key = switch report.grouping {
        case .unit: .reportByUnit
        case .plan: .reportByPlan
        case .section: .reportBySection
        }
        return context.strings(.reportTitle, context.strings(by), context.strings.longDate(context.today))
    }

    private var groupTitle: String {
        switch report.grouping {
        case .unit: return context.strings(.colUnits)
        case .plan: return context.strings(.colPlan)
        case .section: return context.strings(.colSection)
        }
    }

    private var figureTitles: [String] {
        [.colTotal, .colDone, .colInProgress, .colNotStarted, .colBlocked, .colCancelled, .colOverdue, .colNeedsDate,
         .colOngoing, .colStale].map { context.strings($0) }
    }

    private func label(_ row: ProgressReport.Row) -> String {
        row.label ?? context.strings(report.grouping == .unit ? .noUnit : .noSection)
    }

    private func write(_ c: ProgressCounts, label: String?, depth: Int?, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("label", first: true); w.stringOrNull(label)
        if let depth { w.key("depth"); w.int(depth) }
        let names: [StaticString] = ["total", "done", "inProgress", "notStarted", "blocked", "cancelled", "overdue",
                                     "needsDate", "ongoing", "stale"]
        for (name, value) in zip(names, c.figures) { w.key(name); w.int(value) }
        w.key("completionRate")
        if let r = c.completionRate { w.number(r) } else { w.null() }
        w.byte(0x7D)
    }
}
