import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang confirm ID…`: a coordinator closes reported tasks (办结). docs/loop.md.
struct ConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Confirm reported tasks as done (coordinators): they then count as completed.",
        discussion: "A task an officer reported done (status reported, 已报结) counts as completed only once confirmed."
    )

    @OptionGroup var globals: GlobalOptions
    @Argument(help: "The ids of reported tasks.") var ids: [String]
    @Option(help: "A note kept with each task (审核意见).") var note: String?

    func validate() throws {
        if ids.isEmpty { throw ValidationError("give at least one task id") }
    }

    func run() throws {
        let ctx = try globals.context()
        let wanted = Set(ids.map { TaskID(typed: $0) })
        var view: LoadedLedger?
        var done: [String] = []
        try ctx.commitLocalized {
            try ctx.store.commit(by: ctx.actor, onto: &view, reading: wanted, authorize: ctx.authorize) { ledger in
                try ids.flatMap { raw -> [LedgerEdit] in
                    let t = try ctx.task(raw, in: ledger)
                    done.append(t.id.rawValue)
                    return (note.map { [LedgerEdit.note(t.id, $0, period: nil)] } ?? []) + [.confirm(t.id)]
                }
            }
        }
        ctx.out(ctx.strings(.loopConfirmed, done.joined(separator: " ")) + "\n")
    }
}

/// `taizhang return ID --reason TEXT`: a coordinator sends a report back (退回整改).
struct ReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return",
        abstract: "Send a reported task back to its unit with the reason (coordinators).",
        discussion: "The task is in progress again; its officers see the reason first, on screen and in digest."
    )

    @OptionGroup var globals: GlobalOptions
    @Argument(help: "The id of a reported task.") var id: String
    @Option(help: "What is missing or must be corrected (退回理由).") var reason: String

    func run() throws {
        let ctx = try globals.context()
        var view: LoadedLedger?
        var taskID = TaskID(typed: id)
        try ctx.commitLocalized {
            try ctx.store.commit(by: ctx.actor, onto: &view, reading: [taskID], authorize: ctx.authorize) { ledger in
                let t = try ctx.task(id, in: ledger)
                taskID = t.id
                return [.returnTask(t.id, reason: reason)]
            }
        }
        ctx.out(ctx.strings(.loopReturned, taskID.rawValue, reason) + "\n")
    }
}

/// `taizhang extend ID --to DAY --reason TEXT` (officers ask) or `--approve` / `--reject`
/// (coordinators decide): 延期申请. The time limit as written is kept.
struct ExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: "Ask for a later due day (--to, --reason), or approve or reject the request (coordinators).",
        discussion: """
        The time limit as written stays on record; once approved, the task is overdue only after the new day. \
        A recurring task's request is for the period currently due.
        """
    )

    @OptionGroup var globals: GlobalOptions
    @Argument(help: "The task id.") var id: String
    @Option(help: "The day asked for, YYYY-MM-DD.") var to: String?
    @Option(help: "Why (with --to), or why rejected (with --reject).") var reason: String?
    @Flag(help: "Approve the pending request.") var approve = false
    @Flag(help: "Reject the pending request.") var reject = false

    func validate() throws {
        let asks = to != nil
        if [asks, approve, reject].filter({ $0 }).count != 1 { throw ValidationError("give one of --to DAY, --approve or --reject") }
        if asks, reason == nil { throw ValidationError("--to needs --reason") }
        if let to, Day(iso: to) == nil { throw ValidationError("--to: expected YYYY-MM-DD, got \"\(to)\"") }
    }

    func run() throws {
        let ctx = try globals.context()
        var view: LoadedLedger?
        var taskID = TaskID(typed: id)
        let report = try ctx.commitLocalized {
            try ctx.store.commit(by: ctx.actor, onto: &view, reading: [taskID], authorize: ctx.authorize) { ledger in
                let t = try ctx.task(id, in: ledger)
                taskID = t.id
                if let to, let day = Day(iso: to) { return [.extensionRequest(t.id, to: day, reason: reason ?? "")] }
                return [.extensionDecision(t.id, approved: approve, reason: reason)]
            }
        }
        let day = report.entries.last.flatMap { e -> Day? in
            if case .extensionRequest(_, let d, _) = e.edit { return d }
            return nil
        }
        let message: String
        if let day { message = ctx.strings(.loopExtensionRequested, taskID.rawValue, day.iso) }
        else if approve {
            let due = (try? ctx.load(only: [taskID]))?[taskID]?.currentDue(asOf: ctx.today)
            message = ctx.strings(.loopExtensionApproved, taskID.rawValue, due?.iso ?? "")
        } else { message = ctx.strings(.loopExtensionRejected, taskID.rawValue) }
        ctx.out(message + "\n")
    }
}

/// `taizhang config [get [KEY] | set KEY VALUE]`: the ledger's settings (config.json).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or change the ledger's settings (config.json beside the ledger; coordinators change them).",
        discussion: """
        Keys: warningBlueDays (7), warningYellowDays (3), staleDays (30) — the warning lights; noticeOffice, \
        noticeReplyDays (7), noticeContact — the 督办通报; lang (zh or en).
          taizhang config get                      every key and its value
          taizhang config get staleDays            one value
          taizhang config set noticeOffice 区政府办公室
          taizhang config set noticeContact ""     unset a text value
        """
    )

    @OptionGroup var globals: GlobalOptions
    @Argument(help: "get [KEY] | set KEY VALUE") var words: [String] = []

    func run() throws {
        let ctx = try globals.context()
        let verb = words.first ?? "get"
        let file = LedgerConfig.path(forStore: ctx.store.path)
        switch verb {
        case "get":
            let keys = words.count > 1 ? [words[1]] : LedgerConfig.keys
            for key in keys {
                guard let value = ctx.config.value(of: key) else {
                    throw InputError(ConfigError(file: file, message: "unknown key \"\(key)\"; the keys are "
                                                 + LedgerConfig.keys.joined(separator: ", ")).description)
                }
                ctx.out(words.count > 1 ? value + "\n" : key + " = " + (value.isEmpty ? ctx.strings(.configNone) : value) + "\n")
            }
        case "set":
            guard words.count == 3 else { throw ValidationError("set: give KEY and VALUE (\"\" unsets a text value)") }
            do {
                _ = try LedgerConfig.update(store: ctx.store, policy: ctx.policy, by: ctx.actor) { current, file in
                    try current.setting(words[1], to: words[2], file: file)
                }
            } catch let e as ConfigError { throw InputError(e.description) }
            ctx.out(ctx.strings(.configSaved, file, words[1], words[2]) + "\n")
        default:
            throw ValidationError("unknown config action \"\(verb)\": use get or set")
        }
    }
}
