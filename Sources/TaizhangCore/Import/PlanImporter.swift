import Dispatch
import Crypto
import Foundation

/// Choices the person importing makes.
public struct ImportOptions: Sendable {
    /// The plan's year when the document does not say it reliably (`--year`).
    public var year: Int?
    /// The plan's code (`--code HD21`), else derived from its place and year.
    public var code: String?
    public var actor: String
    public var now: Timestamp
    /// Import every file as a plan of its own, even when its name or title matches a plan
    /// already in the ledger (`--new`); identical bytes are still recognised.
    public var asNew = false
    /// A coordinator's corrections to the reading (`import --preview`); nil: those kept with a
    /// previous import of the same document, if any.
    public var corrections: ImportCorrections?
    /// Task ids the new plan must not reuse.
    var reservedTaskIDs: Set<TaskID> = []
    /// Where a long import says how far it has come (stderr in the command line).
    public var progress: ImportProgress?

    public init(year: Int? = nil, code: String? = nil, actor: String, now: Timestamp) {
        self.year = year
        self.code = code
        self.actor = actor
        self.now = now
    }
}

/// What importing one document did (or, in a dry run, would do).
public struct ImportResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        case new
        /// The same bytes were imported before: nothing to do.
        case unchanged(PlanID)
        /// A corrected version of a plan already in the ledger: matched tasks keep their
        /// status, notes and history.
        case updated(PlanID, matched: Int, added: Int, removed: Int)
    }

    public var file: String
    public var plan: Plan
    public var tasks: [LedgerTask]
    public var outcome: Outcome
    /// The document's lines as read (decoded, numbered from 1), for showing the reading.
    public var sourceLines: [String] = []
}

public enum ImportError: Error, CustomStringConvertible {
    case unreadable(String, String)
    case noTasks(String)

    public var description: String { message(Strings(.en)) }

    /// The message in the reader's language; for a document with no tasks, what was looked for.
    public func message(_ s: Strings) -> String {
        switch self {
        case let .unreadable(file, why): return "\(file): \(why)"
        case let .noTasks(file): return s(.importNothingFound, file)
        }
    }
}

/// Reads plan documents of any supported layout into plans and tasks.
public enum PlanImporter {
    /// Reads one file against the current ledger (for ids and re-import matching). Pure:
    /// the ledger is not changed; `apply` does that.
    public static func read(file path: String, options: ImportOptions, ledger: Ledger) throws -> ImportResult {
        try read(try parse(file: path), options: options, ledger: ledger)
    }

    public static func read(bytes: [UInt8], fileName: String, options: ImportOptions, ledger: Ledger) throws -> ImportResult {
        try read(try parse(bytes: bytes, fileName: fileName, corrections: options.corrections), options: options, ledger: ledger)
    }

