import ArgumentParser
import Foundation
import TaizhangCore

struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change a task: status, a progress note, its due day, its units, or mark it reviewed."
    )

    @OptionGroup var globals: GlobalOptions
    @Argument(help: "The task id, e.g. HD21-3.") var id: String
    @Option(help: "not-started, in-progress, done, blocked or cancelled. On a ledger with coordinators an officer's done is a report (reported) that a coordinator confirms; it needs evidence.")
    var status: TaskStatus?
    @Option(help: "Add a progress note (进展情况), e.g. the URL of what was published.") var note: String?
    @Option(help: "Evidence (佐证材料): a file (scan, screenshot, PDF) copied into the ledger's evidence folder.")
    var evidence: String?
    @Option(help: "Evidence: the URL of what was published.") var url: String?
    @Option(name: .customLong("doc-no"), help: "Evidence: the document number (文号), e.g. 花市监〔2021〕12号.") var docNo: String?
    @Option(help: "Set the due day: YYYY-MM-DD, or 'ongoing', or 'tbd' (needs a date).") var due: String?
    @Option(help: "Replace the responsible units, written as in a plan: \"A牵头,B、C配合\".") var units: String?
    @Option(help: "Which units --units replaces: task or measure.") var level: UnitLevelArgument = .task
    @Flag(help: "Mark what the import guessed as reviewed.") var reviewed = false
    @Option(help: "For a recurring task: the due day of the period --done or --reopen applies to.") var period: String?
    @Flag(help: "Mark --period done.") var done = false
    @Flag(help: "Reopen --period.") var reopen = false
    @Option(help: "Make the task recur: monthly, quarterly, half-yearly, yearly, or none (one due day).")
    var recurs: RecurrenceArgument?

    enum UnitLevelArgument: String, ExpressibleByArgument { case task, measure }

    enum RecurrenceArgument: String, ExpressibleByArgument {
        case monthly, quarterly, halfYearly = "half-yearly", yearly, none
        var recurrence: Recurrence? { Recurrence(rawValue: rawValue) }
    }

    func validate() throws {
        if status == nil && note == nil && due == nil && units == nil && !reviewed && period == nil && recurs == nil
            && evidence == nil && url == nil && docNo == nil {
            throw ValidationError("nothing to change: give --status, --note, --evidence, --url, --doc-no, --due, --units, --reviewed, --period or --recurs")
        }
        if period != nil && done == reopen { throw ValidationError("--period needs --done or --reopen") }
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
                    let edits = try edits(for: task, in: ledger, today: ctx.today, policy: ctx.policy, actor: ctx.actor,
                                          file: file)
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
        for o in report.overtaken {
            ctx.err(ctx.strings(.overtakenWarning, o.entry.by, o.entry.at.localMinute, taskID.rawValue, o.entry.edit.field,
                                o.entry.edit.summary ?? ""))
        }
        ctx.out((reported ? ctx.strings(.loopReported, taskID.rawValue) : ctx.strings(.setDone, taskID.rawValue)) + "\n")
    }

    private func storeEvidence(_ path: String, ctx: CLIContext, at time: Timestamp) throws -> Evidence {
        do { return try EvidenceFile.store(path, for: TaskID(typed: id), in: ctx.store, at: time) } catch let e as LoopError {
            throw InputError(e.message(ctx.strings))
        }
    }

    /// Notes and evidence first, so that a report in the same command finds its evidence.
    private func edits(for task: LedgerTask, in ledger: Ledger, today: Day, policy: AccessPolicy, actor: String,
                       file: Evidence?) throws -> [LedgerEdit] {
        var edits: [LedgerEdit] = []
        if let note { edits.append(.note(task.id, note, period: nil)) }
        if let url { edits.append(.evidence(task.id, Evidence(kind: .url, text: url))) }
        if let docNo { edits.append(.evidence(task.id, Evidence(kind: .docNumber, text: docNo))) }
        if let file { edits.append(.evidence(task.id, file)) }
        if let status { edits += ClosingLoop.edits(setting: status, on: task, policy: policy, by: actor) }
        var deadline = task.deadline
        if let due {
            guard let set = deadline.setting(due) else {
                throw ValidationError("--due: expected YYYY-MM-DD, 'ongoing' or 'tbd', got \"\(due)\"")
            }
            deadline = set
        }
        if let recurs { deadline = recurring(deadline, recurs.recurrence, year: ledger.plan(task.plan)?.year ?? today.year) }
        if deadline != task.deadline { edits.append(.deadline(task.id, deadline)) }
        if let units { edits.append(task.replacingUnits(written: units, level: level == .task ? .task : .measure)) }
        if reviewed { edits.append(.reviewed(task.id, true)) }
        if let period {
            guard let day = Day(iso: period) else { throw ValidationError("--period: expected YYYY-MM-DD") }
            guard task.periodDueDays().contains(day) else {
                let list = task.periodDueDays().map(\.iso).joined(separator: ", ")
                throw InputError("\(task.id.rawValue) has no period due \(period)" + (list.isEmpty ? " (it does not recur)" : "; its periods: \(list)"))
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
