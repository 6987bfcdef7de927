/// Tasks as Markdown for mail: a heading per plan and per section, a table under each.
public struct TaskMarkdown {
    public let ledger: Ledger
    public let strings: Strings
    public let today: Day

    public init(ledger: Ledger, strings: Strings, today: Day) {
        self.ledger = ledger
        self.strings = strings
        self.today = today
    }

    public func render(_ tasks: [LedgerTask]) -> String {
        let s = strings
        var out = "# " + s(.exportTitle, s.longDate(today)) + "\n"
        for plan in ledger.plans {
            let own = tasks.filter { $0.plan == plan.id }
            guard !own.isEmpty else { continue }
            out += "\n## " + MarkdownTable.cell(plan.id.rawValue + " " + plan.title) + "\n"
            var heading: [String?] = [nil, nil]
            var table: MarkdownTable?
            for t in own {
                let (section, subsection) = TaskJSON.headings(of: t, in: plan)
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
        let s = strings
        let units = t.units.filter { $0.level == .task }.map { ledger.canonicalUnit($0.name) + "(" + s.role($0.role) + ")" }
        var status = s.status(t.status)
        if t.isOverdue(asOf: today) { status += " · " + s(.urgencyOverdue) }
        return [t.id.rawValue, t.text, units.joined(separator: "、"), s.due(t, asOf: today), status, t.lastNote?.text ?? "—"]
    }
}
