import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang digest`: up to four short lines at login about what the caller's units owe
/// (docs/digest.md). Silent, with exit status 0, when nothing is owed, when no units are
/// known, or when there is no ledger yet; it runs at every SSH login, so it only loads.
struct DigestCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "digest",
        abstract: CLI.strings(.helpDigest),
        discussion: CLI.strings(.helpDigestDiscussion)
    ) }

    @OptionGroup var globals: GlobalOptions
    @Option(help: CLI.help(.helpDigestUnit)) var unit: [String] = []
    @Option(name: .customLong("stale-days"), help: CLI.help(.helpDigestStale))
    var staleDays: Int?

    func validate() throws {
        if let staleDays, staleDays < 1 { throw ValidationError(CLI.strings(.staleDaysInvalid, staleDays)) }
    }

    func run() throws {
        let ctx = try globals.context()
        guard ctx.store.exists else { return }
        let units = unit.isEmpty ? try AccessPolicy.load(forStore: ctx.store.path).units(of: ctx.actor) : unit
        guard !units.isEmpty else { return }
        let ledger = try ctx.store.load().ledger
        for u in unit { try ctx.checkUnit(u, in: ledger) }
        var rules = ctx.warningRules
        if let staleDays { rules.staleDays = staleDays }
        let digest = Digest(ledger: ledger, units: units, asOf: ctx.today, rules: rules)
        guard !digest.isEmpty else { return }
        ctx.out(digest.lines(ctx.strings, width: ctx.terminalWidth).joined(separator: "\n") + "\n")
    }
}
