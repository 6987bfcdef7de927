/// Overdue items as terminal tables: one list, or one table per unit under its name.
public struct OverdueTable {
    public let context: OutputContext

    public init(context: OutputContext) {
        self.context = context
    }

    public func list(_ items: [OverdueItem]) -> String {
        let s = context.strings
        var table = TextTable(columns(third: .init(s(.colUnit), identifying: true)))
        for i in items { table.add(row(i, third: i.task.primaryUnit.map(context.ledger.canonicalUnit) ?? "—")) }
        return table.render(width: context.width, wide: context.wide)
    }

    public func byUnit(_ groups: [UnitOverdue]) -> String {
        let s = context.strings
        var out: [String] = []
        for g in groups {
            var table = TextTable(columns(third: .init(s(.colRole))))
            for e in g.entries { table.add(row(e.item, third: s.role(e.role))) }
            let name = g.unit == UnitOverdue.noUnit ? s(.noUnit) : g.unit
            out.append(VisibleText.sanitize(s(.overdueUnitHeading, name, g.entries.count)) + "\n" + table.render(width: context.width, wide: context.wide))
        }
        return out.joined(separator: "\n")
    }

    private func columns(third: TextTable.Column) -> [TextTable.Column] {
        let s = context.strings
        return [.init(s(.colID), identifying: true), .init(s(.colDue), identifying: true), third, .init(s(.colDaysOverdue), alignRight: true),
                .init(s(.colLastNoteDate), identifying: true), .init(s(.colLastNote), maxWidth: 16), .init(s(.colText), flexible: true)]
    }

    private func row(_ i: OverdueItem, third: String) -> [String] {
        [i.task.id.rawValue, context.strings.due(i), third, String(i.daysOverdue), i.lastNote?.at.localDay.iso ?? "—",
         i.lastNote?.text ?? "—", i.task.text]
    }
}
