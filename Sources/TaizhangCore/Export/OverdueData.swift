/// Overdue items for spreadsheets (CSV with a byte-order mark and CRLF, as Excel and WPS
/// want it) and for scripts (JSON). By unit, an item appears once for every unit answering
/// for it (`UnitOverdue.owners`).
public struct OverdueData {
    public let context: OutputContext

    public init(context: OutputContext) {
        self.context = context
    }

    public func csv(_ items: [OverdueItem]) -> String {
        var csv = CSVWriter(forSpreadsheets: true)
        csv.row(header)
        for i in items { csv.row(cells(i)) }
        return csv.text
    }

    public func csv(_ groups: [UnitOverdue]) -> String {
        let s = context.strings
        var csv = CSVWriter(forSpreadsheets: true)
        csv.row([s(.colUnits), s(.colRole)] + header)
        for g in groups {
            for e in g.entries { csv.row([unitName(g), s.role(e.role)] + cells(e.item)) }
        }
        return csv.text
    }

    public func json(_ items: [OverdueItem]) -> [UInt8] {
        var w = JSONWriter()
        w.byte(0x5B)
        for (n, i) in items.enumerated() { w.raw(n == 0 ? "\n" : ",\n"); write(i, role: nil, to: &w) }
        w.raw("\n]\n")
        return w.bytes
    }

    public func json(_ groups: [UnitOverdue]) -> [UInt8] {
        var w = JSONWriter()
        w.byte(0x5B)
        for (n, g) in groups.enumerated() {
            w.raw(n == 0 ? "\n" : ",\n")
            w.byte(0x7B)
            w.key("unit", first: true); if g.unit == UnitOverdue.noUnit { w.null() } else { w.string(g.unit) }
            w.key("collective"); w.bool(g.collective)
            w.key("items"); w.byte(0x5B)
            for (k, e) in g.entries.enumerated() { w.raw(k == 0 ? "\n" : ",\n"); write(e.item, role: e.role, to: &w) }
            w.raw("]}")
        }
        w.raw("\n]\n")
        return w.bytes
    }

    private var header: [String] {
        let s = context.strings
        return [s(.colID), s(.colPlan), s(.colRequirement), s(.colUnit), s(.colDue), s(.colPeriod), s(.colDaysOverdue),
                s(.colLastNote), s(.colLastNoteDate)]
    }

    private func cells(_ i: OverdueItem) -> [String] {
        let folded = i.periods.isEmpty ? "" : context.strings.due(i)
        return [i.task.id.rawValue, i.task.plan.rawValue, i.task.text, i.task.primaryUnit.map(context.ledger.canonicalUnit) ?? "",
                i.due.iso, folded, String(i.daysOverdue), i.lastNote?.text ?? "", i.lastNote?.at.localDay.iso ?? ""]
    }

    private func unitName(_ g: UnitOverdue) -> String { g.unit == UnitOverdue.noUnit ? context.strings(.noUnit) : g.unit }

    private func write(_ i: OverdueItem, role: UnitRole?, to w: inout JSONWriter) {
        w.byte(0x7B)
        w.key("id", first: true); w.string(i.task.id.rawValue)
        w.key("plan"); w.string(i.task.plan.rawValue)
        w.key("text"); w.string(i.task.text)
        w.key("leadUnit"); w.stringOrNull(i.task.primaryUnit.map(context.ledger.canonicalUnit))
        if let role { w.key("role"); w.string(role.rawValue) }
        w.key("due"); w.day(i.due)
        // `period` (the oldest missed) is kept for scripts written before periods were folded.
        w.key("period"); if let p = i.periods.first { w.day(p) } else { w.null() }
        w.key("periods"); w.strings(i.periods.map(\.iso))
        w.key("missedPeriods"); w.int(i.periods.count)
        if let original = i.task.originalDue, i.periods.isEmpty, original != i.due { w.key("originalDue"); w.day(original) }
        w.key("recurrence"); w.stringOrNull(i.task.deadline.recurrence?.rawValue)
        w.key("daysOverdue"); w.int(i.daysOverdue)
        w.key("status"); w.string(i.task.status.rawValue)
        w.key("lastNote")
        if let n = i.lastNote {
            w.byte(0x7B); w.key("at", first: true); w.timestamp(n.at); w.key("by"); w.string(n.by)
            w.key("text"); w.string(n.text); w.byte(0x7D)
        } else { w.null() }
        w.byte(0x7D)
    }
}
