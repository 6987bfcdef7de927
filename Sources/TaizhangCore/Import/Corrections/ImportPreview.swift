/// A document read for the import preview (`taizhang import --preview FILE`): the reading line
/// by line, rebuilt at once after each correction, and the import it would make.
///
/// The preview screen shows `lines` and `columns`; each correction (a line's kind, what a table
/// column holds) reads the document again with every correction so far, so what the
/// coordinator sees is always what `commit` will put in the ledger — corrections included,
/// kept with the plan for the next import of the same file.
public struct ImportPreview: Sendable {
    public let fileName: String
    public let bytes: [UInt8]
    public let options: ImportOptions
    public private(set) var corrections: ImportCorrections
    /// The import as it stands; nil when the reading finds no task (`failure` says why).
    public private(set) var result: ImportResult?
    public private(set) var failure: String?
    public private(set) var lines: [LineReading] = []
    public private(set) var columns: [PreviewColumn] = []

    /// A table column as read: its header and what it is taken to hold.
    public struct PreviewColumn: Hashable, Sendable {
        public var header: String
        public var meaning: ColumnMeaning
        public var corrected: Bool
    }

    /// Reads the document, with the corrections a previous import of it kept (if any).
    public init(fileName: String, bytes: [UInt8], options: ImportOptions, ledger: Ledger, strings: Strings = Strings(.en)) {
        self.fileName = fileName
        self.bytes = bytes
        self.options = options
        self.corrections = options.corrections ?? ImportPreview.kept(for: bytes, fileName: fileName, in: ledger)
        read(ledger: ledger, strings: strings)
    }

    /// Gives a line a kind (nil: the importer's own reading again) and reads the document again.
    public mutating func correct(line: Int, as kind: LineKind?, ledger: Ledger, strings: Strings = Strings(.en)) {
        corrections.set(kind, line: line)
        read(ledger: ledger, strings: strings)
    }

    /// Says what a column holds (nil: what its header says) and reads the document again.
    public mutating func correct(column: Int, as meaning: ColumnMeaning?, ledger: Ledger, strings: Strings = Strings(.en)) {
        corrections.columns[column] = meaning
        read(ledger: ledger, strings: strings)
    }

    /// Puts the import into `ledger`, corrections kept with the plan.
    public func commit(into ledger: inout Ledger) throws -> ImportResult {
        guard let result else { throw ImportError.noTasks(fileName) }
        PlanImporter.apply(result, to: &ledger)
        return result
    }

    private mutating func read(ledger: Ledger, strings: Strings) {
        var opts = options
        opts.corrections = corrections
        do {
            let r = try PlanImporter.read(bytes: bytes, fileName: fileName, options: opts, ledger: ledger)
            result = r
            failure = nil
            lines = LineReading.lines(of: r)
            columns = Self.columns(of: r.plan, corrections: corrections)
        } catch let error as ImportError {
            result = nil
            failure = error.message(strings)
            lines = Self.unread(bytes, fileName: fileName, corrections: corrections)
            columns = []
        } catch {
            result = nil
            failure = "\(fileName): \(error)"
            lines = []
            columns = []
        }
    }

    /// The corrections kept with a plan imported from the same file before (same bytes, or
    /// the same name or title), so that a corrected reading is not lost.
    static func kept(for bytes: [UInt8], fileName: String, in ledger: Ledger) -> ImportCorrections {
        guard let parsed = try? PlanImporter.parse(bytes: bytes, fileName: fileName) else { return ImportCorrections() }
        let same = ledger.plans.first { $0.source.checksum == parsed.checksum }
            ?? parsed.draft.flatMap { ReimportMatcher.previousVersion(fileName: fileName, draft: $0, in: ledger) }
        return same?.corrections ?? ImportCorrections()
    }

    static func columns(of plan: Plan, corrections: ImportCorrections) -> [PreviewColumn] {
        guard !plan.columns.isEmpty else { return [] }
        let roles = HeaderVocabulary.roles(plan.columns, corrected: corrections.columns) ?? plan.columns.map { _ in .remark }
        return plan.columns.enumerated().map { i, header in
            PreviewColumn(header: header, meaning: i < roles.count ? ColumnMeaning(roles[i]) : .ignore,
                          corrected: corrections.columns[i] != nil)
        }
    }

    /// The lines of a document no reading made sense of: all unplaced, for the coordinator to
    /// say what they are.
    static func unread(_ bytes: [UInt8], fileName: String, corrections: ImportCorrections) -> [LineReading] {
        guard let decoded = try? SourceDecoder.decode(bytes, file: fileName) else { return [] }
        return SourceText(decoded.text).lines.map { l in
            let blank = TextFolding.trim(l.text).isEmpty
            return LineReading(line: l.line, text: l.text, kind: corrections.kinds[l.line] ?? (blank ? .blank : .fragment),
                               detail: "", corrected: corrections.kinds[l.line] != nil)
        }
    }
}
