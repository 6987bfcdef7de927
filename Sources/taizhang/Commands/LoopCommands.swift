import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang confirm ID…`: a coordinator closes reported tasks (办结). docs/loop.md.
struct ConfirmCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "confirm",
        abstract: CLI.strings(.helpConfirm),
        discussion: CLI.strings(.helpConfirmDiscussion)
    ) }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpConfirmIDs)) var ids: [String]
    @Option(help: CLI.help(.helpConfirmNote)) var note: String?

    func validate() throws {
        if ids.isEmpty { throw ValidationError(CLI.strings(.loopNeedsIDs)) }
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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "return",
        abstract: CLI.strings(.helpReturn),
        discussion: CLI.strings(.helpReturnDiscussion)
    ) }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpReturnID)) var id: String
    @Option(help: CLI.help(.helpReturnReason)) var reason: String

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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "extend",
        abstract: CLI.strings(.helpExtend),
        discussion: CLI.strings(.helpExtendDiscussion)
    ) }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpTaskIDExample)) var id: String
    @Option(help: CLI.help(.helpExtendTo)) var to: String?
    @Option(help: CLI.help(.helpExtendReason)) var reason: String?
    @Flag(help: CLI.help(.helpExtendApprove)) var approve = false
    @Flag(help: CLI.help(.helpExtendReject)) var reject = false

    func validate() throws {
        let asks = to != nil
        if [asks, approve, reject].filter({ $0 }).count != 1 { throw ValidationError(CLI.strings(.extendOneOf)) }
        if asks, reason == nil { throw ValidationError(CLI.strings(.extendNeedsReason)) }
    }

    /// The day asked for, in any of the forms `set --due` takes.
    private func day(_ ctx: CLIContext) throws -> Day? {
        guard let to else { return nil }
        guard let d = TypedDay.parse(to, year: ctx.today.year) else { throw InputError(ctx.strings(.dayInvalid, "--to", to)) }
        return d
    }

    func run() throws {
        let ctx = try globals.context()
        var view: LoadedLedger?
        var taskID = TaskID(typed: id)
        let asked = try day(ctx)
        let report = try ctx.commitLocalized {
            try ctx.store.commit(by: ctx.actor, onto: &view, reading: [taskID], authorize: ctx.authorize) { ledger in
                let t = try ctx.task(id, in: ledger)
                taskID = t.id
                if let day = asked { return [.extensionRequest(t.id, to: day, reason: reason ?? "")] }
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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "config",
        abstract: CLI.strings(.helpConfig),
        discussion: CLI.strings(.helpConfigDiscussion)
    ) }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpConfigWords)) var words: [String] = []

    func run() throws {
        let ctx = try globals.context()
        let verb = words.first ?? "get"
        let file = LedgerConfig.path(forStore: ctx.store.path)
        switch verb {
        case "get":
            let keys = words.count > 1 ? [words[1]] : LedgerConfig.keys
            for key in keys {
                guard let value = ctx.config.value(of: key) else {
                    throw ConfigError(.configUnknownKey, file: file, key, LedgerConfig.keys.joined(separator: ", "))
                }
                ctx.out(words.count > 1 ? value + "\n" : key + " = " + (value.isEmpty ? ctx.strings(.configNone) : value) + "\n")
            }
        case "set":
            guard words.count == 3 else { throw InputError(ctx.strings(.configSetNeeds)) }
            _ = try LedgerConfig.update(store: ctx.store, policy: ctx.policy, by: ctx.actor) { current, file in
                try current.setting(words[1], to: words[2], file: file)
            }
            ctx.out(ctx.strings(.configSaved, file, words[1], words[2]) + "\n")
        default:
            throw InputError(ctx.strings(.configUnknownAction, verb))
        }
    }
}
