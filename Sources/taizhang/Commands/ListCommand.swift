import ArgumentParser
import Foundation
import TaizhangCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List tasks, filtered.")

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var filter: FilterOptions

    @Option(help: "table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
        let tasks = try filter.taskFilter().apply(to: ledger, asOf: ctx.today)
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(TaskJSON.array(tasks, ledger: ledger, asOf: ctx.today)))
        case .csv:
            ctx.out(TaskCSV.render(tasks, ledger: ledger, asOf: ctx.today, strings: ctx.strings, forSpreadsheets: false))
        case .table:
            if tasks.isEmpty { ctx.err(ctx.strings(.noTasks)); return }
            ctx.out(TaskTable.render(tasks, ledger: ledger, ctx: ctx))
        }
    }
}

/// The filters `list` and the reports share.
struct FilterOptions: ParsableArguments {
    @Option(help: "A plan code (HD21) or part of its title.") var plan: String?
    @Option(help: "A unit, or part of its name.") var unit: String?
    @Option(help: "not-started, in-progress, done, blocked or cancelled (repeatable).") var status: [TaskStatus] = []
    @Flag(help: "Only tasks past their due day as of --as-of.") var overdue = false
    @Option(name: .customLong("due-before"), help: "Only tasks due before this day (YYYY-MM-DD).") var dueBefore: String?
    @Option(help: "Only tasks whose text, units or notes contain this.") var search: String?
    @Flag(help: "Only tasks with import guesses not yet reviewed.") var review = false
    @Option(help: "Only tasks whose responsible leader (责任领导) contains this.") var leader: String?

    func taskFilter() throws -> TaskFilter {
        var day: Day?
        if let dueBefore {
            guard let d = Day(iso: dueBefore) else { throw ValidationError("--due-before: expected YYYY-MM-DD, got \"\(dueBefore)\"") }
            day = d
        }
        var filter = TaskFilter(plan: plan, unit: unit, statuses: Set(status), overdueOnly: overdue, dueBefore: day,
                                search: search, needsReview: review)
        filter.leader = leader
        return filter
    }
}

/// The one-line-a-task table of `list`.
enum TaskTable {
    static func render(_ tasks: [LedgerTask], ledger: Ledger, ctx: CLIContext) -> String {
        let s = ctx.strings
        var table = TextTable([.init(s(.colID)), .init(s(.colStatus)), .init(s(.colDue)),
                               .init(s(.colUnit), maxWidth: 22), .init(s(.colText), flexible: true)])
        var marked = false
        for t in tasks {
            var status = s.status(t.status)
            if t.isOverdue(asOf: ctx.today) { status += " !" }
            if t.needsReview { status += status.hasSuffix("!") ? "?" : " ?" }
            marked = marked || t.isOverdue(asOf: ctx.today) || t.needsReview
            table.add([t.id.rawValue, status, s.due(t, asOf: ctx.today), t.primaryUnit.map(ledger.canonicalUnit) ?? "—", t.text])
        }
        return table.render(width: ctx.terminalWidth) + (marked ? s(.listLegend) + "\n" : "")
    }
}
