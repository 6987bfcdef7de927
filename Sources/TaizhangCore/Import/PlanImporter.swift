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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError.unreadable(path, "cannot read the file")
        }
        return try read(bytes: [UInt8](data), fileName: (path as NSString).lastPathComponent, options: options, ledger: ledger)
    }

    public static func read(bytes: [UInt8], fileName: String, options: ImportOptions, ledger: Ledger) throws -> ImportResult {
        let checksum = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        // The same bytes again change nothing — unless the person now gives the year or code the
        // first import had to guess.
        if let same = ledger.plans.first(where: { $0.source.checksum == checksum }),
           options.year == nil || (same.year == options.year && same.yearSource == .flag),
           options.code == nil || options.code == same.id.rawValue {
            return ImportResult(file: fileName, plan: same, tasks: ledger.tasks.filter { $0.plan == same.id },
                                outcome: .unchanged(same.id))
        }
        let (text, draft, encoding) = try parse(bytes, fileName: fileName)
        guard !draft.tasks.isEmpty else { throw ImportError.noTasks(fileName) }
        let info = SourceInfo(fileName: fileName, checksum: checksum, encoding: encoding, layout: draft.layout,
                              lineCount: text.lineCount, importedAt: options.now, importedBy: options.actor)
        let previous = ledger.plans.first(where: { $0.source.checksum == checksum })
            ?? ReimportMatcher.previousVersion(fileName: fileName, draft: draft, in: ledger)
        var opts = options
        if let previous, opts.code == nil { opts.code = previous.id.rawValue }
        opts.reservedTaskIDs = Set(ledger.tasks.filter { $0.plan.rawValue == opts.code }.map(\.id))
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

    /// The document as numbered lines and a reader's draft, by the kind its name gives:
    /// .docx, .xlsx and .csv through their office readers, anything else as text.
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
        // Read with the best two and keep the one that finds more tasks (ties: the higher score).
        let drafts = viable.sorted { $0.0 > $1.0 }.prefix(2).map { ($0.0, $0.1()) }
        return drafts.max { a, b in
            a.1.tasks.count < b.1.tasks.count || (a.1.tasks.count == b.1.tasks.count && a.0 < b.0)
        }!.1
    }
}
