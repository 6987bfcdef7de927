import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang overdue`: the coordinator's first screen of the day, and the 督办通报 to mail.
struct OverdueCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "overdue",
        abstract: CLI.strings(.helpOverdue),
        discussion: CLI.strings(.helpOverdueDiscussion)
    ) }

    @OptionGroup var globals: GlobalOptions
    @Option(help: CLI.help(.helpOnlyUnit)) var unit: String?
    @Option(help: CLI.help(.helpPlanOrPart)) var plan: String?
    @Flag(name: .customLong("by-unit"), help: CLI.help(.helpByUnit)) var byUnit = false
    @Option(help: CLI.help(.helpFormatNotice)) var format: ReportFormat = .table
    @Option(help: CLI.help(.helpOutDocument)) var out: String?
    @Option(name: .customLong("reply-by"), help: CLI.help(.helpReplyBy))
    var replyBy: String?

    func run() throws {
        let ctx = try globals.context()
        let (ledger, head) = try ctx.loaded()
        try ctx.checkUnit(unit, in: ledger)
        let tasks = TaskFilter(plan: plan, unit: unit).apply(to: ledger, asOf: ctx.today)
        let items = OverdueItem.all(in: tasks, asOf: ctx.today)
        if items.isEmpty && format == .table { ctx.err(ctx.strings(.overdueNone, ctx.today.iso)); return }
        let matcher = unit.map { UnitMatcher(ledger: ledger, query: $0) }
        // Only the by-unit forms need the groups.
        let groups = { UnitOverdue.group(items, ledger: ledger, only: matcher) }
        let output = ctx.output(ledger)
        let notice = OverdueNotice(context: output, replyBy: try replyDay(ctx), office: ctx.config.noticeOffice,
                                   contact: ctx.config.noticeContact)
        switch format {
        case .table:
            let table = OverdueTable(context: output)
            let shown = byUnit ? table.notice.byUnit(groups(), items: items) : table.notice.list(items)
            // Freed with the process: freeing every row and item one by one was a tenth of the command.
            ProcessLifetime.keep((shown, items))
            ctx.write(table.tablesUTF8(shown))
            ctx.out(ctx.headLine(head, markdown: false))
        case .md:
            ctx.out((byUnit ? notice.byUnit(groups(), items: items) : notice.list(items)).markdown() + ctx.headLine(head, markdown: true))
        case .docx:
            let document = byUnit ? notice.byUnit(groups(), items: items) : notice.list(items)
            try ctx.writeFile(try DocxWriter.data(document), to: out, what: "docx")
        case .csv:
            let data = OverdueData(context: output)
            ctx.out(byUnit ? data.csv(groups()) : data.csv(items))
        case .json:
            let data = OverdueData(context: output)
            ctx.write(byUnit ? data.json(groups()) : data.json(items))
        case .xlsx:
            throw InputError(ctx.strings(.formatNotHere, format.rawValue))
        }
    }

    private func replyDay(_ ctx: CLIContext) throws -> Day {
        guard let replyBy else { return ctx.today.adding(days: ctx.config.noticeReplyDays) }
        guard let day = TypedDay.parse(replyBy, year: ctx.today.year) else { throw ValidationError(CLI.strings(.dayInvalid, "--reply-by", replyBy)) }
        return day
    }
}
