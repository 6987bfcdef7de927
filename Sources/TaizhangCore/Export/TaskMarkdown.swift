/// Tasks as Markdown for mail: a heading per plan and per section, a table under each.
public struct TaskMarkdown {
    public let context: OutputContext

    public init(context: OutputContext) {
        self.context = context
    }

    public func render(_ tasks: [LedgerTask]) -> String {
        let s = context.strings
        var out = "# " + s(.exportTitle, s.longDate(context.today)) + "\n"
        for plan in context.ledger.plans {
            let own = tasks.filter { $0.plan == plan.id }
            guard !own.isEmpty else { continue }
            out += "\n## " + MarkdownTable.cell(plan.id.rawValue + " " + plan.title) + "\n"
            var heading: [String?] = [nil, nil]
            var table: MarkdownTable?
            let placements = TaskPlacements(plan)
            for t in own {
                let place = placements[t]; let (section, subsection) = (place.section, place.subsection)
                if [section, subsection] != heading || table == nil {
                    if let table { out += "\n" + table.render() }
                    if section != heading[0], let section { out += "\n### " + MarkdownTable.cell(section) + "\n" }
                    if let subsection, subsection != heading[1] { out += "\n#### " + MarkdownTable.cell(subsection) + "\n" }
                    heading = [section, subsection]
                    table = MarkdownTable([s(.colID), s(.colRequirement), s(.colUnits), s(.colDue), s(.colStatus), s(.colLastNote)])
                }
                table?.add(row(t))
            }
            if let table { out += "\n" + table.render() }
        }
        return out
    }

    private func row(_ t: LedgerTask) -> [String] {
        let s = context.strings
        let units = t.units.filter { $0.level == .task }.map { context.ledger.canonicalUnit($0.name) + "(" + s.role($0.role) + ")" }
        var status = s.status(t.status)
        if t.isOverdue(asOf: context.today) { status += " · " + s(.urgencyOverdue) }
        return [t.id.rawValue, t.text, units.joined(separator: "、"), s.due(t, asOf: context.today), status, t.lastNote?.text ?? "—"]
    }
}
