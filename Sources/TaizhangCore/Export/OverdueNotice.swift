/// Overdue lists in Markdown for mail: a plain list, or one ready-to-send notice section per
/// unit (督办通报) — a heading, a paragraph asking for progress by a day, and the unit's
/// overdue tasks with its part in each.
public struct OverdueNotice {
    public let context: OutputContext
    /// The day units are asked to report by.
    public let replyBy: Day

    public init(context: OutputContext, replyBy: Day) {
        self.context = context
        self.replyBy = replyBy
    }

    /// Requirement text is cut to this many columns: the id finds the rest.
    static let textColumns = 80

    public func byUnit(_ groups: [UnitOverdue], items: [OverdueItem]) -> String {
        let s = context.strings
        var out = "# " + s(.overdueTitle) + "\n\n" + s(.overdueSummary, s.longDate(context.today), items.count, groups.count) + "\n"
        for g in groups {
            let name = g.unit == UnitOverdue.noUnit ? s(.noUnit) : g.unit
            out += "\n## " + MarkdownTable.cell(name) + "\n\n"
            out += s(.overdueIntro, s.longDate(context.today), g.entries.count, s.longDate(replyBy)) + "\n\n"
            var table = MarkdownTable([s(.colID), s(.colRequirement), s(.colRole), s(.colDue), s(.colDaysOverdue),
                                       s(.colLastNote), s(.colLastNoteDate)], numeric: [4])
            for e in g.entries {
                let i = e.item
                table.add([i.task.id.rawValue, MarkdownTable.cell(i.task.text, limit: Self.textColumns), s.role(e.role),
                           s.due(i), String(i.daysOverdue), i.lastNote?.text ?? "—", i.lastNote?.at.localDay.iso ?? "—"])
            }
            out += table.render()
        }
        return out
    }

    public func list(_ items: [OverdueItem]) -> String {
        let s = context.strings
        let out = "# " + s(.overdueTitle) + "\n\n" + s(.overdueSummary, s.longDate(context.today), items.count,
                                                         Set(items.compactMap { $0.task.primaryUnit.map(context.ledger.canonicalUnit) }).count) + "\n\n"
        var table = MarkdownTable([s(.colID), s(.colRequirement), s(.colUnit), s(.colDue), s(.colDaysOverdue),
                                   s(.colLastNote), s(.colLastNoteDate)], numeric: [4])
        for i in items {
            table.add([i.task.id.rawValue, MarkdownTable.cell(i.task.text, limit: Self.textColumns),
                       i.task.primaryUnit.map(context.ledger.canonicalUnit) ?? "—", s.due(i), String(i.daysOverdue),
                       i.lastNote?.text ?? "—", i.lastNote?.at.localDay.iso ?? "—"])
        }
        return out + table.render()
    }
}
