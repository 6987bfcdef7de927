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
    /// Task ids the new plan must not reuse.
    var reservedTaskIDs: Set<TaskID> = []

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
}

public enum ImportError: Error, CustomStringConvertible {
    case unreadable(String, String)
    case noTasks(String)

    public var description: String {
        switch self {
        case let .unreadable(file, why): return "\(file): \(why)"
        case let .noTasks(file): return "\(file): no tasks found (the layout was not recognised); nothing imported"
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
        try read(parse(bytes: bytes, fileName: fileName), options: options, ledger: ledger)
    }

    /// Imports several files into `ledger`: `prepare` then `apply`. A file that cannot be read
    /// stops the whole import before anything is added.
    public static func importAll(files: [String], options: ImportOptions, into ledger: inout Ledger) throws -> [ImportResult] {
        let documents = try files.map { path -> (path: String, bytes: [UInt8]) in
            guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.unreadable(path, "cannot read the file") }
            return (path: path, bytes: [UInt8](data))
        }
        return try apply(prepare(documents, options: options), options: options, into: &ledger)
    }

    /// Documents read, laid out and built as new plans, before they meet the ledger: the long
    /// part of an import, done without the ledger and so without its lock.
    public struct Prepared: @unchecked Sendable {
        fileprivate var sources: [(ParsedSource, Built?)]

        /// `name sha256:…` for each document: what the import's record in the journal keeps.
        public var summary: String {
            sources.map { "\($0.0.fileName) sha256:\($0.0.checksum)" }.joined(separator: "; ")
        }
    }

    /// Phase 1, on every core: decode, lay out, and build each document as a plan under its
    /// natural code. Needs no ledger.
    public static func prepare(_ documents: [(path: String, bytes: [UInt8])], options: ImportOptions) -> Prepared {
        var parsed = [(ParsedSource, Built?)?](repeating: nil, count: documents.count)
        parsed.withUnsafeMutableBufferPointer { out in
            let out = UnsafeSendable(out)
            DispatchQueue.concurrentPerform(iterations: documents.count) { i in
                let source = parse(bytes: documents[i].bytes, fileName: (documents[i].path as NSString).lastPathComponent)
                out.value[i] = (source, options.code == nil ? try? build(source, options: options, taken: []) : nil)
            }
        }
        return Prepared(sources: parsed.map { $0! })
    }

    /// Phase 2, in order, against `ledger`: settle codes (renaming when taken) and re-import
    /// matches, and add each plan, so that later files see the earlier ones. Run again on the
    /// ledger as it then is when someone else rewrote it meanwhile (`LedgerStore.rewrite`).
    public static func apply(_ prepared: Prepared, options: ImportOptions, into ledger: inout Ledger) throws -> [ImportResult] {
        var results: [ImportResult] = []
        for (source, built) in prepared.sources {
            let result: ImportResult
            if let built, !ledger.plans.contains(where: { $0.source.checksum == source.checksum }),
               options.asNew || ReimportMatcher.previousVersion(fileName: source.fileName, draft: source.draft!, in: ledger) == nil {
                let code = PlanMetadata.unique(built.plan.id.rawValue, taken: Set(ledger.plans.map(\.id)))
                let (plan, tasks) = PlanRename.rename(built.plan, built.tasks, to: code)
                result = ImportResult(file: source.fileName, plan: plan, tasks: tasks, outcome: .new)
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
    }

    static func parse(file path: String) throws -> ParsedSource {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError.unreadable(path, "cannot read the file")
        }
        return parse(bytes: [UInt8](data), fileName: (path as NSString).lastPathComponent)
    }

    static func parse(bytes: [UInt8], fileName: String) -> ParsedSource {
        let checksum = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        do {
            let (text, draft, encoding) = try parse(bytes, fileName: fileName)
            return ParsedSource(fileName: fileName, checksum: checksum, text: text, draft: draft, encoding: encoding)
        } catch {
            // Reported only if the document is not one the ledger already has.
            return ParsedSource(fileName: fileName, checksum: checksum, encoding: "", failure: error)
        }
    }

    static func read(_ source: ParsedSource, options: ImportOptions, ledger: Ledger) throws -> ImportResult {
        let fileName = source.fileName, checksum = source.checksum
        // The same bytes again change nothing — unless the person now gives the year or code the
        // first import had to guess.
        if let same = ledger.plans.first(where: { $0.source.checksum == checksum }),
           options.year == nil || (same.year == options.year && same.yearSource == .flag),
           options.code == nil || options.code == same.id.rawValue {
            return ImportResult(file: fileName, plan: same, tasks: ledger.tasks.filter { $0.plan == same.id },
                                outcome: .unchanged(same.id))
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
        guard let previous else { return ImportResult(file: fileName, plan: plan, tasks: tasks, outcome: .new) }
        let merge = ReimportMatcher.merge(new: tasks, old: ledger.tasks.filter { $0.plan == previous.id },
                                          actor: options.actor, now: options.now)
        tasks = merge.tasks
        plan.fragments = ReimportMatcher.keepResolved(plan.fragments, old: previous.fragments)
        return ImportResult(file: fileName, plan: plan, tasks: tasks,
                            outcome: .updated(previous.id, matched: merge.matched, added: merge.added, removed: merge.removed))
    }

    private static func parse(_ bytes: [UInt8], fileName: String) throws -> (SourceText, PlanDraft, String) {
        if OfficeImport.isLegacyBinary(fileName) {
            throw ImportError.unreadable(fileName, "an old binary Office/WPS file; save it as .docx or .xlsx and import that")
        }
        do {
            if let kind = OfficeImport.kind(ofFile: fileName) {
                let read = try OfficeImport.read(bytes, kind: kind, fileName: fileName)
                return (read.text, read.draft, read.encoding)
            }
            let decoded = try SourceDecoder.decode(bytes, file: fileName)
            let text = SourceText(decoded.text)
            return (text, LayoutDetector.read(text), decoded.encoding)
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
enum LayoutDetector {
    static func read(_ text: SourceText) -> PlanDraft {
        let pipe = DelimitedTableReader(separator: .pipe)
        let tab = DelimitedTableReader(separator: .tab)
        let cells = CellPerLineReader()
        let paragraphs = ParagraphReader()
        let candidates: [(Double, () -> PlanDraft)] = [
            (pipe.score(text), { pipe.read(text) }),
            (tab.score(text), { tab.read(text) }),
            (cells.score(text), { cells.read(text) }),
            (paragraphs.score(text), { paragraphs.read(text) }),
        ]
        let viable = candidates.filter { $0.0 > 0 }
        guard !viable.isEmpty else { return paragraphs.read(text) }
        // A clear winner is read alone; close scores are both read, and the one that finds more
        // tasks is kept (ties: the higher score).
        let ranked = viable.sorted { $0.0 > $1.0 }
        let contenders = ranked.count > 1 && ranked[0].0 - ranked[1].0 < 0.2 ? ranked.prefix(2) : ranked.prefix(1)
        let drafts = contenders.map { ($0.0, $0.1()) }
        return drafts.max { a, b in
            a.1.tasks.count < b.1.tasks.count || (a.1.tasks.count == b.1.tasks.count && a.0 < b.0)
        }!.1
    }
}
