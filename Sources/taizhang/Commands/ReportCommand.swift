import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang report`: completion figures per unit, plan or section — the annual report's
/// 完成率, the ranking of units (排名, by unit) and a month's or a quarter's 通报 (--from/--to).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Completion figures per unit (ranked), plan or section, as of --as-of.",
        discussion: """
        For each group: total (cancelled left out), done (confirmed), reported (awaiting review), in progress, \
        not started, blocked, overdue, needs a date, ongoing, stale, extended, cancelled, and the completion \
        rate done ÷ total. By unit, units are ranked by on-time rate (按期办结率: done by the due day, \
        extensions included, ÷ come due), then overdue count, then average days late. --from/--to keep the \
        tasks due in that window. The look-back of one plan: taizhang report --plan HD21 --by section.
        """
    )

    @OptionGroup var globals: GlobalOptions
    @Option(help: "Only this plan (code or part of its title).") var plan: String?
    @Option(help: "Only tasks of this unit (or units whose name contains it).") var unit: String?
    @Option(help: "Group by unit (a ranking), plan or section.") var by: ReportGroupingArgument = .plan
    @Option(name: .customLong("stale-days"), help: "Days without a note or change that make an open task stale (default: staleDays in config).")
    var staleDays: Int?
    @Option(help: "Only tasks due on or after this day, YYYY-MM-DD.") var from: String?
    @Option(help: "Only tasks due on or before this day, YYYY-MM-DD.") var to: String?
    @Option(help: "table, md, csv, json, docx or xlsx (docx and xlsx need --out).") var format: ReportFormat = .table
    @Option(help: "Write to this file (docx and xlsx need one).") var out: String?

    enum ReportGroupingArgument: String, ExpressibleByArgument {
        case unit, plan, section
        var grouping: ReportGrouping { ReportGrouping(rawValue: rawValue)! }
    }

    func validate() throws {
        if let staleDays, staleDays < 1 { throw ValidationError("--stale-days: expected a number of days of at least 1, got \(staleDays)") }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, Day(iso: value) == nil { throw ValidationError("\(name): expected YYYY-MM-DD, got \"\(value)\"") }
        }
    }

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
        let (first, last) = (from.flatMap { Day(iso: $0) }, to.flatMap { Day(iso: $0) })
        let tasks = ProgressReport.dueWithin(TaskFilter(plan: plan, unit: unit).apply(to: ledger, asOf: ctx.today), from: first, to: last)
        if tasks.isEmpty, plan != nil || unit != nil { throw InputError("no tasks match --plan/--unit (see taizhang list)") }
        let stale = staleDays ?? ctx.config.staleDays
        let report = ProgressReport(ledger: ledger, tasks: tasks, by: by.grouping, asOf: ctx.today, staleDays: stale,
                                    ranked: by == .unit)
        let view = ProgressReportView(report: report, context: ctx.output(ledger), staleDays: stale, from: first, to: last,
                                      office: ctx.config.noticeOffice)
        switch format {
        case .table: ctx.out(view.table())
        case .md: ctx.out(view.markdown())
        case .csv: ctx.out(view.csv())
        case .json: ctx.write(view.json())
        case .docx: try ctx.writeFile(try DocxWriter.data(view.document()), to: out, what: "docx")
        case .xlsx: try ctx.writeFile(try XLSXWriter.data(view.workbook()), to: out, what: "xlsx")
        }
    }
}
