/// Reads tables converted to one cell per line: cells separated by blank lines, by lines
/// holding only `|`, or by nothing at all (scraped pages, whose fragments may also be out of
/// order).
///
/// Cells are read as a stream: a heading opens a section, a bare number or `N.` opens a
/// task, and the cells after it are placed by what they look like (a list of offices, a time
/// limit, prose) in the table's column order.
struct CellPerLineReader {
    let layoutName = "cell-per-line"
    var columns: [Int: ColumnMeaning] = [:]

    struct Cell {
        var text: String
        var lines: [Int]
    }

    func score(_ text: SourceText) -> Double {
        let cells = self.cells(text)
        guard cells.count >= 8, headerRange(cells) != nil else { return 0 }
        let short = cells.filter { $0.text.count <= 30 }.count
        return 0.5 + 0.4 * Double(short) / Double(cells.count)
    }

    func read(_ text: SourceText) -> PlanDraft {
        var draft = PlanDraft(layout: layoutName)
        let cells = self.cells(text)
        guard let header = headerRange(cells), let roles = HeaderVocabulary.roles(cells[header].map(\.text), corrected: columns) else {
            draft.warnings.append(ImportWarning(line: nil, message: "no table header found"))
            return draft
        }
        draft.columns = cells[header].map(\.text)
        for cell in cells[header] {
            draft.preamble.append(contentsOf: cell.lines.map { SourceLine(line: $0, text: text.lines[$0 - 1].text) })
        }
        let before = cells[..<header.lowerBound]
        // Body cells before the header mean the page's fragments are out of order.
        // Short cells only: a notice's paragraphs before the table are no displaced rows.
        let bodyBefore = before.filter { $0.text.count <= 40 && (ItemNumber.split($0.text) != nil || CellClassifier.deadlineScore($0.text) >= 3) }
        draft.scrambled = bodyBefore.count >= 2
        var stream = CellStream(roles: roles, draft: draft)
        if draft.scrambled {
            // Page furniture before the first fragment of the table (site name, breadcrumbs).
            let firstBody = before.firstIndex { isBodyCell($0.text) } ?? before.endIndex
            for cell in before[..<firstBody] {
                stream.draft.preamble.append(contentsOf: cell.lines.map { SourceLine(line: $0, text: text.lines[$0 - 1].text) })
                if PlanMetadata.isTitleLike(cell.text) { stream.draft.titles.append(cell.text) }
            }
            for cell in before[firstBody...] { stream.add(cell) }
        } else {
            for cell in before {
                stream.draft.preamble.append(contentsOf: cell.lines.map { SourceLine(line: $0, text: text.lines[$0 - 1].text) })
                if PlanMetadata.isTitleLike(cell.text) { stream.draft.titles.append(cell.text) }
            }
        }
        stream.draft.titles.append(contentsOf: before.suffix(2).map(\.text).filter(PlanMetadata.isTitleLike).reversed())
        for cell in cells[header.upperBound...] { stream.add(cell) }
        stream.finish()
        return stream.draft
    }

    /// The table read row by row, where its rows can be told apart: the header has a 序号 column
    /// and rows start with a bare number (a heading cell between them is a row of its own). Each
    /// row's cells are then laid onto the columns by content, as for any table (`TableAssembler`),
    /// which places columns the stream reading cannot: a time column before the requirement,
    /// a column of names, columns it does not know. Nil where the rows cannot be told apart.
    func readAsRows(_ text: SourceText) -> PlanDraft? {
        let cells = self.cells(text)
        guard let header = headerRange(cells), let roles = HeaderVocabulary.roles(cells[header].map(\.text), corrected: columns),
              roles.contains(.number) else { return nil }
        let body = Array(cells[header.upperBound...])
        guard body.filter({ ItemNumber.bare($0.text) != nil }).count >= 2 else { return nil }
        var rows: [TableRow] = cells[..<header.lowerBound].map { cell in
            TableRow(line: cell.lines[0], text: cell.text, cells: [cell.text])
        }
        let headerLine = cells[header].first!.lines[0]
        rows.append(TableRow(line: headerLine, text: cells[header].map(\.text).joined(separator: " | "), cells: cells[header].map(\.text)))
        var current: [Cell] = [], rowLines: [Int: [Int]] = [:], sequence = RowNumbers()
        func flush() {
            guard !current.isEmpty else { return }
            rows.append(TableRow(line: current[0].lines[0], text: current.map(\.text).joined(separator: " | "), cells: current.map(\.text)))
            rowLines[current[0].lines[0]] = current.flatMap(\.lines)
            current.removeAll()
        }
        for cell in body {
            let isHeading = HeadingParser.parse(cell.text).map { HeadingParser.isHeadingSized($0.title) } ?? false
            if isHeading { sequence.sawHeading() }
            if isHeading || ItemNumber.bare(cell.text).map({ sequence.accepts($0, cellsSoFar: current.count, columns: header.count) }) == true {
                flush()
            }
            current.append(cell)
            if isHeading { flush() }
        }
        flush()
        var draft = TableRowsReader(layoutName: layoutName + " (rows)", columns: columns).read(rows)
        // A task holds every line of the rows it was read from, not only their first.
        for (i, item) in draft.items.enumerated() {
            guard case .task(var t) = item else { continue }
            t.lines = Array(Set(t.lines.flatMap { rowLines[$0] ?? [$0] })).sorted()
            draft.items[i] = .task(t)
        }
        return draft
    }

