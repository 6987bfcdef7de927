/// Reads plans written as running text: numbered headings and items (`一、` `(一)` `1.` `(1)`
/// `一是`), each task followed by its fields — a bracket, label lines, or a role sentence —
/// possibly several tasks to a line, the whole possibly wrapped in a notice or a web page.
///
/// Three steps: find where the plan starts (`NoticeFrame`); cut lines into pieces and build the
/// outline as written (`LinePiece`, `OutlineNode`); then decide which nodes are tasks. A node
/// that names units and has none below it is a task (with the text of everything below it); a
/// node with units below it is a heading. When a node names units and items below it do too,
/// its first sentence is its title and the rest is its first task ("(一)围绕…公开。制定…。(X负责)
/// 推进…。(Y负责)"). Where no units are written at all, every innermost numbered item is a task
/// — the best reading, marked for review.
struct OutlineReader {
    let layoutName = "outline"

    func read(_ text: SourceText) -> PlanDraft {
        var draft = PlanDraft(layout: layoutName)
        let lines = text.lines.compactMap { l -> SourceLine? in
            let t = TextFolding.trim(MarkupStripper.strip(l.text))
            return t.isEmpty || t == "|" || t == "｜" ? nil : SourceLine(line: l.line, text: t)
        }
        let frame = NoticeFrame.bodyStart(lines)
        for (i, l) in lines[..<frame.body].enumerated() {
            draft.preamble.append(l)
            if PlanMetadata.isTitleLike(l.text) || i == frame.title { draft.titles.append(l.text) }
        }
        let root = OutlineNode(marker: nil, text: "", line: 0)
        var builder = OutlineBuilder(root: root)
        var k = frame.body
        while k < lines.count {
            let (text, more) = Self.joiningCutBracket(lines, at: k)
            for piece in LinePiece.split(text, line: lines[k].line) { builder.add(piece) }
            builder.alsoRead(more)
            k += 1 + more.count
        }
        var decider = TaskDecider(root: root, draft: draft)
        decider.run()
        return decider.draft
    }
}

extension OutlineReader {
    /// A line whose bracket a line break cut in two (a PDF's wrapped text: "(教育部、国家" /
    /// "卫生健康委按职责分工负责)"), read together with the lines that close it — at most
    /// three, none of them an item of its own; and the lines joined to it.
    static func joiningCutBracket(_ lines: [SourceLine], at k: Int) -> (String, [Int]) {
        var text = lines[k].text, more: [Int] = []
        guard openDepth(text) > 0 else { return (text, []) }
        while openDepth(text) > 0, more.count < 3, k + more.count + 1 < lines.count {
            let next = lines[k + more.count + 1]
            guard ItemMarker.leading(next.text) == nil else { break }
            text += next.text
            more.append(next.line)
        }
        return openDepth(text) == 0 ? (text, more) : (lines[k].text, [])
    }

    /// Brackets opened and not closed at the end of the text (a closing one without its
    /// opening, lost on a mirror site, is passed over).
    static func openDepth(_ text: String) -> Int {
        var depth = 0
        for c in text {
            if BracketSplitter.openers.contains(c) { depth += 1 }
            if BracketSplitter.closers.contains(c) { depth = max(0, depth - 1) }
        }
        return depth
    }
}

/// Builds the outline as written, one piece at a time.
struct OutlineBuilder {
    let root: OutlineNode
    /// The open numbered nodes, outermost first.
    private var stack: [OutlineNode] = []

    init(root: OutlineNode) { self.root = root }

    /// The deepest open numbered node, or the root.
    private var parent: OutlineNode { stack.last ?? root }

    /// The leader a line before named for the tasks after it.
    private var leaderAbove: String?
    /// The node the last piece went to.
    private var touched: OutlineNode?

    /// Lines read together with the last one (a bracket cut by a line break) belong to the
    /// node it went to.
    func alsoRead(_ more: [Int]) {
        guard let node = touched else { return }
        for line in more where !node.lines.contains(line) { node.lines.append(line) }
    }

    mutating func add(_ piece: LinePiece) {
        if piece.leadsFollowing {
            leaderAbove = piece.fields?.leader
            lastOpenNode?.closed = true
            return
        }
        if piece.fieldsOnly {
            touched = lastOpenNode ?? parent
            touched!.add(piece.fields!, line: piece.line)
            return
        }
        if let marker = piece.marker {
            while let top = stack.last, let style = top.marker?.style, style >= marker.style { stack.removeLast() }
            let node = OutlineNode(marker: marker, text: piece.text, line: piece.line)
            node.leaderAbove = leaderAbove
            if let f = piece.fields { node.add(f, line: piece.line) }
            parent.children.append(node)
            stack.append(node)
            touched = node
            return
        }
        // Unnumbered text: it continues the item it follows until that item's fields were
        // read; after them (or with fields of its own) it is an item of its own. A paragraph
        // with its own fields under a numbered title line ("二、积极完善…工作机制") is the first
        // task under that heading, not more of the title.
        let underTitle = lastOpenNode.map { $0.marker != nil && $0.lines.count == 1 && $0.lines[0] != piece.line
            && HeadingParser.isHeadingSized($0.text) } ?? false
        // An unnumbered paragraph that ended its sentence is done: a new line is a new paragraph.
        let paragraphDone = lastOpenNode.map { $0.marker == nil && $0.lines.last != piece.line
            && $0.text.last.map { "。!?！？~;；:：".contains($0) } == true } ?? false
        if let open = lastOpenNode, !paragraphDone, piece.fields == nil || open.children.isEmpty && !open.hasOwnUnits && !underTitle {
            open.append(text: piece.text, line: piece.line)
            if let f = piece.fields { open.add(f, line: piece.line) }
            touched = open
            return
        }
        let node = OutlineNode(marker: nil, text: piece.text, line: piece.line)
        node.leaderAbove = leaderAbove
        if let f = piece.fields { node.add(f, line: piece.line) }
        parent.children.append(node)
        touched = node
    }

    /// The node unnumbered text would continue: the last item read, if its fields are not yet.
    private var lastOpenNode: OutlineNode? {
        let last = parent.children.last.flatMap { $0.marker == nil ? $0 : nil } ?? (parent === root ? nil : parent)
        guard let last, !last.closed, last.children.isEmpty || last.marker == nil else { return nil }
        return last
    }
}
