import ArgumentParser
import Foundation
import TaizhangCore

struct ReviewCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "review",
        abstract: CLI.strings(.helpReview),
        discussion: CLI.strings(.helpReviewDiscussion)
    ) }
    @OptionGroup var globals: GlobalOptions
    @Option(help: CLI.help(.helpOnlyPlan)) var plan: String?
    @Option(help: CLI.help(.helpResolve)) var resolve: String?

    func run() throws {
        let ctx = try globals.context()
        if let resolve {
            let parts = resolve.split(separator: ":")
            guard parts.count == 2, let line = Int(parts[1]) else { throw ValidationError(CLI.strings(.resolveInvalid)) }
            var view: LoadedLedger?
            try ctx.store.commit([.fragmentResolved(PlanID(String(parts[0]).uppercased()), line: line, true)], by: ctx.actor,
                                 onto: &view, authorize: ctx.authorize)
            ctx.out(ctx.strings(.setDone, resolve) + "\n")
            return
        }
        let ledger = try ctx.load()
        let tasks = TaskFilter(plan: plan, needsReview: true).apply(to: ledger, asOf: ctx.today)
        var printed = false
        for t in tasks {
            printed = true
            ctx.out("\(t.id.rawValue)  line \(t.lines.first ?? 0)  \(DisplayWidth.truncate(VisibleText.sanitize(t.text), to: 50))\n")
            for f in t.openReview { ctx.out("    " + ReviewText(strings: ctx.strings).line(f, of: t) + "\n") }
        }
        for p in ledger.plans where plan == nil || TaskFilter(plan: plan).apply(to: ledger, asOf: ctx.today).contains(where: { $0.plan == p.id }) {
            for f in p.fragments where !f.resolved {
                printed = true
                ctx.out("\(p.id.rawValue):\(f.line)  [\(ctx.strings(.importFragments))] \(VisibleText.sanitize(f.text))  — \(ReviewText(strings: ctx.strings).fragmentReason(f.reason))\n")
            }
        }
        if !printed { ctx.out(ctx.strings(.reviewNone) + "\n") }
    }
}

struct HistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "history", abstract: CLI.strings(.helpHistory)) }
    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpTaskID)) var id: String

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load(only: [TaskID(typed: id)])
        let t = try ctx.task(id, in: ledger)
        if t.history.isEmpty { ctx.out(ctx.strings(.historyNone) + "\n") }
        for c in t.history { ctx.out(HistoryText(strings: ctx.strings).line(c) + "\n") }
    }
}

struct UndoCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "undo", abstract: CLI.strings(.helpUndo)) }
    @OptionGroup var globals: GlobalOptions

    func run() throws {
        let ctx = try globals.context()
        guard ctx.store.exists else { ctx.out(ctx.strings(.undoNothing) + "\n"); return }
        guard let plan = UndoPlan.last(in: try ctx.store.journalEntries(), by: ctx.actor) else {
            ctx.out(ctx.strings(.undoNothing) + "\n")
            return
        }
        var view: LoadedLedger?
        try ctx.store.commit(plan.edits, by: ctx.actor, onto: &view, undoes: plan.command, authorize: ctx.authorize)
        ctx.out(ctx.strings(.undoDone, HistoryText(strings: ctx.strings).describe(plan.entries)) + "\n")
    }
}

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "check", abstract: CLI.strings(.helpCheck)) }
    @OptionGroup var globals: GlobalOptions

    func run() throws {
        let ctx = try globals.context()
        guard ctx.store.exists else { throw StoreError.notFound(file: ctx.store.path) }
        let ledger = try ctx.store.load().ledger
        _ = try ctx.store.journalEntries()
        let problems = LedgerCheck.run(ledger)
        if problems.isEmpty {
            ctx.out(ctx.strings(.checkOK, ledger.plans.count, ledger.tasks.count) + "\n")
            return
        }
        for p in problems { ctx.out(p.description + "\n") }
        throw InputError(ctx.strings(.checkProblems, problems.count))
    }
}

struct CompactCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "compact", abstract: CLI.strings(.helpCompact)) }
    @OptionGroup var globals: GlobalOptions

    func run() throws {
        let ctx = try globals.context()
        try ctx.store.compact()
    }
}
