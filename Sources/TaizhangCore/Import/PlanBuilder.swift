/// Turns a reader's draft into a plan and its tasks, the same way for every layout: the
/// section tree (repeated headings merged, lost markers inferred), parsed units and time
/// limits, review flags for every guess, and ids.
struct PlanBuilder {
    let options: ImportOptions
    let source: SourceText
    let sourceInfo: SourceInfo
    let takenPlanIDs: Set<PlanID>

    func build(_ draft: PlanDraft) -> (Plan, [LedgerTask]) {
        var warnings = draft.warnings
        let allText = source.lines.map(\.text).joined(separator: "\n")
        let fallbackTitle = draft.titles.isEmpty ? untitledName(draft) : nil
        let title = PlanMetadata.chooseTitle(draft.titles) ?? fallbackTitle ?? sourceInfo.fileName
        if fallbackTitle != nil {
            warnings.append(ImportWarning(line: nil, message: "no title line found; using \"\(title)\""))
        }
        let (year, yearSource) = planYear(title: title, text: allText)
        if year == nil {
            warnings.append(ImportWarning(line: nil, message: "no year found: dates like 年底前 stay unresolved (give --year YYYY)"))
        } else if yearSource != .flag {
            warnings.append(ImportWarning(line: nil, message: "year \(year!) taken from the \(yearSource == .title ? "title" : "text"); dates that rely on it are marked for review (confirm with --year)"))
        }
        let issued = PlanMetadata.issuedDay(in: draft.preamble)
        let issuer = PlanMetadata.issuer(title: title, preamble: draft.preamble)
        let code = options.code.map(PlanID.init)
            ?? PlanMetadata.code(place: PlanMetadata.place(titles: [title] + (issuer.map { [$0] } ?? []), body: allText),
                                 year: year, taken: takenPlanIDs)
        var tree = SectionTree(plan: code)
        var tasks: [LedgerTask] = []
        var usedIDs = Set<TaskID>()
        let deadlines = DeadlineParser(planYear: year, yearGuessed: yearSource != .flag, published: issued)
        let units = UnitParser.Memoized()
        // "列第一位的为牵头单位(下同)", "加*号为牵头部门": the document says which units lead.
        let leadNote = source.lines.lazy.compactMap { RoleWords.leadNote(in: $0.text) }.first
        var placed: [(DraftTask, SectionID?, String?)] = []
        for item in draft.items {
            switch item {
            case .heading(let h):
                if let w = tree.add(h) { warnings.append(w) }
            case .task(let d):
                placed.append((d, tree.current, tree.currentNumber))
            case .endOfSections:
                tree.closeAll()
            }
        }
        if draft.scrambled { fillMergedCells(&placed) }
        var positionInGroup: [SectionID?: Int] = [:]
        // Numbers that start again under each heading (一、1. 2. 二、1. 2.) make ids from the
        // headings' numbers too: 1.1, 1.2, 2.1 rather than 1, 2, 1b.
        let restarts = Self.numbersRestart(placed.map { ($0.0.number, $0.2) })
        let paths = restarts ? Self.ordinalPaths(tree.sections) : [:]
        for (d, section, groupNumber) in placed {
            if tasks.count % 1000 == 0 { options.progress?.update(sourceInfo.fileName, phase: .phaseBuilding, rows: tasks.count) }
            positionInGroup[section, default: 0] += 1
            let qualifier = section.flatMap { paths[$0] }
            var task = makeTask(d, ordinal: tasks.count + 1, section: section, groupNumber: groupNumber ?? qualifier,
                                positionInGroup: positionInGroup[section]!, code: code, used: &usedIDs,
                                deadlines: deadlines, units: units, leadNote: leadNote)
            if qualifier != nil, groupNumber == nil { task.number = d.number }
            if draft.scrambled { flagScrambled(&task, d) }
            tasks.append(task)
        }
        leadersFromHeadings(&tasks, sections: tree.sections)
        var preamble = draft.preamble
        preamble.sort { $0.line < $1.line }
        var plan = Plan(id: code, title: title, issuer: issuer, year: year, yearSource: yearSource, issued: issued,
                        documentNumber: PlanMetadata.documentNumber(in: draft.preamble), source: sourceInfo,
                        preamble: preamble, fragments: draft.fragments.sorted { $0.line < $1.line },
                        sections: tree.sections, columns: draft.columns, warnings: warnings)
        plan.source.layout = draft.layout + (draft.scrambled ? " (scrambled)" : "")
        accountForEveryLine(&plan, tasks: tasks)
        return (plan, tasks)
    }

    // MARK: tasks

