/// Decides which nodes of a plan's outline are headings and which are tasks, and writes them
/// into the draft in document order (see `OutlineReader` for the rules).
struct TaskDecider {
    let root: OutlineNode
    var draft: PlanDraft
    /// Some node of the document names units: items without any are tasks only at the depth
    /// where tasks with units stand.
    private let anyUnits: Bool
    /// The styles of the items that carry units (nil: unnumbered paragraphs).
    private var taskStyles: Set<ItemMarker.Style?> = []
    /// Heading styles in nesting order: their position is the heading's depth.
    private var headingStyles: [ItemMarker.Style] = []
    private var tasksEmitted = 0

    init(root: OutlineNode, draft: PlanDraft) {
        self.root = root
        self.draft = draft
        Self.hoistSharedTails(root)
        if !Self.paragraphsAreTasks(root) { Self.joinTitleAndParagraph(root) }
        anyUnits = root.unitsBelow
    }

    mutating func run() {
        collectStyles(root.children)
        headingStyles.sort()
        emit(root.children, underNonTaskSection: false)
        if !anyUnits, tasksEmitted > 0 {
            draft.warnings.append(ImportWarning(line: nil, message: "no responsible units found in any layout: every numbered item was read as a task, for review"))
        }
    }

    // MARK: deciding

    private enum Kind {
        case task
        /// A heading whose first sentence is its title and the rest its first task.
        case headingWithFirstTask
        case heading
        /// Text that is neither: preamble or an unplaced fragment.
        case text
    }

    private func kind(_ node: OutlineNode, underNonTaskSection: Bool) -> Kind {
        let below = node.unitsBelow
        if node.hasOwnUnits {
            if !below { return .task }
            return node.titleAndRest.rest.isEmpty ? .task : .headingWithFirstTask
        }
        if below { return .heading }
        if underNonTaskSection { return .text }
        if !node.children.isEmpty {
            return PlanWords.isNonTaskSection(node.titleAndRest.title) ? .text : .heading
        }
        guard let marker = node.marker else { return .text }
        if PlanWords.isNonTaskSection(node.titleAndRest.title) { return .text }
        if !anyUnits { return .task }
        // A numbered item as deep as the items with units, that names none itself.
        let deepest = taskStyles.compactMap { $0 }.min()
        if let deepest, marker.style >= deepest { return .task }
        return HeadingParser.isHeadingSized(node.text) ? .heading : .text
    }

    /// Task styles, then heading styles: those of items with items below them, and every style
    /// shallower than the shallowest task's (a section heading whose tasks were cut off).
    private mutating func collectStyles(_ nodes: [OutlineNode]) {
        var present = Set<ItemMarker.Style>()
        func walk(_ nodes: [OutlineNode]) {
            for node in nodes {
                if node.hasOwnUnits && !node.unitsBelow { taskStyles.insert(node.marker?.style) }
                if let style = node.marker?.style {
                    present.insert(style)
                    if !node.children.isEmpty || (node.hasOwnUnits && node.unitsBelow) { headingStyles.append(style) }
                }
                walk(node.children)
            }
        }
        walk(nodes)
        if let shallowestTask = taskStyles.compactMap({ $0 }).min() {
            headingStyles += present.filter { $0 < shallowestTask }
        }
        headingStyles = Array(Set(headingStyles))
    }

    // MARK: writing the draft

    private mutating func emit(_ nodes: [OutlineNode], underNonTaskSection: Bool) {
        for node in nodes {
            switch kind(node, underNonTaskSection: underNonTaskSection) {
            case .task:
                emitTask(node, text: node.fullText, fields: node.allFields, lines: node.allLines)
                if node.unitsBelow { emit(node.children, underNonTaskSection: underNonTaskSection) }
            case .headingWithFirstTask:
                let (title, rest) = node.titleAndRest
                emitHeading(node, title: title)
                emitTask(node, text: rest, fields: node.fields, lines: node.lines, numbered: false)
                emit(node.children, underNonTaskSection: false)
            case .heading:
                emitHeading(node, title: node.titleAndRest.title)
                emit(node.children, underNonTaskSection: PlanWords.isNonTaskSection(node.titleAndRest.title))
            case .text:
                emitText(node)
                emit(node.children, underNonTaskSection: true)
            }
        }
    }

