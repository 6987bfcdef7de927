/// The units of one cell: who is named, in what role, and what was odd about the cell.
public struct ParsedUnits: Sendable, Equatable {
    public var units: [UnitAssignment]
    /// The cell as written (trimmed) + level + andOthers.
    public var cell: UnitCell
    /// What was odd, in English, e.g. "trailing 等: more units than listed".
    public var notes: [String]

    public init(units: [UnitAssignment], cell: UnitCell, notes: [String] = []) {
        self.units = units
        self.cell = cell
        self.notes = notes
    }
}

/// Reads a cell of responsible units (责任单位, 牵头单位, 局责任部门…) into units with roles.
///
/// The cell is split into clauses at , and ; and each clause into names at 、 and spaces,
/// never inside brackets (各镇(街、园区) is one unit). Role words at the end of a name apply
/// to the unmarked names before it in its clause (`UnitClause`). A name left without a role
/// takes the column's role when there is one, else supports when the cell has a lead
/// ("A牵头,B、C"), else is responsible. Later names inherit the level prefix of an earlier
/// one ("区发展改革局、市场监管局" → 区市场监管局), and a unit named twice is kept once.
public struct UnitParser: Sendable {
    public init() {}

    /// One plan's parser that remembers the cells it has read: a units column repeats a few
    /// cells down thousands of rows. Used by one builder on one thread.
    final class Memoized {
        private struct Key: Hashable {
            var written: String
            var level: UnitLevel
            var columnRole: UnitRole?
        }
        private let parser = UnitParser()
        private var known: [Key: ParsedUnits] = [:]

        func parse(_ written: String, level: UnitLevel, columnRole: UnitRole? = nil) -> ParsedUnits {
            let key = Key(written: written, level: level, columnRole: columnRole)
            if let parsed = known[key] { return parsed }
            let parsed = parser.parse(written, level: level, columnRole: columnRole)
            known[key] = parsed
            return parsed
        }
    }

    /// The units a cell names, the cell as written, and notes on what was odd.
    /// - Parameters:
    ///   - level: the assignment the cell belongs to (the task's or the bureau's measure).
    ///   - columnRole: the role a header gives every unit without its own marker (a column
    ///     or label 牵头单位/牵头部门 → .lead); nil for 责任单位/责任部门.
    public func parse(_ written: String, level: UnitLevel, columnRole: UnitRole? = nil) -> ParsedUnits {
        let text = TextFolding.trim(written)
        let folded = BracketSplitter.unwrapped(TextFolding.fold(text))
        let read = Self.readClauses(folded, columnRole: columnRole)
        let cell = UnitCell(level: level, written: text, andOthers: read.andOthers)
        let named = Self.withPrefixesCarried(Self.withDefaultRoles(read.items, columnRole: read.columnRole))
        let merged = Self.mergingDuplicates(named.map { name, role in
            UnitAssignment(name: name, role: role, level: level, collective: UnitName.isCollective(name))
        })
        var notes: [String] = []
        if merged.units.isEmpty { notes.append("no unit given") }
        if read.andOthers { notes.append("trailing 等: more units than listed") }
        if !BracketSplitter.isBalanced(folded) { notes.append("unbalanced brackets: later units may be read as one") }
        notes += merged.duplicates.map { "listed twice: \($0), kept once with its strongest role" }
        return ParsedUnits(units: merged.units, cell: cell, notes: notes)
    }

    /// What the clauses of a cell say, before the cell-wide rules apply.
    struct Clauses {
        var items: [UnitItem] = []
        var andOthers = false
        /// The role of unmarked units: the caller's, else implied by a label opening the cell.
        var columnRole: UnitRole?
    }

    /// The units of every clause in reading order. A label opening the cell ("牵头单位:")
    /// gives its role to the whole column when none was given; a label opening a later
    /// clause ("…;责任单位:Y") gives its role, or responsible, to that clause's unmarked units.
    static func readClauses(_ folded: String, columnRole: UnitRole?) -> Clauses {
        var result = Clauses(columnRole: columnRole)
        for (index, clause) in BracketSplitter.split(folded, at: [",", ";"]).enumerated() {
            let label = FieldLabels.labelled(clause).flatMap { l -> (role: UnitRole?, rest: String)? in
                if case .units(let role) = l.field { return (role, l.value) }
                return nil
            }
            if index == 0, let label { result.columnRole = columnRole ?? label.role }
            var read = UnitClause.read(label?.rest ?? clause)
            if index > 0, let label {
                for i in read.items.indices where read.items[i].role == nil {
                    read.items[i].role = label.role ?? .responsible
                }
            }
            result.items += read.items
            result.andOthers = result.andOthers || read.andOthers
        }
        return result
    }

    /// Normalised names with a role each: unmarked ones take the column's role, else support
    /// when the cell has a lead, else responsible.
    static func withDefaultRoles(_ items: [UnitItem], columnRole: UnitRole?) -> [(name: String, role: UnitRole)] {
        let hasLead = items.contains { $0.role == .lead }
        let unmarked = columnRole ?? (hasLead ? .support : .responsible)
        return items.map { (UnitName.normalize($0.name), $0.role ?? unmarked) }
    }

    /// Gives a name without a level prefix that of the latest prefixed, non-collective name
    /// before it in the cell. Collective names and names starting with 本 or 局 (the bureau's
    /// own departments) neither give nor take one.
    static func withPrefixesCarried(_ names: [(name: String, role: UnitRole)]) -> [(name: String, role: UnitRole)] {
        var carried: Character?
        return names.map { name, role in
            // A collective or a body with a place of its own ends the run of one level's bodies:
            // "区教育局、各乡镇人民政府、街道办事处" — the 街道办事处 are not the 区's.
            if UnitWords.isCollective(name) || startsWithPlace(name) || UnitWords.isNational(name) {
                carried = nil
                return (name, role)
            }
            if let prefix = UnitWords.levelPrefix(of: name) {
                carried = prefix
                return (name, role)
            }
            guard let carried, !name.hasPrefix("本"), !name.hasPrefix("局"), !UnitWords.isPlace(name) else { return (name, role) }
            return (String(carried) + name, role)
        }
    }

    /// A name that names a place of its own (湘西经开区管委会, 高新区管委会, 人民银行潍坊市中心支行)
    /// takes no prefix.
    static func startsWithPlace(_ name: String) -> Bool {
        let m = Array(TextFolding.matching(name))
        return m.indices.dropFirst().contains { i in
            guard UnitWords.placeLevels.contains(m[i]) else { return false }
            let before = String(m[i - 1...i]), after = i + 1 < m.count ? String(m[i...i + 1]) : ""
            return !UnitWords.wordsWithLevelCharacters.contains(before) && !UnitWords.wordsWithLevelCharacters.contains(after)
        }
    }

    /// Each unit once, where it first appears, with the strongest of its roles.
    static func mergingDuplicates(_ units: [UnitAssignment]) -> (units: [UnitAssignment], duplicates: [String]) {
        var merged: [UnitAssignment] = [], duplicates: [String] = []
        for unit in units {
            guard let index = merged.firstIndex(where: { $0.name == unit.name }) else {
                merged.append(unit)
                continue
            }
            if strength(unit.role) > strength(merged[index].role) { merged[index].role = unit.role }
            if !duplicates.contains(unit.name) { duplicates.append(unit.name) }
        }
        return (merged, duplicates)
    }

    /// lead > responsible > support.
    static func strength(_ role: UnitRole) -> Int {
        switch role {
        case .lead: return 2
        case .responsible: return 1
        case .support: return 0
        }
    }
}
