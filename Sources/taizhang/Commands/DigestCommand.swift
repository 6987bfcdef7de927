import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang digest`: up to four short lines at login about what the caller's units owe
/// (docs/digest.md). Silent, with exit status 0, when nothing is owed, when no units are
/// known, or when there is no ledger yet; it runs at every SSH login, so it only loads.
struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "What your units owe, in up to four lines for the login shell; silent when nothing.",
        discussion: """
        The units are --unit when given, else the caller's units in the access file (access.json \
        beside the ledger: officers → units). Lines: tasks a coordinator returned (with the reason), then \
        the red, yellow and blue lights (thresholds in taizhang config).
        """
    )

    @OptionGroup var globals: GlobalOptions
    @Option(help: "A unit to report on (repeatable); default: your units in access.json.") var unit: [String] = []
    @Option(name: .customLong("stale-days"), help: "Days without a note that make an open task yellow (default: staleDays in config).")
    var staleDays: Int?

    func validate() throws {
        if let staleDays, staleDays < 1 { throw ValidationError("--stale-days: expected a number of days of at least 1, got \(staleDays)") }
    }

    func run() throws {
        let ctx = try globals.context()
        guard ctx.store.exists else { return }
        let units = unit.isEmpty ? try AccessPolicy.load(forStore: ctx.store.path).units(of: ctx.actor) : unit
        guard !units.isEmpty else { return }
        let ledger = try ctx.store.load().ledger
        var rules = ctx.warningRules
        if let staleDays { rules.staleDays = staleDays }
        let digest = Digest(ledger: ledger, units: units, asOf: ctx.today, rules: rules)
        guard !digest.isEmpty else { return }
        ctx.out(digest.lines(ctx.strings, width: ctx.terminalWidth).joined(separator: "\n") + "\n")
    }
}