    private mutating func emitHeading(_ node: OutlineNode, title: String) {
        guard let marker = node.marker, let depth = headingStyles.firstIndex(of: marker.style) else {
            draft.preamble.append(contentsOf: node.lines.map { SourceLine(line: $0, text: node.text) })
            return
        }
        let match = HeadingMatch(depth: depth + 1, ordinal: marker.ordinal, title: title, markerLost: marker.lost || marker.ordinal == nil)
        var heading = DraftHeading(match, line: node.lines[0])
        heading.lines = node.lines
        if ![.chinese, .chineseParen, .part].contains(marker.style) { heading.numberMarker = marker.number }
        draft.heading(heading)
    }

    private mutating func emitTask(_ node: OutlineNode, text: String, fields: TaskFields, lines: [Int], numbered: Bool = true) {
        var task = DraftTask(number: numbered ? node.marker?.number : nil, text: text, lines: lines)
        fields.apply(to: &task)
        task.leader = task.leader ?? node.leaderAbove
        if !anyUnits {
            task.flags.append(ReviewFlag(.layoutGuessed, "no layout was recognised with confidence: read as one task per numbered item"))
        }
        if task.unitCells.isEmpty, tasksEmitted > 0 || anyUnits, node.marker == nil, let subject = Subject.units(of: text) {
            task.unitCells = [DraftUnitCell(written: subject, level: .task, columnRole: nil)]
            task.flags.append(ReviewFlag(.unitsGuessed, "units read from the sentence's subject \"\(subject)\""))
        }
        draft.task(task)
        tasksEmitted += 1
    }

    /// Unnumbered text that is no task: before the first task and after the last it is the
    /// plan's preamble and closing remarks; between tasks, an unplaced fragment when it reads
    /// like work (a time limit or a role word), else preamble. A closing paragraph with a time
    /// limit is a task whose units come from its subject (各牵头部门要…30日内报送…).
    private mutating func emitText(_ node: OutlineNode) {
        if node.marker == nil, tasksEmitted > 0, anyUnits, DeadlineFinder.phrase(in: node.text) != nil {
            draft.items.append(.endOfSections)
            emitTask(node, text: node.text, fields: node.fields, lines: node.lines)
            return
        }
        let looksLikeWork = tasksEmitted > 0 && (DeadlineFinder.phrase(in: node.text) != nil || RoleWords.containsMarker(node.text))
        for line in node.lines {
            if looksLikeWork {
                draft.fragments.append(Fragment(line: line, text: node.text, reason: "text that names no units between tasks"))
            } else {
                draft.preamble.append(SourceLine(line: line, text: node.text))
            }
        }
    }

    /// True when some numbered item holds several unnumbered paragraphs that each name their
    /// units: in such a plan the paragraphs are the tasks and numbered lines their headings.
    private static func paragraphsAreTasks(_ node: OutlineNode) -> Bool {
        node.children.filter { $0.marker == nil && $0.hasOwnUnits }.count >= 2 || node.children.contains(where: paragraphsAreTasks)
    }

    /// "(一)加强组织领导" then one paragraph ending in its units: where paragraphs are not the
    /// tasks of the plan, the numbered item is, its title line the start of its text.
    private static func joinTitleAndParagraph(_ node: OutlineNode) {
        node.children.forEach(joinTitleAndParagraph)
        guard node.marker != nil, !node.hasOwnUnits, node.children.count == 1, let only = node.children.first,
              only.marker == nil, only.hasOwnUnits, only.children.isEmpty else { return }
        node.text += "\n" + only.text
        node.fields = only.fields
        node.closed = true
        node.lines += only.lines
        node.children = []
    }

    /// "(三)加强…。一是…;二是…。(X牵头)": one bracket after the last of several inline items
    /// speaks for the whole paragraph, so it moves up to it and the items stay its text.
    private static func hoistSharedTails(_ node: OutlineNode) {
        node.children.forEach(hoistSharedTails)
        guard node.marker != nil, node.children.count >= 2, !node.hasOwnUnits,
              node.children.allSatisfy({ $0.children.isEmpty && $0.marker != nil }),
              let last = node.children.last, last.hasOwnUnits,
              node.children.dropLast().allSatisfy({ !$0.hasOwnUnits }) else { return }
        node.fields = last.fields
        last.fields = TaskFields()
        node.closed = true
        node.text = node.fullText
        node.lines = node.allLines
        node.children = []
    }
}

/// The units a sentence is addressed to: "各牵头部门要…" → 各牵头部门.
enum Subject {
    static func units(of text: String) -> String? {
        let t = TextFolding.trim(text)
        for marker in ["要", "应", "须", "负责"] {
            if let r = t.range(of: marker), t.distance(from: t.startIndex, to: r.lowerBound) <= 12 {
                let subject = String(t[..<r.lowerBound])
                if CellClassifier.looksLikeOneUnit(subject) { return subject }
            }
        }
        return nil
    }
}
