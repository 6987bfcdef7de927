/// What a layout reader found, before units and time limits are parsed and ids assigned.
///
/// Readers only decide structure (which text is a heading, a task, a unit cell, a time
/// limit, the preamble or an unplaced fragment); `PlanBuilder` does the rest the same way
/// for every layout.
struct PlanDraft {
    var layout: String
    /// Title candidates, best first.
    var titles: [String] = []
    var columns: [String] = []
    var items: [DraftItem] = []
    var preamble: [SourceLine] = []
    var fragments: [Fragment] = []
    var warnings: [ImportWarning] = []
    /// Set when the document's parts are out of order: every association is a guess.
    var scrambled = false

    mutating func heading(_ h: DraftHeading) { items.append(.heading(h)) }
    mutating func task(_ t: DraftTask) { items.append(.task(t)) }

    var tasks: [DraftTask] {
        items.compactMap { if case .task(let t) = $0 { return t }; return nil }
    }
}

enum DraftItem {
    case heading(DraftHeading)
    case task(DraftTask)
    /// What follows belongs to the plan as a whole, not to the last heading (closing remarks).
    case endOfSections
}

struct DraftHeading {
    var match: HeadingMatch
    var lines: [Int]
    /// For groups that carry a number instead of a Chinese numeral (序号 7 → marker "7").
    var numberMarker: String?

    init(_ match: HeadingMatch, line: Int, numberMarker: String? = nil, titleLine: Int? = nil) {
        self.match = match
        self.lines = titleLine.map { $0 == line ? [line] : [line, $0] } ?? [line]
        self.numberMarker = numberMarker
    }
}

struct DraftUnitCell {
    var written: String
    var level: UnitLevel
    var columnRole: UnitRole?
    /// Taken from the row above (a merged cell) rather than written in this row.
    var carried = false
}

struct DraftTask {
    var number: String?
    var text: String
    var measure: String?
    var unitCells: [DraftUnitCell] = []
    var deadline: String?
    var deadlineCarried = false
    /// The responsible leader as written (责任领导:张三).
    var leader: String?
    var progress: String?
    var lines: [Int]
    var flags: [ReviewFlag] = []

    init(number: String?, text: String, lines: [Int]) {
        self.number = number
        self.text = text
        self.lines = lines
    }
}
