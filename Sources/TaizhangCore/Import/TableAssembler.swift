/// Turns table rows into headings and tasks, for every table layout (`|`, tab, cells).
///
/// Converted tables lose merged cells: a row of a six-column table may arrive with four
/// cells. The missing ones are the merged cells, whose value is the row above's. Which
/// columns are missing is decided by content: each way of laying the row's cells onto the
/// columns in order is scored by how well each cell fits its column (a time limit in the
/// time column, a list of offices in a unit column), and the best one wins (dynamic
/// programming over cells × columns). Cells that fit nowhere become unplaced fragments.
struct TableAssembler {
    let roles: [ColumnRole]
    var draft: PlanDraft
    /// The last value seen in each column, for merged (omitted or empty) cells.
    private var carried: [String?]
    private(set) var dataRows = 0

    init(roles: [ColumnRole], draft: PlanDraft) {
        self.roles = roles
        self.draft = draft
        carried = Array(repeating: nil, count: roles.count)
    }

    /// Adds one row; `cells` are trimmed, in order, possibly fewer than the columns.
    mutating func add(_ cells: [String], line: Int) {
        let filled = cells.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return }
        if filled.count == 1, let h = HeadingParser.parse(filled[0]), h.depth == 1 || !hasGroupColumn,
           HeadingParser.isHeadingSized(h.title) {
            draft.heading(DraftHeading(h, line: line))
            if h.depth == 1 { carried[groupIndex ?? 0] = nil }
            return
        }
        // Empty cells at the end of a row hold nothing: a row whose merged cells were dropped
        // ("3.及时… | 各科室 | |") is short, not full.
        var cells = cells
        while cells.count > 1, cells.last?.isEmpty == true { cells.removeLast() }
        let leadingNumber = peelOuterHeadingsAndNumber(&cells, line: line)
        let placed = align(cells)
        var task = DraftTask(number: leadingNumber, text: "", lines: [line])
        var groupNumber: String?
        var emittedGroup = false
        // A name column whose cells are numbered ("14.改扩建泉山学校…"): each row names its task.
        var numberedTitle: String?
        for (c, role) in roles.enumerated() {
            let written = placed.columns[c].flatMap { $0.isEmpty ? nil : $0 }
            let value = written ?? (role.carriesDown ? carried[c] : nil)
            if written != nil || role.carriesDown { carried[c] = value }
            switch role {
            case .number:
                if hasGroupColumn { groupNumber = written } else { task.number = written }
            case .group:
                if let written, !roles.contains(.number), let n = ItemNumber.bare(written) {
                    task.number = n // a 工作任务 column that numbers its rows, its groups being merged rows
                } else if let written, c == nameColumn, !requirementIsNumbered(placed), let split = ItemNumber.split(written),
                          HeadingParser.parse(written) == nil {
                    task.number = task.number ?? split.number
                    numberedTitle = split.rest
                    carried[c] = nil
                } else if let written {
                    emitGroup(written, number: groupNumber, line: line); emittedGroup = true
                }
            case .requirement:
                if let written, let split = ItemNumber.split(written) {
                    task.number = task.number ?? split.number
                    task.text = split.rest
                } else {
                    task.text = written ?? ""
                }
            case .measure: task.measure = value
            case .units(let level, let unitRole):
                if let value {
                    // A cell of an office file may list one unit a line.
                    let listed = value.split(whereSeparator: \.isNewline).joined(separator: "、")
                    task.unitCells.append(DraftUnitCell(written: listed, level: level, columnRole: unitRole, carried: written == nil))
                }
            case .deadline:
                task.deadline = value
                task.deadlineCarried = written == nil && value != nil
            case .leader: task.leader = value
            case .progress: task.progress = written
            case .remark:
                if let written { task.text += (task.text.isEmpty ? "" : "\n") + "备注:" + written }
            }
        }
        if let numberedTitle { task.text = numberedTitle + (task.text.isEmpty ? "" : "\n" + task.text) }
        // A numbered row of a table whose group column holds nothing, here or above (名称 left
        // empty): the number is the task's.
        if task.number == nil, let groupNumber, let g = groupIndex, carried[g] == nil, roles.filter({ $0 == .group }).count == 1 {
            task.number = groupNumber
        }
        for extra in placed.unplaced {
            draft.fragments.append(Fragment(line: line, text: extra, reason: "cell that fits no column of the table"))
        }
        guard !task.text.isEmpty else {
            // A row holding only units (and perhaps their own date) adds them to the task above:
            // a merged requirement cell spans both rows ("2021.8 | 城投集团").
            let written = task.unitCells.filter { !$0.carried }
            if !written.isEmpty, placed.unplaced.isEmpty, case .task(var above)? = draft.items.last {
                above.unitCells += written
                above.lines.append(line)
                draft.items[draft.items.count - 1] = .task(above)
                return
            }
            if let first = filled.first, placed.unplaced.isEmpty, !(emittedGroup && filled.count == 1) {
                draft.fragments.append(Fragment(line: line, text: filled.joined(separator: " | "),
                                                reason: "row without a requirement: \(first.prefix(10))…"))
            }
            return
        }
        dataRows += 1
        draft.task(task)
    }

    /// A row that opens with more headings than the table has group columns ("一、… | (一)… |
    /// 1 | 要求 | 单位 | 时限" under a four-column header: merged group cells that the header
    /// names once) gives the outer ones as headings, and a bare number after them — in a table
    /// without a 序号 column — as the task's number; the rest is aligned as usual.
    private mutating func peelOuterHeadingsAndNumber(_ cells: inout [String], line: Int) -> String? {
        let groups = roles.filter { $0 == .group }.count
        var headings = 0
        while headings < cells.count, let h = HeadingParser.parse(cells[headings]), HeadingParser.isHeadingSized(h.title),
              ItemNumber.split(cells[headings]) == nil { headings += 1 }
        if headings > groups {
            for cell in cells[..<(headings - groups)] {
                if let h = HeadingParser.parse(cell) {
                    draft.heading(DraftHeading(h, line: line))
                    if h.depth == 1, let g = groupIndex { carried[g] = nil }
                }
            }
            cells.removeFirst(headings - groups)
            headings = groups
        }
        guard !roles.contains(.number), cells.count > headings + 1, let n = ItemNumber.bare(cells[headings]) else { return nil }
        cells.remove(at: headings)
        return n
    }

    /// The row's requirement cell carries its own number ("1.落实…"): the name column groups.
    private func requirementIsNumbered(_ placed: Placement) -> Bool {
        guard let r = roles.firstIndex(of: .requirement), let cell = placed.columns[r] ?? nil else { return false }
        return ItemNumber.split(cell) != nil
    }

    /// The group column right before the requirement: the one that names each row's task.
    private var nameColumn: Int? {
        guard let r = roles.firstIndex(of: .requirement) else { return nil }
        return roles[..<r].lastIndex(of: .group)
    }

    var hasGroupColumn: Bool { groupIndex != nil }
    private var groupIndex: Int? { roles.firstIndex(of: .group) }

    private mutating func emitGroup(_ text: String, number: String?, line: Int) {
        if let h = HeadingParser.parse(text) {
            let match = HeadingMatch(depth: 2, ordinal: h.ordinal, title: h.title, markerLost: h.markerLost)
            draft.heading(DraftHeading(h.depth == 2 ? h : match, line: line))
        } else {
            // A group with a plain title, numbered by the 序号 column (or not at all).
            let ordinal = number.flatMap { Int($0) }
            let match = HeadingMatch(depth: 2, ordinal: ordinal, title: TextFolding.trim(text), markerLost: ordinal == nil)
            draft.heading(DraftHeading(match, line: line, numberMarker: number))
        }
    }

    // MARK: alignment

    struct Placement {
        var columns: [String?]
        var unplaced: [String]
    }

    /// Lays cells onto columns in order, maximising fit. A row with exactly one cell per
    /// column is taken as it is: only rows that lost cells need guessing.
    func align(_ cells: [String]) -> Placement {
        let n = cells.count, m = roles.count
        // A full row is taken as it is unless laying it otherwise fits clearly better (a merged
        // cell missing on the left and one cell too many on the right, as cell-per-line rows are).
        if n == m {
            // Only a row with a cell plainly out of place (a text in the 序号 column) is laid again.
            // A column of words never scores that low, so its long cells are not looked at here.
            let outOfPlace = zip(cells, roles).contains { Self.mayBeOutOfPlace($1) && Self.fit(features.of($0), $1) <= -5 }
            guard outOfPlace else { return Placement(columns: cells.map { $0 }, unplaced: []) }
            let fits = zip(cells, roles).map { Self.fit(features.of($0), $1) }
            let laid = dynamicAlignment(cells)
            return laid.score > fits.reduce(0, +) + 4 ? laid.placement : Placement(columns: cells.map { $0 }, unplaced: [])
        }
        return dynamicAlignment(cells).placement
    }

    /// The best way of laying cells onto columns in order, with its score.
    private func dynamicAlignment(_ cells: [String]) -> (placement: Placement, score: Double) {
        let n = cells.count, m = roles.count
        let skipCell = -8.0
        // best[i][j]: best score placing cells i..< onto columns j..<
        var best = Array(repeating: Array(repeating: -Double.infinity, count: m + 1), count: n + 1)
        // 0 place, 1 skip column, 2 skip cell, 3 one more unit cell for the units column before
        // (a list of units split over cells: "县海洋与渔业局" | "县农业农村局").
        var choice = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for j in 0...m { best[n][j] = 0 }
        let features = cells.map(self.features.of)
        for i in stride(from: n - 1, through: 0, by: -1) {
            best[i][m] = best[i + 1][m] + skipCell
            choice[i][m] = 2
            for j in stride(from: m, through: 0, by: -1) {
                if j < m {
                    // A numbered name ("15.推进…") belongs in the name column, not an outer group.
                    let fit = j == nameColumn && features[i].numbered ? 2 : Self.fit(features[i], roles[j])
                    let place = fit + best[i + 1][j + 1]
                    let skipColumn = best[i][j + 1] + (roles[j] == .requirement ? -6 : 0)
                    let skip = best[i + 1][j] + skipCell
                    if place >= skipColumn && place >= skip { best[i][j] = place; choice[i][j] = 0 }
                    else if skipColumn >= skip { best[i][j] = skipColumn; choice[i][j] = 1 }
                    else { best[i][j] = skip; choice[i][j] = 2 }
                }
                if j > 0, i > 0, roles[j - 1].isUnits, features[i].units >= 2, features[i - 1].units >= 2, features[i].deadline < 3 {
                    let more = features[i].units + best[i + 1][j]
                    if more > best[i][j] { best[i][j] = more; choice[i][j] = 3 }
                }
            }
        }
        var placement = Placement(columns: Array(repeating: nil, count: m), unplaced: [])
        var i = 0, j = 0
        while i < n {
            if j == m, choice[i][j] != 3 { placement.unplaced.append(cells[i]); i += 1; continue }
            switch choice[i][j] {
            case 0: placement.columns[j] = cells[i]; i += 1; j += 1
            case 1: j += 1
            case 3: placement.columns[j - 1] = (placement.columns[j - 1].map { $0 + "、" } ?? "") + cells[i]; i += 1
            default: placement.unplaced.append(cells[i]); i += 1
            }
        }
        return (placement, best[0][0])
    }

    /// Features of the short cells met so far (units, time limits, numbers repeat down a
    /// table); shared by copies of the assembler, as features depend on the text alone.
    private let features = FeatureCache()

    final class FeatureCache {
        private var known: [String: CellFeatures] = [:]

        func of(_ cell: String) -> CellFeatures {
            // A requirement is met once; caching it would only hold its text.
            guard cell.utf8.count <= 120 else { return CellFeatures(cell) }
            if let f = known[cell] { return f }
            let f = CellFeatures(cell)
            known[cell] = f
            return f
        }
    }

    /// What a cell looks like, worked out once and scored against every column.
    struct CellFeatures {
        var empty: Bool
        var heading: HeadingMatch?
        var numbered: Bool
        var bareNumber: Bool
        var units: Double
        var deadline: Double
        var prose: Double
        /// Chinese characters in the cell: a requirement is written in words.
        var words: Int

        static func words(in cell: String) -> Int { cell.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count }

        init(_ cell: String) {
            words = Self.words(in: cell)
            empty = cell.isEmpty
            heading = empty ? nil : HeadingParser.parse(cell)
            numbered = !empty && ItemNumber.split(cell) != nil
            bareNumber = !empty && ItemNumber.bare(cell) != nil
            let key = empty ? "" : TextFolding.matchingKey(cell)
            let unitScore = empty ? 0 : CellClassifier.unitScore(key: key)
            units = Double(unitScore)
            deadline = empty ? 0 : Double(CellClassifier.deadlineScore(key: key, unitScore: unitScore))
            prose = empty ? 0 : Double(CellClassifier.proseScore(key: key))
        }
    }

    static func fit(_ cell: String, _ role: ColumnRole) -> Double { fit(CellFeatures(cell), role) }

    /// Whether `fit` can score a cell of this column -5 or lower: a requirement, measure or
    /// leader column scores no less than -4 whatever it holds (see `fit`).
    static func mayBeOutOfPlace(_ role: ColumnRole) -> Bool {
        switch role {
        case .requirement, .measure, .leader, .progress, .remark: false
        default: true
        }
    }

    /// How well a cell's text fits a column.
    static func fit(_ f: CellFeatures, _ role: ColumnRole) -> Double {
        if f.empty { return 0 }
        let (heading, numbered, units, deadline, prose) = (f.heading, f.numbered, f.units, f.deadline, f.prose)
        switch role {
        case .number: return f.bareNumber ? 5 : -6
        case .group:
            if let heading { return heading.depth == 2 ? 5 : 1 }
            if numbered { return -5 }
            // Plain words in a group column are rarer than in the requirement beside it.
            return units >= 2 ? -3 : deadline >= 3 ? -4 : 0
        case .requirement:
            if numbered { return 5 }
            if heading?.depth == 2 { return -3 }
            if units >= 2 { return -3 }
            if deadline >= 3 { return -4 }
            // A phrase of words rather than a figure or a measure ("万元/人", "≥2%").
            return prose + (f.words >= 4 ? 1 : 0)
        case .measure:
            if heading != nil { return -3 }
            if units >= 2 { return -3 }
            if deadline >= 3 { return -4 }
            return numbered ? prose - 2 : prose
        case .units:
            if deadline >= 3 { return -4 }
            return units * 1.5
        case .deadline: return deadline
        case .leader:
            if units >= 2 || deadline >= 3 || heading != nil || numbered { return -3 }
            return prose >= 1 ? -2 : 1
        case .progress, .remark: return 0
        }
    }
}