    /// Imports several files into `ledger`: `prepare` then `apply`. A file that cannot be read
    /// stops the whole import before anything is added.
    public static func importAll(files: [String], options: ImportOptions, into ledger: inout Ledger) throws -> [ImportResult] {
        let documents = try files.map { path -> (path: String, bytes: [UInt8]) in
            do { try DocumentLimit.check(path) } catch { throw ImportError.unreadable(path, "\(error)") }
            guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.unreadable(path, "cannot read the file") }
            return (path: path, bytes: [UInt8](data))
        }
        return try apply(prepare(documents, options: options), options: options, into: &ledger)
    }

    /// Documents read, laid out and built as new plans, before they meet the ledger: the long
    /// part of an import, done without the ledger and so without its lock.
    public struct Prepared: @unchecked Sendable {
        fileprivate var sources: [Result<(ParsedSource, Built?), Error>]

        /// `name sha256:…` for each document: what the import's record in the journal keeps.
        public var summary: String {
            sources.compactMap { try? $0.get().0 }.map { "\($0.fileName) sha256:\($0.checksum)" }.joined(separator: "; ")
        }
    }

    /// Phase 1, on every core: decode, lay out, and build each document as a plan under its
    /// natural code. Needs no ledger.
    public static func prepare(_ documents: [(path: String, bytes: [UInt8])], options: ImportOptions) -> Prepared {
        var parsed = [Result<(ParsedSource, Built?), Error>](repeating: .failure(ImportError.noTasks("")), count: documents.count)
        parsed.withUnsafeMutableBufferPointer { out in
            let out = UnsafeSendable(out)
            DispatchQueue.concurrentPerform(iterations: documents.count) { i in
                out.value[i] = Result {
                    let source = try parse(bytes: documents[i].bytes, fileName: (documents[i].path as NSString).lastPathComponent,
                                           corrections: options.corrections, progress: options.progress)
                    return (source, options.code == nil ? try? build(source, options: options, taken: []) : nil)
                }
            }
        }
        return Prepared(sources: parsed)
    }

    /// Phase 2, in order, against `ledger`: settle codes (renaming when taken) and re-import
    /// matches, and add each plan, so that later files see the earlier ones. Run again on the
    /// ledger as it then is when someone else rewrote it meanwhile (`LedgerStore.rewrite`).
    public static func apply(_ prepared: Prepared, options: ImportOptions, into ledger: inout Ledger) throws -> [ImportResult] {
        var results: [ImportResult] = []
        for p in prepared.sources {
            let (source, built) = try p.get()
            let result: ImportResult
            if let built, !ledger.plans.contains(where: { $0.source.checksum == source.checksum }),
               options.asNew || ReimportMatcher.previousVersion(fileName: source.fileName, draft: source.draft!, in: ledger) == nil {
                let code = PlanMetadata.unique(built.plan.id.rawValue, taken: Set(ledger.plans.map(\.id)))
                var (plan, tasks) = PlanRename.rename(built.plan, built.tasks, to: code)
                plan.corrections = source.corrections
                result = ImportResult(file: source.fileName, plan: plan, tasks: tasks, outcome: .new,
                                      sourceLines: source.text?.lines.map(\.text) ?? [])
            } else {
                result = try read(source, options: options, ledger: ledger)
            }
            apply(result, to: &ledger)
            results.append(result)
        }
        return results
    }

    struct Built {
        var plan: Plan
        var tasks: [LedgerTask]
    }

    /// A new plan built from a source, against plan codes `taken`.
    private static func build(_ source: ParsedSource, options: ImportOptions, taken: Set<PlanID>) throws -> Built {
        if let failure = source.failure { throw failure }
        let text = source.text!, draft = source.draft!
        guard !draft.tasks.isEmpty else { throw ImportError.noTasks(source.fileName) }
        let info = SourceInfo(fileName: source.fileName, checksum: source.checksum, encoding: source.encoding, layout: draft.layout,
                              lineCount: text.lineCount, importedAt: options.now, importedBy: options.actor)
        let (plan, tasks) = PlanBuilder(options: options, source: text, sourceInfo: info, takenPlanIDs: taken).build(draft)
        return Built(plan: plan, tasks: tasks)
    }

    /// A document read and laid out, before it meets the ledger.
    public struct ParsedSource: @unchecked Sendable {
        var fileName: String
        var checksum: String
        var text: SourceText?
        var draft: PlanDraft?
        var encoding: String
        var failure: Error?
        /// The bytes, for reading them again with the corrections of a previous import.
        var bytes: [UInt8] = []
        /// The corrections the draft was read with.
        var corrections = ImportCorrections()
    }

    static func parse(file path: String, corrections: ImportCorrections? = nil, progress: ImportProgress? = nil) throws -> ParsedSource {
        do { try DocumentLimit.check(path) } catch { throw ImportError.unreadable(path, "\(error)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError.unreadable(path, "cannot read the file")
        }
        return try parse(bytes: [UInt8](data), fileName: (path as NSString).lastPathComponent, corrections: corrections,
                         progress: progress)
    }

    static func parse(bytes: [UInt8], fileName: String, corrections: ImportCorrections? = nil,
                      progress: ImportProgress? = nil) throws -> ParsedSource {
        let checksum = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        let applied = corrections ?? ImportCorrections()
        do {
            progress?.update(fileName, phase: .phaseReading, rows: 0)
            let (text, draft, encoding) = try parse(bytes, fileName: fileName, corrections: applied, progress: progress)
            return ParsedSource(fileName: fileName, checksum: checksum, text: text, draft: draft, encoding: encoding,
                                bytes: bytes, corrections: applied)
        } catch {
            // Reported only if the document is not one the ledger already has.
            return ParsedSource(fileName: fileName, checksum: checksum, encoding: "", failure: error, bytes: bytes, corrections: applied)
        }
    }

    static func read(_ source: ParsedSource, options: ImportOptions, ledger: Ledger) throws -> ImportResult {
        var source = source
        let fileName = source.fileName, checksum = source.checksum
        // The same bytes again change nothing — unless the person now gives the year or code the
        // first import had to guess, or corrects its reading.
        if let same = ledger.plans.first(where: { $0.source.checksum == checksum }),
           options.year == nil || (same.year == options.year && same.yearSource == .flag),
           options.code == nil || options.code == same.id.rawValue,
           options.corrections == nil || options.corrections == same.corrections {
            return ImportResult(file: fileName, plan: same, tasks: ledger.tasks.filter { $0.plan == same.id },
                                outcome: .unchanged(same.id), sourceLines: source.text?.lines.map(\.text) ?? [])
        }
        // A new version of a document corrected before is read with the same corrections.
        if options.corrections == nil, let draft = source.draft, !options.asNew,
           let before = ledger.plans.first(where: { $0.source.checksum == checksum })
               ?? ReimportMatcher.previousVersion(fileName: fileName, draft: draft, in: ledger),
           !before.corrections.isEmpty, source.corrections != before.corrections {
            source = try parse(bytes: source.bytes, fileName: fileName, corrections: before.corrections)
        }
        if let failure = source.failure { throw failure }
        let text = source.text!, draft = source.draft!
        guard !draft.tasks.isEmpty else { throw ImportError.noTasks(fileName) }
        let info = SourceInfo(fileName: fileName, checksum: checksum, encoding: source.encoding, layout: draft.layout,
                              lineCount: text.lineCount, importedAt: options.now, importedBy: options.actor)
        let previous = ledger.plans.first(where: { $0.source.checksum == checksum })
            ?? (options.asNew ? nil : ReimportMatcher.previousVersion(fileName: fileName, draft: draft, in: ledger))
        var opts = options
        if let previous, opts.code == nil { opts.code = previous.id.rawValue }
        if let code = opts.code { opts.reservedTaskIDs = Set(ledger.tasks.filter { $0.plan.rawValue == code }.map(\.id)) }
        let taken = Set(ledger.plans.map(\.id)).subtracting(previous.map { [$0.id] } ?? [])
        let builder = PlanBuilder(options: opts, source: text, sourceInfo: info, takenPlanIDs: taken)
        var (plan, tasks) = builder.build(draft)
        plan.corrections = source.corrections
        let lines = text.lines.map(\.text)
        guard let previous else { return ImportResult(file: fileName, plan: plan, tasks: tasks, outcome: .new, sourceLines: lines) }
        let merge = ReimportMatcher.merge(new: tasks, old: ledger.tasks.filter { $0.plan == previous.id },
                                          actor: options.actor, now: options.now)
        tasks = merge.tasks
        plan.fragments = ReimportMatcher.keepResolved(plan.fragments, old: previous.fragments)
        return ImportResult(file: fileName, plan: plan, tasks: tasks,
                            outcome: .updated(previous.id, matched: merge.matched, added: merge.added, removed: merge.removed),
                            sourceLines: lines)
    }

    private static func parse(_ bytes: [UInt8], fileName: String, corrections: ImportCorrections,
                              progress: ImportProgress?) throws -> (SourceText, PlanDraft, String) {
        do {
            if let kind = OfficeImport.kind(ofFile: fileName) {
                let read = try OfficeImport.read(bytes, kind: kind, fileName: fileName, columns: corrections.columns,
                                                 progress: progress)
                return (read.text, DraftCorrector(text: read.text).apply(corrections.kinds, to: read.draft), read.encoding)
            }
            let decoded = try SourceDecoder.decode(bytes, file: fileName)
            let text = SourceText(decoded.text)
            progress?.update(fileName, phase: .phaseLayout, rows: text.lineCount)
            let draft = LayoutDetector.read(text, columns: corrections.columns)
            return (text, DraftCorrector(text: text).apply(corrections.kinds, to: draft), decoded.encoding)
        } catch {
            throw ImportError.unreadable(fileName, "\(error)")
        }
    }

    /// Puts an import into the ledger (a no-op for an unchanged document).
    public static func apply(_ result: ImportResult, to ledger: inout Ledger) {
        if case .unchanged = result.outcome { return }
        ledger.put(plan: result.plan, tasks: result.tasks)
    }
}

