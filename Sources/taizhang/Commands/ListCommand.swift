import ArgumentParser
import Foundation
import TaizhangCore

struct ListCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: CLI.strings(.helpList)) }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var filter: FilterOptions

    @Option(help: CLI.help(.helpFormatTable))
    var format: OutputFormat = .table

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
        var tasks = try filter.taskFilter(ctx, ledger: ledger).apply(to: ledger, asOf: ctx.today)
        let rules = ctx.warningRules
        if filter.pendingExtension { tasks = tasks.filter { $0.pendingExtension != nil } }
        if !filter.warning.isEmpty {
            let wanted = Set(filter.warning)
            tasks = tasks.filter { $0.warning(asOf: ctx.today, rules: rules).map(wanted.contains) == true }
        }
        switch format {
        case .json:
            TaskJSON.writeArray(tasks, ledger: ledger, asOf: ctx.today, rules: rules) { ctx.write($0) }
        case .csv:
            ctx.out(TaskCSV.render(tasks, ledger: ledger, asOf: ctx.today, strings: ctx.strings, forSpreadsheets: false))
        case .table:
            if tasks.isEmpty { ctx.err(ctx.strings(.noTasks)); return }
            TaskTable.write(tasks, ledger: ledger, ctx: ctx) { ctx.write($0) }
        }
    }
}

/// The filters `list` and the reports share.
struct FilterOptions: ParsableArguments {
    @Option(help: CLI.help(.helpListPlan)) var plan: String?
    @Option(help: CLI.help(.helpListUnit)) var unit: String?
    @Option(help: CLI.help(.helpListStatus)) var status: [TaskStatus] = []
    @Flag(help: CLI.help(.helpListOverdue)) var overdue = false
    @Option(name: .customLong("due-before"), help: CLI.help(.helpListDueBefore)) var dueBefore: String?
    @Option(help: CLI.help(.helpListSearch)) var search: String?
    @Flag(help: CLI.help(.helpListReview)) var review = false
    @Option(help: CLI.help(.helpListLeader)) var leader: String?
    @Option(help: CLI.help(.helpListWarning)) var warning: [WarningLevel] = []
    @Flag(name: .customLong("pending-extension"), help: CLI.help(.helpListPendingExtension)) var pendingExtension = false

    /// The filter, after checking that `--unit` names a unit of `ledger` (else an error that
    /// lists the closest names).
    func taskFilter(_ ctx: CLIContext, ledger: Ledger) throws -> TaskFilter {
        try ctx.checkUnit(unit, in: ledger)
        var day: Day?
        if let dueBefore {
            guard let d = TypedDay.parse(dueBefore, year: ctx.today.year) else {
                throw ValidationError(CLI.strings(.dayInvalid, "--due-before", dueBefore))
            }
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
    /// UTF-8 handed to `emit` piece by piece: the table of a large ledger is megabytes.
    static func write(_ tasks: [LedgerTask], ledger: Ledger, ctx: CLIContext, emit: (UnsafeRawBufferPointer) -> Void) {
        let s = ctx.strings
        var table = TextTable([.init(s(.colWarning)), .init(s(.colID), identifying: true), .init(s(.colStatus)),
                               .init(s(.colDue), identifying: true), .init(s(.colUnit), identifying: true),
                               .init(s(.colText), flexible: true)])
        let rules = ctx.warningRules
        // Returned tasks first: the unit's first job is what was sent back.
        let order = tasks.indices.filter { tasks[$0].isReturned } + tasks.indices.filter { !tasks[$0].isReturned }
        // Made on all cores: each row reads its task's text, and its light reads the notes.
        let made = Parallel.map(Parallel.chunks(order.count, minimumChunk: 1000)) { chunk in
            chunk.map { k -> (row: [String], marked: Bool, lit: Bool) in
                let t = tasks[order[k]]
                var status = s.status(t.status)
                if t.needsReview { status += " ?" }
                let light = t.warning(asOf: ctx.today, rules: rules)
                return ([light?.letter ?? "", t.id.rawValue, status, s.due(t, asOf: ctx.today),
                         t.primaryUnit.map(ledger.canonicalUnit) ?? "—", t.text], t.needsReview, light != nil)
            }
        }.flatMap { $0 }
        table.add(rows: made.map(\.row))
        let marked = made.contains(where: \.marked), lit = made.contains(where: \.lit)
        var legend: [String] = []
        if lit { legend.append(s(.warningLegend, rules.yellowDays, rules.staleDays, rules.blueDays)) }
        if marked { legend.append(s(.listLegend)) }
        let width = ctx.terminalWidth
        table.write(width: width, wide: ctx.wide, emit: emit)
        Array(legend.flatMap { ctx.wide ? [$0] : DisplayWidth.wrap($0, width: width) }.map { $0 + "\n" }.joined().utf8).withUnsafeBytes(emit)
    }
}