    private func makeTask(_ d: DraftTask, ordinal: Int, section: SectionID?, groupNumber: String?, positionInGroup: Int,
                          code: PlanID, used: inout Set<TaskID>, deadlines: DeadlineParser, units: UnitParser.Memoized,
                          leadNote: RoleWords.LeadNote?) -> LedgerTask {
        var number = d.number
        if let groupNumber, let n = number { number = groupNumber + "." + n }
        // An unnumbered task of a numbered group is known by its place in the group (16.1).
        let suffix = number ?? groupNumber.map { $0 + "." + String(positionInGroup) } ?? String(ordinal)
        let id = uniqueID(code: code, suffix: suffix, used: &used)
        var task = LedgerTask(id: id, plan: code, section: section, number: number, ordinal: ordinal,
                              text: d.text, measure: d.measure, lines: d.lines.sorted())
        task.review = d.flags
        task.leader = d.leader
        // No time-limit column, label or bracket: the limit written in the requirement, if any.
        let limit = d.deadline ?? DeadlineFinder.phrase(in: d.text)
        task.deadline = deadlines.parse(limit)
        if task.deadline.recurrence == nil, let rec = DeadlineParser.recurrence(inRequirement: d.text) {
            task.deadline.recurrence = rec
            if task.deadline.date == nil, task.deadline.kind == .ongoing || task.deadline.kind == .none {
                // 长期推进 with 每季度公开: ongoing work that falls due each period of the plan's year.
                let end = deadlines.resolve(.yearEnd(nil))
                task.deadline.date = end.date
                task.deadline.guessed = task.deadline.guessed || end.guessed
            }
        }
        if task.deadline.kind == .date, task.deadline.guessed {
            task.review.append(ReviewFlag(.yearGuessed, task.deadline.date == nil
                ? "the plan's year is unknown: \"\(limit ?? "")\" has no date"
                : "year of \"\(limit ?? "")\" taken from the plan (\(task.deadline.date!.iso))"))
        }
        if task.deadline.kind == .relative, task.deadline.date == nil {
            task.review.append(ReviewFlag(.dateGuessed, "\"\(limit ?? "")\" counts from the plan's publication, which the document does not date"))
        }
        for cell in d.unitCells {
            let parsed = units.parse(cell.written, level: cell.level, columnRole: cell.columnRole)
            for u in parsed.units where !task.units.contains(u) { task.units.append(u) }
            task.unitCells.append(parsed.cell)
            if parsed.cell.andOthers {
                task.review.append(ReviewFlag(.unitsOpen, "\"\(cell.written)\" ends with 等: more units than listed"))
            }
        }
        applyLeadNote(leadNote, to: &task, units: units)
        if task.units.isEmpty, !task.review.contains(where: { $0.kind == .unitsMissing }) {
            task.review.append(ReviewFlag(.unitsMissing, "no responsible unit found"))
        }
        if let progress = d.progress, !progress.isEmpty {
            task.notes.append(Note(at: options.now, by: options.actor, text: progress))
        }
        task.history.append(Change(at: options.now, by: options.actor, field: "import", old: nil, new: sourceInfo.fileName))
        return task
    }

    /// Marks leads as the document's note says, where no unit of the task is marked 牵头; a
    /// star is taken off every name, a note or not.
    private func applyLeadNote(_ note: RoleWords.LeadNote?, to task: inout LedgerTask, units: UnitParser.Memoized) {
        let stars: Set<Character> = ["*", "※", "★"]
        var starred = Set<Int>()
        for i in task.units.indices where task.units[i].name.contains(where: stars.contains) {
            task.units[i].name.removeAll(where: stars.contains)
            starred.insert(i)
        }
        guard let note, !task.units.contains(where: { $0.role == .lead }) else { return }
        switch note {
        case .starred:
            for i in starred { task.units[i].role = .lead }
        case .firstUnit:
            if let first = task.units.firstIndex(where: { $0.level == .task && !$0.collective }) { task.units[first].role = .lead }
        case .beforeComma:
            guard let cell = task.unitCells.first(where: { $0.level == .task }),
                  let clause = BracketSplitter.split(TextFolding.fold(cell.written), at: [","]).first else { return }
            let leading = Set(units.parse(clause, level: .task).units.map(\.name))
            for i in task.units.indices where leading.contains(task.units[i].name) { task.units[i].role = .lead }
        }
    }

    /// True when two tasks outside numbered groups carry the same number.
    static func numbersRestart(_ numbers: [(String?, String?)]) -> Bool {
        var seen = Set<String>()
        for (n, group) in numbers where group == nil {
            guard let n else { continue }
            if !seen.insert(n).inserted { return true }
        }
        return false
    }

    /// Each section's path of heading numbers ("2.1" for 二、(一)); headings without a number
    /// count by their place among their siblings.
    static func ordinalPaths(_ sections: [Section]) -> [SectionID: String] {
        var paths: [SectionID: String] = [:], counts: [SectionID?: Int] = [:]
        for s in sections {
            counts[s.parent, default: 0] += 1
            let digits = s.marker.filter { !"()（）".contains($0) }
            let own = Int(digits) ?? ChineseNumerals.value(of: ArraySlice(Array(digits))).flatMap { $0 > 0 ? $0 : nil } ?? counts[s.parent]!
            paths[s.id] = (s.parent.flatMap { paths[$0] }.map { $0 + "." } ?? "") + String(own)
        }
        return paths
    }