    /// A cell that belongs to the table: a number, a numbered requirement, a time limit or units.
    private func isBodyCell(_ text: String) -> Bool {
        ItemNumber.bare(text) != nil || ItemNumber.split(text) != nil
            || CellClassifier.deadlineScore(text) >= 3 || CellClassifier.unitScore(text) >= 2
    }

    /// The header: the first run of at least three cells that starts with a header word, holds
    /// short cells only, and reads as columns (`HeaderVocabulary.roles`: two in three known,
    /// a requirement among them). A column the vocabulary does not know (建设地点) may stand in it.
    func headerRange(_ cells: [Cell]) -> Range<Int>? {
        var i = 0
        while i < cells.count {
            guard HeaderVocabulary.role(of: cells[i].text) != nil else { i += 1; continue }
            var j = i
            while j < cells.count, Self.withoutNote(TextFolding.key(cells[j].text)).count <= 14, ItemNumber.bare(cells[j].text) == nil,
                  HeadingParser.parse(cells[j].text) == nil, j - i < 16 { j += 1 }
            // The longest run that reads as a header, ending on a header word.
            var end = j
            while end - i >= 3 {
                if HeaderVocabulary.role(of: cells[end - 1].text) != nil, HeaderVocabulary.roles(cells[i..<end].map(\.text)) != nil {
                    return i..<end
                }
                end -= 1
            }
            i += 1
        }
        return nil
    }

    /// A header cell without its note in brackets: "责任部门(加*号为牵头部门,其余为参与部门)".
    static func withoutNote(_ key: String) -> String {
        guard let open = key.firstIndex(where: BracketSplitter.openers.contains), open > key.startIndex else { return key }
        return String(key[..<open])
    }

    /// A line of only `|` (and white space): the boundaries of empty or merged cells.
    static func isPipes(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 == "|" || $0 == "｜" || $0.isWhitespace }
    }

    static func withoutTrailingPipes(_ text: String) -> String {
        var t = text
        while let last = t.last, last == "|" || last == "｜" || last.isWhitespace { t.removeLast() }
        return t
    }

    /// Splits the document into cells.
    func cells(_ text: SourceText) -> [Cell] {
        let lines = text.lines.map { SourceLine(line: $0.line, text: TextFolding.trim(MarkupStripper.strip($0.text))) }
        // `|` alone (or `||`, `|||`: empty cells) separates cells; a line ending in `|` ends one.
        let pipeLines = lines.filter { Self.isPipes($0.text) || $0.text.hasSuffix("|") || $0.text.hasSuffix("｜") }.count
        let nonBlank = lines.filter { !$0.text.isEmpty }
        let blankSeparated = lines.count > nonBlank.count * 3 / 2
        var cells: [Cell] = []
        var block: [SourceLine] = []
        func flush() {
            guard !block.isEmpty else { return }
            cells.append(Cell(text: block.map(\.text).joined(), lines: block.map(\.line)))
            block.removeAll()
        }
        for line in lines {
            if pipeLines >= 3 {
                // Lines before a `|` line make one cell ("基础信息公开" / "|"); lines before a line
                // ending in `|` are cells of their own (a notice's paragraphs before the header).
                if Self.isPipes(line.text) {
                    flush()
                } else if line.text.hasSuffix("|") || line.text.hasSuffix("｜") {
                    let before = block
                    block.removeAll()
                    for l in before { block = [l]; flush() }
                    block.append(SourceLine(line: line.line, text: Self.withoutTrailingPipes(line.text)))
                    flush()
                } else if !line.text.isEmpty {
                    block.append(line)
                }
            } else if line.text.isEmpty {
                flush()
            } else if blankSeparated {
                block.append(line)
            } else {
                // No separators: a line is a cell, unless it was cut after a list separator.
                block.append(line)
                if !(line.text.hasSuffix("、") || line.text.hasSuffix("，") || line.text.hasSuffix(",")) { flush() }
            }
        }
        flush()
        return cells
    }
}