/// Picks the layout reader that explains the document best.
///
/// Every reader reads the document (each is linear in its length) and the draft with the best
/// `DraftQuality` wins: more tasks that name their units, fewer unplaced fragments. Scores
/// decided before reading (how many lines hold a `|`) picked the wrong reader for plans
/// wrapped in notices and web pages; the drafts themselves say which reading holds together.
enum LayoutDetector {
    static func read(_ text: SourceText, columns: [Int: ColumnMeaning] = [:]) -> PlanDraft { candidates(text, columns: columns).best }

    /// Every reader's draft of the document, and the one kept.
    static func candidates(_ text: SourceText, columns: [Int: ColumnMeaning] = [:]) -> (all: [PlanDraft], best: PlanDraft) {
        let pipe = DelimitedTableReader(separator: .pipe, columns: columns), tab = DelimitedTableReader(separator: .tab, columns: columns)
        let cells = CellPerLineReader(columns: columns), spaces = SpaceTableReader(columns: columns), records = RecordReader()
        // Table readers only where a header row exists (their scores say so cheaply). Each
        // reader is independent of the others, so they run side by side (docs/benchmarks.md).
        let readers: [() -> [PlanDraft]] = [
            { pipe.score(text) > 0 ? [pipe.read(text)] : [] },
            { tab.score(text) > 0 ? [tab.read(text)] : [] },
            { cells.score(text) > 0 ? [cells.read(text)] + [cells.readAsRows(text)].compactMap { $0 } : [] },
            { spaces.header(text) != nil ? [spaces.read(text)] : [] },
            { [records.readIfRecords(text)].compactMap { $0 } },
            { [RunTogetherTableReader().readIfRunTogether(text)].compactMap { $0 } },
            { [OutlineReader().read(text)] },
        ]
        // The outline reader, the longest, starts first so that the others share the other core.
        let order = [readers.count - 1] + Array(readers.indices.dropLast())
        let results = Parallel.map(order.map { $0..<($0 + 1) }) { r in
            readers[r.lowerBound]().map { d in (draft: d, rank: (!d.tasks.isEmpty, DraftQuality(d).score)) }
        }
        let ranked = (Array(results.dropFirst()) + [results[0]]).flatMap { $0 }
        // A reading with tasks beats one without; the first of equals wins (tables before text).
        var best = ranked[0]
        for c in ranked.dropFirst() where c.rank.0 && !best.rank.0 || c.rank.0 == best.rank.0 && c.rank.1 > best.rank.1 {
            best = c
        }
        return (ranked.map(\.draft), best.draft)
    }
}