    /// Tasks without a leader of their own take one a heading above them names
    /// ("车俊省长牵头重点工作").
    private func leadersFromHeadings(_ tasks: inout [LedgerTask], sections: [Section]) {
        let byID = Dictionary(sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Each heading is read once, not once for every task under it.
        var leaderOf: [SectionID: String?] = [:]
        func leader(of id: SectionID?) -> String? {
            guard let id, let section = byID[id] else { return nil }
            if let known = leaderOf[id] { return known }
            let found = FieldLabels.leader(inHeading: section.title) ?? leader(of: section.parent)
            leaderOf[id] = .some(found)
            return found
        }
        for i in tasks.indices where tasks[i].leader == nil {
            if let found = leader(of: tasks[i].section) { tasks[i].leader = found }
        }
    }

    private func uniqueID(code: PlanID, suffix: String, used: inout Set<TaskID>) -> TaskID {
        var id = TaskID(code.rawValue + "-" + suffix)
        var letter = UnicodeScalar("b").value
        while used.contains(id) || takenTaskIDs.contains(id) {
            id = TaskID(code.rawValue + "-" + suffix + String(UnicodeScalar(letter)!))
            letter += 1
        }
        used.insert(id)
        return id
    }

    /// Ids already given out in the ledger for this plan code (a re-import keeps them).
    var takenTaskIDs: Set<TaskID> { options.reservedTaskIDs }

    /// A scraped table shows a merged cell once: a task without units or a time limit takes
    /// those of the nearest task of the same group that has them (the one above, else the one
    /// below) — as a guess, and says so.
    private func fillMergedCells(_ placed: inout [(DraftTask, SectionID?, String?)]) {
        let originals = placed.map(\.0)
        for i in placed.indices {
            let section = placed[i].1
            let group = placed.indices.filter { placed[$0].1 == section && $0 != i }
            let above = group.filter { $0 < i }.reversed(), below = group.filter { $0 > i }
            if originals[i].unitCells.isEmpty,
               let j = (Array(above) + below).first(where: { !originals[$0].unitCells.isEmpty }) {
                placed[i].0.unitCells = originals[j].unitCells.map { var c = $0; c.carried = true; return c }
                placed[i].0.flags.append(ReviewFlag(.unitsGuessed, "no units beside this task in the scrambled source; taken from the task \(j < i ? "above" : "below") in its group"))
            }
            if originals[i].deadline == nil,
               let j = (Array(above) + below).first(where: { originals[$0].deadline != nil }) {
                placed[i].0.deadline = originals[j].deadline
                placed[i].0.deadlineCarried = true
                placed[i].0.flags.append(ReviewFlag(.deadlineGuessed, "no time limit beside this task in the scrambled source; taken from the task \(j < i ? "above" : "below") in its group"))
            }
        }
    }

    private func flagScrambled(_ task: inout LedgerTask, _ d: DraftTask) {
        task.review.append(ReviewFlag(.sectionGuessed, "the source's fragments are out of order: the group this task sits in is a guess"))
        if !d.unitCells.isEmpty, !d.unitCells.contains(where: \.carried) {
            task.review.append(ReviewFlag(.unitsGuessed, "units attached by position in a scrambled source"))
        }
        if d.deadline != nil, !d.deadlineCarried {
            task.review.append(ReviewFlag(.deadlineGuessed, "time limit attached by position in a scrambled source"))
        }
    }

    // MARK: metadata

    private func planYear(title: String, text: String) -> (Int?, YearSource) {
        if let y = options.year { return (y, .flag) }
        if let y = PlanMetadata.year(in: title) { return (y, .title) }
        if let y = PlanMetadata.commonYear(in: text) { return (y, .text) }
        return (nil, .none)
    }

    /// For a plan without a title line: its opening words up to 的总体要求 / 工作要点 (003's
    /// "2019年市市场监管局政务公开工作").
    private func untitledName(_ draft: PlanDraft) -> String? {
        for line in draft.preamble.prefix(3) {
            let t = TextFolding.trim(line.text)
            for end in ["的总体要求", "总体要求", "要点", "的通知", "，", ","] {
                if let r = t.range(of: end), t.distance(from: t.startIndex, to: r.lowerBound) <= 40,
                   PlanMetadata.year(in: String(t[..<r.lowerBound])) != nil {
                    return String(t[..<r.lowerBound])
                }
            }
        }
        return nil
    }

    /// Every line with text must be somewhere; a line no reader placed becomes a fragment.
    private func accountForEveryLine(_ plan: inout Plan, tasks: [LedgerTask]) {
        var covered = Set<Int>()
        tasks.forEach { covered.formUnion($0.lines) }
        plan.sections.forEach { covered.formUnion($0.lines) }
        plan.preamble.forEach { covered.insert($0.line) }
        plan.fragments.forEach { covered.insert($0.line) }
        var blank: [Int] = []
        for line in source.lines {
            let text = TextFolding.trim(MarkupStripper.strip(line.text))
            if text.isEmpty || text.allSatisfy({ "|｜-:= ".contains($0) }) { blank.append(line.line); continue }
            if !covered.contains(line.line) {
                plan.fragments.append(Fragment(line: line.line, text: line.text, reason: "line the importer could not place"))
            }
        }
        plan.fragments.sort { $0.line < $1.line }
        plan.source.blankLines = blank
    }
}
