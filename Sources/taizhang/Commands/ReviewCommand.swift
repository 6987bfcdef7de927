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
    @Flag(help: CLI.help(.helpHistoryVerify)) var verify = false

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load(only: [TaskID(typed: id)])
        let t = try ctx.task(id, in: ledger)
        if t.history.isEmpty { ctx.out(ctx.strings(.historyNone) + "\n") }
        let text = HistoryText(strings: ctx.strings)
        for c in t.history { ctx.out(text.line(c) + "\n") }
        guard verify else { return }
        let s = ctx.strings
        let chain = try ctx.store.chainReport()
        let (findings, checked) = try ctx.store.historyFindings(of: t)
        var problems = chain.broken.map { [$0.message(s)] } ?? []
        for f in findings {
            switch f {
            case .notInJournal(let c): problems.append(s(.historyNotInJournal, text.line(c)))
            case let .missingFromHistory(line, e): problems.append(s(.historyMissing, line, RestoreCommand.describe(.edit(e), s)))
            }
        }
        guard problems.isEmpty else {
            for p in problems { ctx.out(p + "\n") }
            throw InputError(s(.historyMismatch, t.id.rawValue, problems.count))
        }
        ctx.out(s(.historyVerified, t.id.rawValue, checked) + "\n")
        if let head = chain.head { ctx.out(head.line(s) + "\n") }
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: CLI.strings(.helpCheck), discussion: CLI.strings(.helpCheckDiscussion))
    }
    @OptionGroup var globals: GlobalOptions
    @Option(help: CLI.help(.helpCheckHead)) var head: String?

    func run() throws {
        let ctx = try globals.context()
        let s = ctx.strings
        guard ctx.store.exists else { throw StoreError.notFound(file: ctx.store.path) }
        let ledger = try ctx.store.load().ledger
        let chain = try ctx.store.chainReport()
        var problems = chain.broken.map { [$0.message(s)] } ?? []
        switch chain.snapshot {
        case .unrecorded(let generation): problems.append(s(.checkSnapshotUnrecorded, ctx.store.path, generation))
        case .changed(let line): problems.append(s(.checkSnapshotChanged, ctx.store.path, line))
        case .unchained: ctx.out(s(.checkUnchained) + "\n")
        case .recorded: break
        }
        if let head { problems += try compare(head, ctx) }
        problems += LedgerCheck.run(ledger).map(\.description)
        let backups = ctx.store.backups().map { s($0.readable ? .checkBackupOK : .checkBackupBad, $0.path) }
        ctx.out(s(.checkBackups, backups.isEmpty ? s(.checkNoBackup) : backups.joined(separator: ", ")) + "\n")
        if problems.isEmpty {
            ctx.out(s(.checkOK, ledger.plans.count, ledger.tasks.count) + "\n")
            if let h = chain.head, chain.verifiedLines > 0 {
                ctx.out(s(.checkChainOK, chain.verifiedLines, chain.since?.localMinute ?? "—") + "\n" + h.line(s) + "\n")
            }
            return
        }
        for p in problems { ctx.out(p + "\n") }
        throw InputError(s(.checkProblems, problems.count))
    }

    /// Compares the chain with a head someone wrote down: the line with that seq must still
    /// have that hash, or the record up to it was rewritten.
    private func compare(_ written: String, _ ctx: CLIContext) throws -> [String] {
        let s = ctx.strings
        let parts = written.split(separator: ":")
        guard parts.count == 2, let seq = Int(parts[0]), parts[1].count >= 8, parts[1].allSatisfy(\.isHexDigit) else {
            throw ValidationError(s(.checkHeadFormat))
        }
        let prefix = parts[1].lowercased()
        guard let line = try ctx.store.chainLine(seq: seq) else { return [s(.checkHeadUnknown, seq)] }
        guard line.hash.hasPrefix(prefix) else { return [s(.checkHeadDiffers, seq, line.short, prefix)] }
        ctx.out(s(.checkHeadMatches, written) + "\n")
        return []
    }
}

struct CompactCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "compact", abstract: CLI.strings(.helpCompact)) }
    @OptionGroup var globals: GlobalOptions

    func run() throws {
        let ctx = try globals.context()
        try ctx.policy.checkCoordinator(ctx.actor, doing: .compact)
        try ctx.store.compact(by: ctx.actor)
    }
}
