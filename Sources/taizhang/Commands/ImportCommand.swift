import ArgumentParser
import Foundation
import TaizhangCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read plan documents into the ledger.",
        discussion: """
        Reads |-tables, tab tables, one-cell-per-line tables, prose paragraphs ending in \
        (牵头部门:X) and label lines, in UTF-8, UTF-16 or GB18030; and the tables of Word (.docx), \
        Excel (.xlsx, first sheet) and CSV files, merged cells included (docs/import-formats.md). \
        Importing the same file again changes nothing; a corrected version keeps the status and \
        notes of the tasks it matches.
        """
    )

    @OptionGroup var globals: GlobalOptions

    @Argument(help: "Plan documents to import.")
    var files: [String]

    @Option(help: "The plan's year, when the document does not state it reliably.")
    var year: Int?

    @Option(help: "The plan's code (the prefix of its task ids, e.g. HD21); only with one file.")
    var code: String?

    @Flag(name: .customLong("dry-run"), help: "Show what would be created, with every warning, and change nothing.")
    var dryRun = false

    @Flag(name: .customLong("new"), help: "A plan of its own for every file, even when its name or title matches a plan in the ledger.")
    var asNew = false

    func validate() throws {
        if code != nil && files.count > 1 { throw ValidationError("--code applies to one file at a time") }
        if let year, !(1990...2100).contains(year) { throw ValidationError("--year: \(year) is not a plausible year") }
    }

    /// Reads and builds the documents without the ledger's lock, then takes it only to put the
    /// plans in (`LedgerStore.rewrite`): an officer saving meanwhile waits a moment, not for the
    /// whole import. The documents are read with the user's own rights.
    func run() throws {
        let ctx = try globals.context()
        var options = ImportOptions(year: year, code: code, actor: ctx.actor, now: .now())
        options.asNew = asNew
        if !dryRun { try ctx.policy.checkCoordinator(ctx.actor, doing: "import plans") }
        let documents = try files.map { (path: $0, bytes: try UserFiles.read($0, strings: ctx.strings)) }
        let base = ctx.store.exists ? try ctx.store.load() : nil
        let prepared = PlanImporter.prepare(documents, options: options)
        if dryRun {
            var ledger = base?.ledger ?? Ledger()
            for r in try PlanImporter.apply(prepared, options: options, into: &ledger) {
                ImportReport.print(r, ctx: ctx, detailed: true)
                ctx.out(LineReadingTable.render(LineReading.lines(of: r), file: r.file, strings: ctx.strings, width: ctx.terminalWidth))
            }
            ctx.err(ctx.strings(.importDryRun))
            return
        }
        var results: [ImportResult] = []
        try ctx.store.rewrite(.import, detail: prepared.summary, by: ctx.actor, at: options.now, onto: base) { ledger in
            results = try PlanImporter.apply(prepared, options: options, into: &ledger)
        }
        for r in results { ImportReport.print(r, ctx: ctx, detailed: false) }
    }
}

/// What an import prints: one summary line a file, then (dry run, or always for problems)
/// the warnings and guesses with their line numbers.
enum ImportReport {
    static func print(_ r: ImportResult, ctx: CLIContext, detailed: Bool) {
        let s = ctx.strings
        switch r.outcome {
        case .unchanged(let id):
            ctx.out(s(.importUnchanged, r.file, id.rawValue) + "\n")
            return
        case .new:
            ctx.out(s(.importCreated, r.file, r.plan.id.rawValue, r.plan.title, r.tasks.count) + "\n")
        case let .updated(id, matched, added, removed):
            ctx.out(s(.importUpdated, id.rawValue, matched, added, removed) + "\n")
        }
        let p = r.plan
        let year = p.year.map { "\($0) (\(p.yearSource.rawValue))" } ?? "?"
        ctx.out("  layout \(p.source.layout), encoding \(p.source.encoding), year \(year), \(p.sections.count) sections, "
                + "\(p.preamble.count) preamble lines, \(p.fragments.count) fragments, "
                + "\(r.tasks.filter(\.needsReview).count) tasks for review\n")
        for w in p.warnings {
            ctx.out("  " + s(.importWarning) + (w.line.map { " line \($0)" } ?? "") + ": " + w.message + "\n")
        }
        for f in p.fragments {
            ctx.out("  " + s(.importFragments) + " line \(f.line): \(VisibleText.sanitize(f.text)) (\(f.reason))\n")
        }
        guard detailed else { return }
        var table = TextTable([.init(s(.colID)), .init(s(.colDue)), .init(s(.colUnit), maxWidth: 24),
                               .init(s(.colText), flexible: true)])
        for t in r.tasks {
            table.add([t.id.rawValue, t.deadline.text ?? "—", t.primaryUnit ?? "—", t.text])
        }
        ctx.out(table.render(width: ctx.terminalWidth))
        for t in r.tasks where t.needsReview {
            for f in t.review {
                ctx.out("  \(t.id.rawValue) line \(t.lines.first ?? 0): [\(f.kind.rawValue)] \(f.message)\n")
            }
        }
    }
}
