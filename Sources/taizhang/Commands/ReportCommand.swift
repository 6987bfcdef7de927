import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang report`: completion figures per unit, plan or section — the annual report's
/// 完成率 and the year-end look-back (回头看) of a plan.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Completion figures per unit, plan or section, as of --as-of.",
        discussion: """
        For each group: total, done, in progress, not started, blocked, cancelled, overdue, needs a date, \
        ongoing, stale (open with no note or change for --stale-days), and the completion rate \
        done ÷ (total − cancelled). The look-back of one plan: taizhang report --plan HD21 --by section.
        """
    )

    @OptionGroup var globals: GlobalOptions
    @Option(help: "Only this plan (code or part of its title).") var plan: String?
    @Option(help: "Only tasks of this unit (or units whose name contains it).") var unit: String?
    @Option(help: "Group by unit, plan or section.") var by: ReportGroupingArgument = .plan
    @Option(name: .customLong("stale-days"), help: "Days without a note or change that make an open task stale.")
    var staleDays = 90
    @Option(help: "table, md, csv or json.") var format: ReportFormat = .table

    enum ReportGroupingArgument: String, ExpressibleByArgument {
        case unit, plan, section
        var grouping: ReportGrouping { ReportGrouping(rawValue: rawValue)! }
    }

    func validate() throws {
        if staleDays < 1 { throw ValidationError("--stale-days: expected a number of days of at least 1, got \(staleDays)") }
    }

    func run() throws {
        let ctx = try globals.context()
        let (ledger, head) = try ctx.loaded()
        let tasks = TaskFilter(plan: plan, unit: unit).apply(to: ledger, asOf: ctx.today)
        if tasks.isEmpty, plan != nil || unit != nil { throw InputError("no tasks match --plan/--unit (see taizhang list)") }
        let report = ProgressReport(ledger: ledger, tasks: tasks, by: by.grouping, asOf: ctx.today, staleDays: staleDays)
        let view = ProgressReportView(report: report, context: ctx.output(ledger), staleDays: staleDays)
        switch format {
        case .table: ctx.out(view.table() + ctx.headLine(head, markdown: false))
        case .md: ctx.out(view.markdown() + ctx.headLine(head, markdown: true))
        case .csv: ctx.out(view.csv())
        case .json: ctx.write(view.json())
        }
    }
}
