import ArgumentParser
import Foundation
import TaizhangCore

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "import",
        abstract: CLI.strings(.helpImport),
        discussion: CLI.strings(.helpImportDiscussion)
    ) }

    @OptionGroup var globals: GlobalOptions

    @Argument(help: CLI.help(.helpImportFiles))
    var files: [String]

    @Option(help: CLI.help(.helpImportYear))
    var year: Int?

    @Option(help: CLI.help(.helpImportCode))
    var code: String?

    @Flag(name: .customLong("dry-run"), help: CLI.help(.helpImportDryRun))
    var dryRun = false

    @Flag(name: .customLong("new"), help: CLI.help(.helpImportNew))
    var asNew = false

    @Flag(name: .customLong("preview"), help: CLI.help(.helpImportPreview))
    var preview = false

    @Flag(name: .customLong("no-color"), help: CLI.help(.helpImportNoColor))
    var noColor = false

    func validate() throws {
        if code != nil && files.count > 1 { throw ValidationError(CLI.strings(.codeOneFile)) }
        if preview && (files.count != 1 || dryRun) { throw ValidationError(CLI.strings(.previewOneFile)) }
        if let year, !(1990...2100).contains(year) { throw ValidationError(CLI.strings(.yearImplausible, year)) }
        for f in files where !FileManager.default.isReadableFile(atPath: f) {
            throw InputError(CLI.strings(.fileUnreadable, f))
        }
    }

    /// Reads and builds the documents without the ledger's lock, then takes it only to put the
    /// plans in (`LedgerStore.rewrite`): an officer saving meanwhile waits a moment, not for the
    /// whole import. The documents are read with the user's own rights, once.
    func run() throws {
        let ctx = try globals.context()
        var options = ImportOptions(year: year, code: code, actor: ctx.actor, now: .now())
        options.asNew = asNew
        if preview { return try runPreview(ctx, options: options) }
        let progress = ImportProgress(strings: ctx.strings) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        options.progress = progress
        defer { progress.stop() }
        if !dryRun { try ctx.policy.checkCoordinator(ctx.actor, doing: .importPlans) }
        let documents = try files.map { try Self.document($0, ctx) }
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
            for f in files { progress.update((f as NSString).lastPathComponent, phase: .phaseSaving) }
        }
        // A copy of each document beside the store, for its import preview later (docs/store-format.md);
        // the import is done whether or not the copy can be written. The bytes are those read above.
        do {
            let archive = SourceArchive(store: ctx.store)
            for (document, result) in zip(documents, results) where SourceArchive.checksum(of: document.bytes) == result.plan.source.checksum {
                try archive.keep(document.bytes)
            }
        } catch { ctx.err(ctx.strings(.importCopyNotKept, ErrorText(strings: ctx.strings).message(error))) }
        for r in results { ImportReport.print(r, ctx: ctx, detailed: false) }
    }

    /// A document to import, read with the person's own rights (never the service group's),
    /// after checking its size against the limit.
    static func document(_ path: String, _ ctx: CLIContext) throws -> (path: String, bytes: [UInt8]) {
        try ServiceRights.asUser {
            do { try DocumentLimit.check(path) } catch { throw ImportError.unreadable(path, "\(error)") }
        }
        return (path: path, bytes: try UserFiles.read(path, strings: ctx.strings))
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
        var table = TextTable([.init(s(.colID), identifying: true), .init(s(.colDue)), .init(s(.colUnit), identifying: true),
                               .init(s(.colText), flexible: true)])
        for t in r.tasks {
            table.add([t.id.rawValue, t.deadline.text ?? "—", t.primaryUnit ?? "—", t.text])
        }
        ctx.out(table.render(width: ctx.terminalWidth, wide: ctx.wide))
        for t in r.tasks where t.needsReview {
            for f in t.review {
                ctx.out("  \(t.id.rawValue) line \(t.lines.first ?? 0): [\(f.kind.rawValue)] \(f.message)\n")
            }
        }
    }
}
