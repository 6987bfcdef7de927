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
public struct Plan: Hashable, Sendable {
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
    /// Text before and after the plan's body (notices, web-page junk, closing remarks).
    public var preamble: [SourceLine]
    public var fragments: [Fragment]
    public var sections: [Section]
    /// The table's header as written, when the plan is a table.
    public var columns: [String]
    public var warnings: [ImportWarning]
    /// A coordinator's corrections to the importer's reading, applied again on re-import.
    public var corrections = ImportCorrections()

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
        self.preamble = preamble
        self.fragments = fragments
        self.sections = sections
        self.columns = columns
        self.warnings = warnings
    }

    public func section(_ id: SectionID?) -> Section? {
        guard let id else { return nil }
        return sections.first { $0.id == id }
    }
}
