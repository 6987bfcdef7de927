import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang report`: completion figures per unit, plan or section — the annual report's
/// 完成率 and the year-end look-back (回头看) of a plan.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: CLI.strings(.helpReport),
        discussion: CLI.strings(.helpReportDiscussion)
    ) }

    @OptionGroup var globals: GlobalOptions
    @Option(help: CLI.help(.helpPlanOrPart)) var plan: String?
    @Option(help: CLI.help(.helpUnitOrPart)) var unit: String?
    @Option(help: CLI.help(.helpReportBy)) var by: ReportGroupingArgument = .plan
    @Option(name: .customLong("stale-days"), help: CLI.help(.helpStaleDays))
    var staleDays = 90
    @Option(help: CLI.help(.helpFormatReport)) var format: ReportFormat = .table

    enum ReportGroupingArgument: String, ExpressibleByArgument {
        case unit, plan, section
        var grouping: ReportGrouping { ReportGrouping(rawValue: rawValue)! }
    }

    func validate() throws {
        if staleDays < 1 { throw ValidationError(CLI.strings(.staleDaysInvalid, staleDays)) }
    }

    func run() throws {
        let ctx = try globals.context()
        let (ledger, head) = try ctx.loaded()
        try ctx.checkUnit(unit, in: ledger)
        let tasks = TaskFilter(plan: plan, unit: unit).apply(to: ledger, asOf: ctx.today)
        if tasks.isEmpty, plan != nil || unit != nil { throw InputError(ctx.strings(.noTasksMatch)) }
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