/// The state of reading cells in order.
private struct CellStream {
    let roles: [ColumnRole]
    var draft: PlanDraft
    private var current: DraftTask?
    /// The column the next cell of the current task is expected in.
    private var nextRole = 0
    private var pendingNumber: (String, [Int])?
    private var loose: [CellPerLineReader.Cell] = []
    private var tasksSeen = 0
    private var bareNumbers = 0
    private var rowNumbers = RowNumbers()
    private var numberedItems = 0
    /// Rows of this table start with a bare number (序号 cell) before the requirement.
    private var numbersBelongToGroups: Bool

    init(roles: [ColumnRole], draft: PlanDraft) {
        self.roles = roles.filter { $0 != .group && $0 != .number }
        self.draft = draft
        numbersBelongToGroups = roles.contains(.number) && roles.contains(.group)
    }

    mutating func add(_ cell: CellPerLineReader.Cell) {
        let text = cell.text
        let line = cell.lines.first ?? 0
        if let h = HeadingParser.parse(text), HeadingParser.isHeadingSized(h.title), ItemNumber.split(text) == nil {
            rowNumbers.sawHeading()
            flushTask()
            draft.heading(DraftHeading(h, line: line))
            return
        }
        if let (number, numberLines) = pendingNumber {
            pendingNumber = nil
            if numbersBelongToGroups, isTitleLike(text) {
                flushTask()
                let match = HeadingMatch(depth: 2, ordinal: Int(number), title: text, markerLost: false)
                draft.heading(DraftHeading(match, line: numberLines[0], numberMarker: number, titleLine: line))
                return
            }
            if numbersBelongToGroups || ItemNumber.split(text) != nil {
                draft.fragments.append(Fragment(line: numberLines[0], text: number, reason: "number with no title or task after it"))
            } else {
                flushTask()
                current = DraftTask(number: number, text: "", lines: numberLines)
                nextRole = 0
            }
        }
        if let bare = ItemNumber.bare(text), draft.scrambled || rowNumbers.accepts(bare) {
            bareNumbers += 1
            pendingNumber = (bare, cell.lines)
            return
        }
        if let split = ItemNumber.split(text) {
            numberedItems += 1
            start(DraftTask(number: split.number, text: split.rest, lines: cell.lines))
            return
        }
        if !PlanMetadata.isTitleLike(text) || current?.text.isEmpty == true, place(cell) { return }
        if PlanMetadata.isTitleLike(text), text.count <= 40, !text.contains("。") {
            draft.titles.append(text)
            draft.preamble.append(SourceLine(line: line, text: text))
            return
        }
        if draft.scrambled || !bareNumbersLeadRows, isTitleLike(text) {
            // A group title whose number was lost (scraped pages drop cells).
            flushTask()
            draft.heading(DraftHeading(HeadingMatch(depth: 2, ordinal: nil, title: text, markerLost: true), line: line))
            return
        }
        if !bareNumbersLeadRows, CellClassifier.proseScore(text) >= 1, CellClassifier.unitScore(text) < 2 {
            // Rows without numbers: prose after a finished row starts the next task.
            start(DraftTask(number: nil, text: text, lines: cell.lines))
            return
        }
        loose.append(cell)
    }

    /// In this document, rows begin with a bare 序号 cell (so unnumbered prose is not a task).
    private var bareNumbersLeadRows: Bool { !numbersBelongToGroups && bareNumbers > 0 && bareNumbers >= numberedItems }