/// For `taizhang-score --readers`: what each reader made of a document.
public enum LayoutReport {
    public static func describe(_ bytes: [UInt8], fileName: String) -> String {
        guard let decoded = try? SourceDecoder.decode(bytes, file: fileName) else { return "undecodable" }
        let text = SourceText(decoded.text)
        let gates = "gates: pipe \(DelimitedTableReader(separator: .pipe).score(text)) tab \(DelimitedTableReader(separator: .tab).score(text)) "
            + "cells \(CellPerLineReader().score(text)) (\(CellPerLineReader().cells(text).count) cells) spaces \(SpaceTableReader().header(text) != nil)\n"
        return gates + LayoutDetector.candidates(text).all.map { d in
            "\(d.layout): \(d.tasks.count) tasks, \(d.tasks.filter { !$0.unitCells.isEmpty }.count) with units, "
                + "\(d.fragments.count) fragments, quality \(DraftQuality(d).score)"
                + (d.warnings.isEmpty ? "" : " — " + d.warnings.map(\.message).joined(separator: "; "))
        }.joined(separator: "\n")
    }
}

/// How well a draft explains its document: tasks count, tasks that name their units or a time
/// limit count more, unplaced fragments and tasks without text count against.
struct DraftQuality {
    let score: Double

    init(_ draft: PlanDraft) {
        var s = 0.0
        for t in draft.tasks {
            s += 1
            if !t.unitCells.isEmpty { s += 2 }
            if t.deadline != nil { s += 0.5 }
            if t.flags.contains(where: { $0.kind == .layoutGuessed }) { s -= 0.5 }
            if TextFolding.key(t.text).count < 4 { s -= 2 }
        }
        s -= 0.5 * Double(Set(draft.fragments.map(\.line)).count)
        score = s
    }
}
