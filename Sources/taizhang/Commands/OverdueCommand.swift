import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang overdue`: the coordinator's first screen of the day, and the 督办通报 to mail.
struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "Every overdue task as of --as-of, with days overdue, lead unit and last progress note.",
        discussion: """
        A recurring task (每月, 每季度…) gives one row for every period it missed. With --by-unit, \
        each unit gets its own list (its part in each task shown); --format md then writes one \
        ready-to-send notice section per unit.
        """
    )

    @OptionGroup var globals: GlobalOptions
    @Option(help: "Only this unit (or units whose name contains it).") var unit: String?
    @Option(help: "Only this plan (code or part of its title).") var plan: String?
    @Flag(name: .customLong("by-unit"), help: "Group by responsible unit.") var byUnit = false
    @Option(help: "table, md, csv or json.") var format: ReportFormat = .table
    @Option(name: .customLong("reply-by"), help: "The day units are asked to report by (md); default: 7 days after --as-of.")
    var replyBy: String?

    func run() throws {
        let ctx = try globals.context()
        let (ledger, head) = try ctx.loaded()
        let tasks = TaskFilter(plan: plan, unit: unit).apply(to: ledger, asOf: ctx.today)
        let items = OverdueItem.all(in: tasks, asOf: ctx.today)
        if items.isEmpty && format == .table { ctx.err(ctx.strings(.overdueNone, ctx.today.iso)); return }
        let matcher = unit.map { UnitMatcher(ledger: ledger, query: $0) }
        let groups = UnitOverdue.group(items, ledger: ledger, only: matcher)
        let output = ctx.output(ledger)
        switch format {
        case .table:
            let table = OverdueTable(context: output)
            ctx.out((byUnit ? table.byUnit(groups) : table.list(items)) + ctx.headLine(head, markdown: false))
        case .md:
            let notice = OverdueNotice(context: output, replyBy: try replyDay(ctx))
            ctx.out((byUnit ? notice.byUnit(groups, items: items) : notice.list(items)) + ctx.headLine(head, markdown: true))
        case .csv:
            let data = OverdueData(context: output)
            ctx.out(byUnit ? data.csv(groups) : data.csv(items))
        case .json:
            let data = OverdueData(context: output)
            ctx.write(byUnit ? data.json(groups) : data.json(items))
        }
    }

    private func replyDay(_ ctx: CLIContext) throws -> Day {
        guard let replyBy else { return ctx.today.adding(days: 7) }
        guard let day = Day(iso: replyBy) else { throw ValidationError("--reply-by: expected YYYY-MM-DD, got \"\(replyBy)\"") }
        return day
    }
}
