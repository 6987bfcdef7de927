import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang report`: completion figures per unit, plan or section — the annual report's
/// 完成率, the ranking of units (排名, by unit) and a month's or a quarter's 通报 (--from/--to).
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
    var staleDays: Int?
    @Option(help: CLI.help(.helpReportFrom)) var from: String?
    @Option(help: CLI.help(.helpReportTo)) var to: String?
    @Option(help: CLI.help(.helpFormatReport)) var format: ReportFormat = .table
    @Option(help: CLI.help(.helpOutDocument)) var out: String?

    enum ReportGroupingArgument: String, ExpressibleByArgument {
        case unit, plan, section
        var grouping: ReportGrouping { ReportGrouping(rawValue: rawValue)! }
    }

    func validate() throws {
        if let staleDays, staleDays < 1 { throw ValidationError(CLI.strings(.staleDaysInvalid, staleDays)) }
    }

    /// A day of `--from`/`--to` in any of the forms `set --due` takes.
    private func day(_ text: String?, _ option: String, _ ctx: CLIContext) throws -> Day? {
        guard let text else { return nil }
        guard let d = TypedDay.parse(text, year: ctx.today.year) else { throw InputError(ctx.strings(.dayInvalid, option, text)) }
        return d
    }

    func run() throws {
        let ctx = try globals.context()
        let (ledger, head) = try ctx.loaded()
        try ctx.checkUnit(unit, in: ledger)
        let (first, last) = (try day(from, "--from", ctx), try day(to, "--to", ctx))
        let tasks = ProgressReport.dueWithin(TaskFilter(plan: plan, unit: unit).apply(to: ledger, asOf: ctx.today), from: first, to: last)
        if tasks.isEmpty, plan != nil || unit != nil { throw InputError(ctx.strings(.noTasksMatch)) }
        let stale = staleDays ?? ctx.config.staleDays
        let report = ProgressReport(ledger: ledger, tasks: tasks, by: by.grouping, asOf: ctx.today, staleDays: stale,
                                    ranked: by == .unit)
        let view = ProgressReportView(report: report, context: ctx.output(ledger), staleDays: stale, from: first, to: last,
                                      office: ctx.config.noticeOffice)
        switch format {
        case .table: ctx.out(view.table() + ctx.headLine(head, markdown: false))
        case .md: ctx.out(view.markdown() + ctx.headLine(head, markdown: true))
        case .csv: ctx.out(view.csv())
        case .json: ctx.write(view.json())
        case .docx: try ctx.writeFile(try DocxWriter.data(view.document()), to: out, what: "docx")
        case .xlsx: try ctx.writeFile(try XLSXWriter.data(view.workbook()), to: out, what: "xlsx")
        }
    }
}
