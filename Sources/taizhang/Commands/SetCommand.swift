import ArgumentParser
import Foundation
import TaizhangCore

struct SetCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "set",
        abstract: CLI.strings(.helpSet)
    ) }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpTaskIDExample)) var id: String
    @Option(help: CLI.help(.helpSetStatus)) var status: TaskStatus?
    @Option(help: CLI.help(.helpSetNote)) var note: String?
    @Option(help: CLI.help(.helpSetEvidence)) var evidence: String?
    @Option(help: CLI.help(.helpSetURL)) var url: String?
    @Option(name: .customLong("doc-no"), help: CLI.help(.helpSetDocNo)) var docNo: String?
    @Option(help: CLI.help(.helpSetDue)) var due: String?
    @Option(help: CLI.help(.helpSetUnits)) var units: String?
    @Option(help: CLI.help(.helpSetLevel)) var level: UnitLevelArgument = .task
    @Flag(help: CLI.help(.helpSetReviewed)) var reviewed = false
    @Option(help: CLI.help(.helpSetPeriod)) var period: String?
    @Flag(help: CLI.help(.helpSetDone)) var done = false
    @Flag(help: CLI.help(.helpSetReopen)) var reopen = false
    @Option(help: CLI.help(.helpSetRecurs))
    var recurs: RecurrenceArgument?

    enum UnitLevelArgument: String, ExpressibleByArgument { case task, measure }

    enum RecurrenceArgument: String, ExpressibleByArgument {
        case monthly, quarterly, halfYearly = "half-yearly", yearly, none
        var recurrence: Recurrence? { Recurrence(rawValue: rawValue) }
    }

    func validate() throws {
        if status == nil && note == nil && due == nil && units == nil && !reviewed && period == nil && recurs == nil
            && evidence == nil && url == nil && docNo == nil {
            throw ValidationError(CLI.strings(.setNothingGiven))
        }
        if period != nil && done == reopen { throw ValidationError(CLI.strings(.periodNeedsDone)) }
    }

    func run() throws {
        let ctx = try globals.context()
        var view: LoadedLedger?
        var taskID = TaskID(typed: id)
        let now = Timestamp.now()
        let file = try evidence.map { try storeEvidence($0, ctx: ctx, at: now) }
        var reported = false
        // The task is read under the same lock that appends the change.
        let report: CommitReport
        do {
            report = try ctx.commitLocalized {
                try ctx.store.commit(by: ctx.actor, at: now, onto: &view, reading: [taskID], authorize: ctx.authorize) { ledger in
                    let task = try ctx.task(id, in: ledger)
                    taskID = task.id
                    let edits = try edits(for: task, in: ledger, today: ctx.today, strings: ctx.strings, policy: ctx.policy,
                                          actor: ctx.actor, file: file)
                    reported = edits.contains { if case .report = $0 { return true }; return false }
                    return edits
                }
            }
        } catch {
            // Nothing was recorded: the copied file would be evidence of nothing.
            if let stored = file?.file { try? FileManager.default.removeItem(atPath: EvidenceFile.folder(forStore: ctx.store.path) + "/" + stored.path) }
            throw error
        }
        if let stored = file?.file {
            ctx.err(ctx.strings(.loopEvidenceSaved, EvidenceFile.folder(forStore: ctx.store.path) + "/" + stored.path, stored.sha256))
        }
        let history = HistoryText(strings: ctx.strings)
        for o in report.overtaken {
            ctx.err(ctx.strings(.overtakenWarning, o.entry.by, o.entry.at.localMinute, taskID.rawValue, history.field(o.entry.edit.field),
                                history.value(o.entry.edit.summary ?? "", of: o.entry.edit.field)))
        }
        if report.entries.isEmpty { ctx.out(ctx.strings(.setNothingChanged, taskID.rawValue) + "\n"); return }
        ctx.out((reported ? ctx.strings(.loopReported, taskID.rawValue) : ctx.strings(.setDone, taskID.rawValue)) + "\n")
    }

    private func storeEvidence(_ path: String, ctx: CLIContext, at time: Timestamp) throws -> Evidence {
        do { return try EvidenceFile.store(path, for: TaskID(typed: id), in: ctx.store, at: time) } catch let e as LoopError {
            throw InputError(e.message(ctx.strings))
        }
    }

    /// Notes and evidence first, so that a report in the same command finds its evidence.
    private func edits(for task: LedgerTask, in ledger: Ledger, today: Day, strings: Strings, policy: AccessPolicy,
                       actor: String, file: Evidence?) throws -> [LedgerEdit] {
        var edits: [LedgerEdit] = []
        if let note { edits.append(.note(task.id, note, period: nil)) }
        if let url { edits.append(.evidence(task.id, Evidence(kind: .url, text: url))) }
        if let docNo { edits.append(.evidence(task.id, Evidence(kind: .docNumber, text: docNo))) }
        if let file { edits.append(.evidence(task.id, file)) }
        if let status { edits += ClosingLoop.edits(setting: status, on: task, policy: policy, by: actor) }
        var deadline = task.deadline
        if let due {
            guard let set = deadline.setting(due, year: ledger.plan(task.plan)?.year ?? today.year) else {
                throw InputError(strings(.dueInvalid, due))
            }
            deadline = set
        }
        if let recurs { deadline = recurring(deadline, recurs.recurrence, year: ledger.plan(task.plan)?.year ?? today.year) }
        if deadline != task.deadline { edits.append(.deadline(task.id, deadline)) }
        if let units { edits.append(task.replacingUnits(written: units, level: level == .task ? .task : .measure)) }
        if reviewed { edits.append(.reviewed(task.id, true)) }
        if let period {
            guard let day = TypedDay.parse(period, year: ledger.plan(task.plan)?.year ?? today.year) else {
                throw InputError(strings(.periodInvalid, period))
            }
            guard task.periodDueDays().contains(day) else {
                let list = task.periodDueDays().map(\.iso).joined(separator: ", ")
                throw InputError(list.isEmpty ? strings(.periodNoRecurrence, task.id.rawValue) : strings(.periodUnknown, task.id.rawValue, day.iso, list))
            }
            edits.append(.period(task.id, day, done: done))
        }
        return edits
    }

    /// A recurring obligation falls due each period until its due day; a task without one
    /// (ongoing, or waiting for a date) recurs through the plan's year.
    private func recurring(_ current: Deadline, _ recurrence: Recurrence?, year: Int) -> Deadline {
        var d = current
        d.recurrence = recurrence
        d.overridden = true
        if recurrence != nil, d.date == nil {
            d.kind = .date
            d.date = Day.lastDay(ofMonth: 12, year: year)
        }
        return d
    }

}