    /// Places a cell into the current task's next fitting column; false when it fits none.
    private mutating func place(_ cell: CellPerLineReader.Cell) -> Bool {
        guard var task = current else { return false }
        if task.text.isEmpty {
            task.text = cell.text
            task.lines += cell.lines
            current = task
            nextRole = (roles.firstIndex(of: .requirement) ?? -1) + 1
            return true
        }
        var j = nextRole
        let features = TableAssembler.CellFeatures(cell.text)
        // Units listed a cell each ("县水务局", "县住建局"…) all belong to the units column.
        if !draft.scrambled, j > 0, j - 1 < roles.count, roles[j - 1].isUnits, !(j < roles.count && roles[j].isUnits),
           features.units >= 2, features.deadline < 3,
           let last = task.unitCells.indices.last {
            task.unitCells[last].written += "、" + cell.text
            task.lines += cell.lines
            current = task
            return true
        }
        while j < roles.count {
            let fit = TableAssembler.fit(features, roles[j])
            if fit > 0 {
                switch roles[j] {
                case .units(let level, let role):
                    task.unitCells.append(DraftUnitCell(written: cell.text, level: level, columnRole: role))
                case .deadline: task.deadline = cell.text
                case .measure: task.measure = cell.text
                case .leader: task.leader = cell.text
                case .progress: task.progress = cell.text
                case .remark: task.text += "\n备注:" + cell.text
                case .requirement, .group, .number: j += 1; continue
                }
                task.lines += cell.lines
                current = task
                nextRole = j + 1
                return true
            }
            j += 1
        }
        return false
    }

    private mutating func start(_ task: DraftTask) {
        flushTask()
        current = task
        nextRole = (roles.firstIndex(of: .requirement) ?? -1) + 1
    }

    private mutating func flushTask() {
        flushLoose(final: false)
        guard let task = current else { return }
        current = nil
        if task.text.isEmpty {
            draft.fragments.append(Fragment(line: task.lines.first ?? 0, text: task.number ?? "", reason: "number with no task text after it"))
            return
        }
        tasksSeen += 1
        draft.task(task)
    }

    /// Text that fits no task: between tasks it is an unplaced fragment; after the last it is
    /// the page's closing matter (a feedback form, a footer) and goes to the preamble.
    private mutating func flushLoose(final: Bool) {
        for cell in loose {
            if final {
                draft.preamble.append(contentsOf: cell.lines.map { SourceLine(line: $0, text: cell.text) })
            } else {
                for line in cell.lines {
                    draft.fragments.append(Fragment(line: line, text: cell.text, reason: "cell that fits no task"))
                }
            }
        }
        loose.removeAll()
    }

    mutating func finish() {
        if let (number, lines) = pendingNumber {
            draft.fragments.append(Fragment(line: lines[0], text: number, reason: "number with nothing after it"))
            pendingNumber = nil
        }
        let trailing = loose
        loose.removeAll()
        flushTask()
        loose = trailing
        flushLoose(final: true)
    }

    /// A short phrase naming a group of tasks: no sentence punctuation, not a unit list, not
    /// a time limit.
    private func isTitleLike(_ text: String) -> Bool {
        let t = TextFolding.matchingKey(text)
        return t.count <= 30 && !t.contains("。") && !t.contains(",") && !t.contains(";")
            && CellClassifier.unitScore(text) < 2 && CellClassifier.deadlineScore(text) < 3
    }
}

/// The numbers that start a table's rows: 1, 2, 3… (a row or two may be missing, and a new
/// table starts again at 1). A bare number out of that order is a cell's value (an indicator's
/// 42, a count of 0), not a row.
struct RowNumbers {
    private var last: Int?
    /// A heading came since the last row: a plan's extract may go on at any later number.
    private var afterHeading = false

    /// Whether `text` starts the next row; `cellsSoFar` of the row it would end, in a table of
    /// `columns`. Numbering starts again at 1 (a second table) only after a row of at least
    /// half the columns: a 1 that cuts a row short is one of its figures (年度目标 1).
    mutating func accepts(_ text: String, cellsSoFar: Int = .max, columns: Int = 0) -> Bool {
        guard let n = Int(text) else { return false }
        if last != nil, n == 1, cellsSoFar < (columns + 1) / 2 { return false }
        if let last, n != 1, !(last + 1...last + 3).contains(n), !(afterHeading && n > last) { return false }
        last = n
        afterHeading = false
        return true
    }

    mutating func sawHeading() { afterHeading = true }
}
