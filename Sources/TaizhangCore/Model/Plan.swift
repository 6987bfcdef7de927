/// Where a plan came from: enough to recognise the same document when it is imported again.
public struct SourceInfo: Hashable, Sendable {
    public var fileName: String
    /// SHA-256 of the file's bytes, hex; `sha256sum FILE` prints the same.
    public var checksum: String
    public var encoding: String
    public var layout: String
    public var lineCount: Int
    /// Lines with no text; with every other line placed somewhere, `check` can prove that
    /// nothing of the document was lost.
    public var blankLines: [Int]
    public var importedAt: Timestamp
    public var importedBy: String

    public init(fileName: String, checksum: String, encoding: String, layout: String,
                lineCount: Int, blankLines: [Int] = [], importedAt: Timestamp, importedBy: String) {
        self.fileName = fileName
        self.checksum = checksum
        self.encoding = encoding
        self.layout = layout
        self.lineCount = lineCount
        self.blankLines = blankLines
        self.importedAt = importedAt
        self.importedBy = importedBy
    }
}

/// A line of the source kept as it was: preamble, notices, closing remarks.
public struct SourceLine: Hashable, Sendable {
    public var line: Int
    public var text: String
    public init(line: Int, text: String) { self.line = line; self.text = text }
}

/// Text the importer could not place in a task or heading; a coordinator resolves it.
public struct Fragment: Hashable, Sendable {
    public var line: Int
    public var text: String
    public var reason: String
    public var resolved: Bool
    public init(line: Int, text: String, reason: String, resolved: Bool = false) {
        self.line = line
        self.text = text
        self.reason = reason
        self.resolved = resolved
    }
}

/// Something the importer wants a person to know, tied to a source line when there is one.
public struct ImportWarning: Hashable, Sendable {
    public var line: Int?
    public var message: String
    public init(line: Int?, message: String) { self.line = line; self.message = message }
}

/// Where the plan's year came from; anything but `flag` and `limit` makes derived dates guesses.
public enum YearSource: String, Sendable {
    case flag, title, text, none
}

/// One imported work plan (工作要点分工方案): its metadata, heading tree and leftovers.
public struct Plan: Sendable {
    public var id: PlanID
    public var title: String
    public var issuer: String?
    public var year: Int?
    public var yearSource: YearSource
    /// 发布时间 / the date under the notice.
    public var issued: Day?
    /// 文号, e.g. 汕市区府办函（2019）134号.
    public var documentNumber: String?
    public var source: SourceInfo
    /// The table's header as written, when the plan is a table.
    public var columns: [String]
    /// A coordinator's corrections to the importer's reading, applied again on re-import.
    public var corrections = ImportCorrections()
    /// The sections, preamble, fragments and warnings when decoded or built in memory.
    private var stored = PlanBody.Values()
    /// Set while they are still in the mapped snapshot, undecoded (`PlanBody`).
    private(set) var lazyBody: PlanBody?
    /// Where a body that was taken out of the snapshot to be changed could not be read:
    /// kept so that nothing writes the ledger over it (see `Ledger.detailProblems`).
    private(set) var bodyProblem: JSONSyntaxError?

    /// Text before and after the plan's body (notices, web-page junk, closing remarks).
    public var preamble: [SourceLine] {
        get { lazyBody?.values.preamble ?? stored.preamble }
        _modify { materialize(); yield &stored.preamble }
    }

    public var fragments: [Fragment] {
        get { lazyBody?.values.fragments ?? stored.fragments }
        _modify { materialize(); yield &stored.fragments }
    }

    public var sections: [Section] {
        get { lazyBody?.sections ?? stored.sections }
        _modify { materialize(); yield &stored.sections }
    }

    public var warnings: [ImportWarning] {
        get { lazyBody?.values.warnings ?? stored.warnings }
        _modify { materialize(); yield &stored.warnings }
    }

    public init(id: PlanID, title: String, issuer: String? = nil, year: Int? = nil,
                yearSource: YearSource = .none, issued: Day? = nil, documentNumber: String? = nil,
                source: SourceInfo, preamble: [SourceLine] = [], fragments: [Fragment] = [],
                sections: [Section] = [], columns: [String] = [], warnings: [ImportWarning] = []) {
        self.id = id
        self.title = title
        self.issuer = issuer
        self.year = year
        self.yearSource = yearSource
        self.issued = issued
        self.documentNumber = documentNumber
        self.source = source
        self.stored = PlanBody.Values(sections: sections, preamble: preamble, fragments: fragments, warnings: warnings)
        self.columns = columns
    }

    /// Leaves the body in the snapshot until it is read.
    mutating func attach(_ body: PlanBody) {
        stored = PlanBody.Values()
        lazyBody = body
    }

    /// Takes the body out of the snapshot into `stored`, before part of it changes.
    private mutating func materialize() {
        guard let lazyBody else { return }
        stored = lazyBody.values
        if bodyProblem == nil { bodyProblem = lazyBody.problem }
        self.lazyBody = nil
    }

    /// Where this plan's body could not be read, if anywhere.
    var detailProblem: JSONSyntaxError? { lazyBody?.problem ?? bodyProblem }

    public func section(_ id: SectionID?) -> Section? {
        guard let id else { return nil }
        return sections.first { $0.id == id }
    }
}

extension Plan: Hashable {
    /// Equal when everything a person can see is equal, however the body is held.
    public static func == (a: Plan, b: Plan) -> Bool {
        a.id == b.id && a.title == b.title && a.issuer == b.issuer && a.year == b.year && a.yearSource == b.yearSource
            && a.issued == b.issued && a.documentNumber == b.documentNumber && a.source == b.source
            && a.columns == b.columns && a.corrections == b.corrections && a.sections == b.sections
            && a.preamble == b.preamble && a.fragments == b.fragments && a.warnings == b.warnings
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(title)
    }
}
