/// Builds a plan's heading tree while the draft is walked in document order.
///
/// A heading repeated at a page break (same depth, same title, same parent) is merged into
/// the first; a heading that lost its numeral gets the one after its previous sibling, and
/// says so.
struct SectionTree {
    let plan: PlanID
    private(set) var sections: [Section] = []
    /// The open section at each depth (index 0 is depth 1).
    private var open: [SectionID?] = []
    private var childCount: [SectionID?: Int] = [:]
    private var lastOrdinal: [SectionID?: Int] = [:]
    /// Siblings numbered by a 序号 (7, 8…) rather than a Chinese numeral.
    private var numberedSiblings: Set<SectionID?> = []
    /// Where each section is in `sections`, and each heading by depth, parent and folded title:
    /// looked up for every heading and task, so a scan would make a long plan quadratic.
    private var position: [SectionID: Int] = [:]
    private var byTitle: [TitleKey: Int] = [:]

    private struct TitleKey: Hashable {
        var depth: Int
        var parent: SectionID?
        var key: String
    }

    init(plan: PlanID) { self.plan = plan }

    /// The deepest open section: where the next task belongs.
    var current: SectionID? { open.last(where: { $0 != nil }) ?? nil }

    /// The group number of the current section when it is numbered by a 序号 (7 → tasks 7.1, 7.2).
    var currentNumber: String? {
        guard let id = current, let i = position[id], case let s = sections[i],
              s.marker.allSatisfy({ $0.isASCII && $0.isNumber }), !s.marker.isEmpty else { return nil }
        return s.marker
    }

    /// Closes every section: what follows belongs to the plan itself.
    mutating func closeAll() { open.removeAll() }

    /// Adds a heading; returns a warning when its marker had to be inferred.
    mutating func add(_ h: DraftHeading) -> ImportWarning? {
        let depth = h.match.depth
        let parent: SectionID? = depth >= 2 && open.count >= depth - 1 ? open[depth - 2] : nil
        let titleKey = TitleKey(depth: depth, parent: parent, key: TextFolding.key(h.match.title))
        if let i = byTitle[titleKey] {
            sections[i].lines.append(contentsOf: h.lines)
            setOpen(depth, sections[i].id)
            return nil
        }
        var warning: ImportWarning?
        var guessed = false
        let marker: String
        if let number = h.numberMarker {
            marker = number
            numberedSiblings.insert(parent)
        } else if h.match.ordinal == nil, numberedSiblings.contains(parent) {
            marker = ""
            guessed = true
            warning = ImportWarning(line: h.lines.first, message: "group \"\(h.match.title)\" has no number")
        } else if let n = h.match.ordinal, !h.match.markerLost {
            marker = h.match.marker(ordinal: n)
            lastOrdinal[parent] = n
        } else {
            let n = h.match.ordinal ?? (lastOrdinal[parent] ?? 0) + 1
            lastOrdinal[parent] = n
            marker = h.match.marker(ordinal: n)
            guessed = true
            warning = ImportWarning(line: h.lines.first, message: "heading \"\(h.match.title)\" lost its number; read as \(marker)")
        }
        let index = (childCount[parent] ?? 0) + 1
        childCount[parent] = index
        let parentPath = parent.map { $0.rawValue } ?? plan.rawValue
        let id = SectionID(parentPath + (parent == nil ? "/" : ".") + String(index))
        position[id] = sections.count
        byTitle[titleKey] = sections.count
        sections.append(Section(id: id, parent: parent, depth: depth, marker: marker, title: h.match.title,
                                lines: h.lines, guessed: guessed))
        setOpen(depth, id)
        return warning
    }

    private mutating func setOpen(_ depth: Int, _ id: SectionID) {
        if open.count < depth { open += Array(repeating: nil, count: depth - open.count) }
        open[depth - 1] = id
        open.removeLast(open.count - depth)
    }
}
