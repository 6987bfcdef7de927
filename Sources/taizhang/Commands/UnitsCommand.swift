import ArgumentParser
import Foundation
import TaizhangCore

struct UnitsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "units",
        abstract: CLI.strings(.helpUnits),
        subcommands: [UnitsList.self, UnitsMerge.self, UnitsUnmerge.self],
        defaultSubcommand: UnitsList.self
    ) }
}

struct UnitsList: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: CLI.strings(.helpUnitsList)) }
    @OptionGroup var globals: GlobalOptions
    @Option(help: CLI.help(.helpFormatTable)) var format: OutputFormat = .table

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
        let summaries = UnitSummary.all(ledger, asOf: ctx.today, rules: ctx.warningRules)
        let s = ctx.strings
        let levels: [WarningLevel] = [.red, .yellow, .blue]
        let titles = [s(.colUnitName), s(.colTotal), s(.colDone), s(.colReported), s(.colOverdue)]
            + levels.map { $0.letter + " " + s.warning($0) } + [s(.colLead), s(.colSupport), s(.colResponsible)]
        func figures(_ u: UnitSummary) -> [String] {
            ([u.total, u.done, u.counts.reported, u.overdue] + levels.map { u.warnings[$0] ?? 0 } + [u.lead, u.support, u.responsible])
                .map(String.init)
        }
        switch format {
        case .json:
            let rows = summaries.map { u -> [String: Any] in
                ["name": u.name, "aliases": u.aliases, "collective": u.collective, "total": u.total, "done": u.done,
                 "reported": u.counts.reported, "overdue": u.overdue, "lead": u.lead, "support": u.support,
                 "responsible": u.responsible, "plans": u.plans.map(\.rawValue).sorted(),
                 "warnings": Dictionary(uniqueKeysWithValues: levels.map { ($0.rawValue, u.warnings[$0] ?? 0) })]
            }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        case .csv:
            var csv = CSVWriter(forSpreadsheets: false)
            csv.row(titles)
            for u in summaries { csv.row([u.name] + figures(u)) }
            ctx.out(csv.text)
        case .table:
            var table = TextTable([.init(titles[0], identifying: true)] + titles.dropFirst().map { .init($0, alignRight: true) })
            for u in summaries {
                let name = u.name + (u.aliases.isEmpty ? "" : " (= " + u.aliases.joined(separator: ", ") + ")")
                table.add([name] + figures(u))
            }
            ctx.out(table.render(width: ctx.terminalWidth, wide: ctx.wide))
            let pairs = UnitSummary.likelyAliases(summaries.map(\.name))
            if !pairs.isEmpty {
                ctx.out("\n" + s(.possibleAliases) + ":\n")
                for (a, b) in pairs { ctx.out("  \(a)  ~  \(b)\n") }
            }
        }
    }
}

struct UnitsMerge: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "merge",
        abstract: CLI.strings(.helpUnitsMerge),
        discussion: CLI.strings(.helpUnitsMergeDiscussion)
    ) }
    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpUnitsKeep)) var keep: String
    @Argument(help: CLI.help(.helpUnitsAliases)) var aliases: [String]

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
        let known = Set(ledger.tasks.flatMap { $0.units.map(\.name) })
        let target = UnitName.normalize(keep)
        var edits: [LedgerEdit] = []
        for raw in aliases {
            let alias = UnitName.normalize(raw)
            guard known.contains(alias) || ledger.aliases[alias] != nil else {
                let close = UnitSuggestions.closest(to: raw, in: ledger)
                throw InputError(close.isEmpty ? ctx.strings(.unitUnknown, raw) : ctx.strings(.unitUnknownSuggest, raw, close.joined(separator: "、")))
            }
            edits.append(.alias(alias, canonical: target))
        }
        var view: LoadedLedger?
        try ctx.store.commit(edits, by: ctx.actor, onto: &view, authorize: ctx.authorize)
        ctx.out(ctx.strings(.mergedUnits, aliases.joined(separator: "、"), target) + "\n")
    }
}

struct UnitsUnmerge: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "unmerge", abstract: CLI.strings(.helpUnitsUnmerge)) }
    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpUnitsAlias)) var alias: String

    func run() throws {
        let ctx = try globals.context()
        var view: LoadedLedger?
        try ctx.store.commit([.alias(UnitName.normalize(alias), canonical: nil)], by: ctx.actor, onto: &view, authorize: ctx.authorize)
        ctx.out(ctx.strings(.setDone, alias) + "\n")
    }
}
