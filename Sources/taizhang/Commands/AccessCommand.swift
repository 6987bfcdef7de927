import ArgumentParser
import Foundation
import TaizhangCore

struct AccessCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "access",
        abstract: CLI.strings(.helpAccess),
        discussion: CLI.strings(.helpAccessDiscussion)
    ) }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpAccessWords)) var words: [String] = []

    func run() throws {
        let ctx = try globals.context()
        guard let verb = words.first else {
            let p = ctx.policy
            guard p.enforced else {
                ctx.out(ctx.strings(.accessNoFile, AccessPolicy.path(forStore: ctx.store.path)) + "\n")
                return
            }
            ctx.out(ctx.strings(.accessCoordinators, p.coordinators.sorted().joined(separator: ", ")) + "\n")
            for login in p.officers.keys.sorted() { ctx.out(ctx.strings(.accessOfficer, login, p.officers[login]!.joined(separator: "、")) + "\n") }
            return
        }
        let rest = Array(words.dropFirst())
        guard !rest.isEmpty else { throw ValidationError(CLI.strings(.accessNeedsLogin, verb)) }
        let updated = try AccessPolicy.update(store: ctx.store, by: ctx.actor) { p in
            switch verb {
            case "coordinator": rest.forEach { p.coordinators.insert($0) }
            case "officer":
                guard rest.count >= 2 else { throw ValidationError(CLI.strings(.accessOfficerNeeds)) }
                p.officers[rest[0]] = rest.dropFirst().map(UnitName.normalize)
            case "remove":
                for login in rest { p.coordinators.remove(login); p.officers[login] = nil }
            default: throw ValidationError(CLI.strings(.accessUnknownVerb, verb))
            }
        }
        ctx.out(ctx.strings(.accessSaved, AccessPolicy.path(forStore: ctx.store.path), updated.coordinators.count, updated.officers.count) + "\n")
    }
}
