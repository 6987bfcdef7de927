import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang overdue`: the coordinator's first screen of the day, and the 督办通报 to mail.
struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "Every overdue task as of --as-of, with days overdue, lead unit and last progress note.",
        discussion: """
        A task counts once: a recurring task's missed periods are folded into its row \
        (每月（2017年1月至12月，逾期12期）). With --by-unit, each unit answering for overdue work gets its \
        own list; --format md or docx then writes the 督办通报, one section per unit, collective bodies \
        listed at the end, the office and contact from taizhang config.
        """
    )

    @OptionGroup var globals: GlobalOptions
    @Option(help: "Only this unit (or units whose name contains it).") var unit: String?
    @Option(help: "Only this plan (code or part of its title).") var plan: String?
    @Flag(name: .customLong("by-unit"), help: "Group by the unit answering for each task.") var byUnit = false
    @Option(help: "table, md, csv, json or docx (a Word 督办通报; needs --out).") var format: ReportFormat = .table
    @Option(help: "Write to this file (docx needs one).") var out: String?
    @Option(name: .customLong("reply-by"), help: "The day units are asked to report by; default: noticeReplyDays (config) after --as-of.")
    var replyBy: String?

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
        let tasks = TaskFilter(plan: plan, unit: unit).apply(to: ledger, asOf: ctx.today)
        let items = OverdueItem.all(in: tasks, asOf: ctx.today)
        if items.isEmpty && format == .table { ctx.err(ctx.strings(.overdueNone, ctx.today.iso)); return }
        let matcher = unit.map { UnitMatcher(ledger: ledger, query: $0) }
        let groups = UnitOverdue.group(items, ledger: ledger, only: matcher)
        let output = ctx.output(ledger)
        let notice = OverdueNotice(context: output, replyBy: try replyDay(ctx), office: ctx.config.noticeOffice,
                                   contact: ctx.config.noticeContact)
        switch format {
        case .table:
            let table = OverdueTable(context: output)
            ctx.out(byUnit ? table.byUnit(groups, items: items) : table.list(items))
        case .md:
            ctx.out((byUnit ? notice.byUnit(groups, items: items) : notice.list(items)).markdown())
        case .docx:
            let document = byUnit ? notice.byUnit(groups, items: items) : notice.list(items)
            try ctx.writeFile(try DocxWriter.data(document), to: out, what: "docx")
        case .csv:
            let data = OverdueData(context: output)
            ctx.out(byUnit ? data.csv(groups) : data.csv(items))
        case .json:
            let data = OverdueData(context: output)
            ctx.write(byUnit ? data.json(groups) : data.json(items))
        case .xlsx:
            throw InputError(ctx.strings(.formatNotHere, format.rawValue))
        }
    }

    private func replyDay(_ ctx: CLIContext) throws -> Day {
        guard let replyBy else { return ctx.today.adding(days: ctx.config.noticeReplyDays) }
        guard let day = Day(iso: replyBy) else { throw ValidationError("--reply-by: expected YYYY-MM-DD, got \"\(replyBy)\"") }
        return day
    }
}
