import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang restore [N]`: back to a rolling backup, with every later change that still applies.
struct RestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: CLI.strings(.helpRestore), discussion: CLI.strings(.helpRestoreDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpRestoreNumber)) var number = 1

    func validate() throws {
        if !(1...5).contains(number) { throw ValidationError(CLI.strings(.restoreNumbers)) }
    }

    func run() throws {
        let ctx = try globals.context()
        let s = ctx.strings
        try ctx.policy.checkCoordinator(ctx.actor, doing: .restore)
        let report = try ctx.store.restore(from: number, by: ctx.actor)
        ctx.out(s(.restoreDone, report.backup, report.reapplied) + "\n")
        for skipped in report.skipped {
            switch skipped.reason {
            case .invalid(let why):
                ctx.out(s(.restoreSkippedInvalid, skipped.line, skipped.record.map { Self.describe($0, s) } ?? "?", why) + "\n")
            case .afterDamage(let first): ctx.out(s(.restoreSkippedDamaged, skipped.line, first) + "\n")
            case .importNotInBackup:
                guard case .snapshot(let r)? = skipped.record else { continue }
                ctx.out(s(.restoreSkippedImport, skipped.line, r.by, r.at.localMinute, r.detail ?? "") + "\n")
            }
        }
        for file in report.setAside { ctx.out(s(.restoreSetAside, file) + "\n") }
    }

    /// `HD21-3 status: done (li, 2021-10-15 09:30)` for a journal line in messages.
    static func describe(_ record: JournalRecord, _ s: Strings) -> String {
        switch record {
        case .edit(let e):
            let value = e.edit.summary.map { ": " + VisibleText.sanitize($0) } ?? ""
            return (e.edit.task.map { $0.rawValue + " " } ?? "") + e.edit.field + value + " (\(e.by), \(e.at.localMinute))"
        case .snapshot(let r):
            return s(.journalSnapshotLine, r.reason.rawValue, r.by, r.at.localMinute)
        }
    }
}
