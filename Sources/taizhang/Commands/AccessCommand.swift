import ArgumentParser
import Foundation
import TaizhangCore

struct AccessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Show or change who may change what (access.json beside the ledger).",
        discussion: """
        With no access file everyone may do everything. Once it exists, coordinators may do \
        everything and officers may change the status, notes and dates of their units' tasks.
          taizhang access                              show the file
          taizhang access coordinator wang             make wang a coordinator
          taizhang access officer li 区市场监管局 审批科  li answers for these units
          taizhang access remove li                    take li out
        """
    )

    @OptionGroup var globals: GlobalOptions
    @Argument(help: "coordinator LOGIN… | officer LOGIN UNIT… | remove LOGIN…") var words: [String] = []

    func run() throws {
        let ctx = try globals.context()
        guard let verb = words.first else {
            let p = ctx.policy
            guard p.enforced else {
                ctx.out("no access file (\(AccessPolicy.path(forStore: ctx.store.path))): everyone may do everything\n")
                return
            }
            ctx.out("coordinators: " + p.coordinators.sorted().joined(separator: ", ") + "\n")
            for login in p.officers.keys.sorted() { ctx.out("officer \(login): " + p.officers[login]!.joined(separator: "、") + "\n") }
            return
        }
        let rest = Array(words.dropFirst())
        guard !rest.isEmpty else { throw ValidationError("\(verb): give at least one login") }
        let updated = try AccessPolicy.update(store: ctx.store, by: ctx.actor) { p in
            switch verb {
            case "coordinator": rest.forEach { p.coordinators.insert($0) }
            case "officer":
                guard rest.count >= 2 else { throw ValidationError("officer: give a login and at least one unit") }
                p.officers[rest[0]] = rest.dropFirst().map(UnitName.normalize)
            case "remove":
                for login in rest { p.coordinators.remove(login); p.officers[login] = nil }
            default: throw ValidationError("unknown access change \"\(verb)\": use coordinator, officer or remove")
            }
        }
        ctx.out("saved \(AccessPolicy.path(forStore: ctx.store.path)): \(updated.coordinators.count) coordinators, \(updated.officers.count) officers\n")
    }
}
