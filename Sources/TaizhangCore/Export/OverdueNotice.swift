/// The 督办通报: one section per unit that answers for overdue work (a heading, a paragraph
/// asking for progress by a day, a table of its tasks with their requirements in full), the
/// collective bodies (各部门, 区各单位 …) listed once at the end rather than addressed as if
/// they could answer, then the issuing office and the date. Built once as an
/// `OfficialDocument` and written as Markdown, terminal text or Word (docs/outputs.md).
public struct OverdueNotice {
    public let context: OutputContext
    /// The day units are asked to report by.
    public let replyBy: Day
    /// The issuing office (发文机关) and the person to contact, from the ledger's config.
    public let office: String
    public let contact: String?

    public init(context: OutputContext, replyBy: Day, office: String? = nil, contact: String? = nil) {
        self.context = context
        self.replyBy = replyBy
        self.office = office ?? context.strings(.noticeDefaultOffice)
        self.contact = contact
    }

    public func byUnit(_ groups: [UnitOverdue], items: [OverdueItem]) -> OfficialDocument {
        let s = context.strings
        let units = groups.filter { !$0.collective && $0.unit != UnitOverdue.noUnit }
        var blocks: [OfficialDocument.Block] = [
            .title(s(.overdueTitle)),
            .paragraph(s(.overdueSummary, s.longDate(context.today), items.count, units.count)),
        ]
        for (n, g) in groups.filter({ !$0.collective }).enumerated() {
            let name = g.unit == UnitOverdue.noUnit ? s(.noUnit) : g.unit
            blocks.append(.heading(s.headingNumber(n + 1) + s(.overdueUnitHeading, name, g.entries.count)))
            if g.unit != UnitOverdue.noUnit {
                blocks.append(.paragraph(s(.overdueIntro, s.longDate(context.today), g.entries.count, s.longDate(replyBy), office)))
            }
            var table = tableShape(third: s(.colRole))
            table.rows = g.entries.map { row($0.item, third: s.role($0.role)) }
            blocks.append(.table(table))
        }
        let collective = groups.filter(\.collective)
        if !collective.isEmpty {
            let names = collective.map(\.unit).joined(separator: "、")
            let ids = Self.distinct(collective.flatMap { $0.entries.map(\.item.task.id) }).map(\.rawValue).joined(separator: "、")
            blocks.append(.paragraph(s(.overdueCollective, names, ids)))
        }
        blocks += closing()
        return OfficialDocument(blocks.map(punctuate))
    }

    public func list(_ items: [OverdueItem]) -> OfficialDocument {
        let s = context.strings
        // Each task's owners found once, and its row made, on all cores: a list of 4,600
        // overdue tasks reads each one's text and last note.
        let made = Parallel.map(Parallel.chunks(items.count, minimumChunk: 500)) { chunk in
            chunk.map { k -> (owners: [String], row: [String]) in
                let owners = UnitOverdue.owners(of: items[k].task, context.ledger).map(\.name)
                return (owners, row(items[k], third: owners.joined(separator: "、")))
            }
        }.flatMap { $0 }
        let units = Set(made.flatMap { $0.owners.map(UTF8Key.init) })
        var table = tableShape(third: s(.colUnit))
        table.rows = made.map(\.row)
        let blocks: [OfficialDocument.Block] = [
            .title(s(.overdueTitle)),
            .paragraph(s(.overdueSummary, s.longDate(context.today), items.count, units.count)),
            .table(table),
        ]
        return OfficialDocument(blocks.map(punctuate))
    }

    private func closing() -> [OfficialDocument.Block] {
        let s = context.strings
        var blocks: [OfficialDocument.Block] = []
        if let contact, !contact.isEmpty { blocks.append(.paragraph(s(.noticeContact, contact))) }
        blocks.append(.signature(office: office, date: s.longDate(context.today)))
        return blocks
    }

    private func tableShape(third: String) -> DocumentTable {
        let s = context.strings
        return DocumentTable(header: [s(.colID), s(.colRequirement), third, s(.colDue), s(.colDaysOverdue), s(.colLastNote)],
                             numeric: [4], widths: [15, 38, 9, 18, 10, 22], flexible: 1, maxWidths: [2: 10, 3: 42, 5: 10],
                             identifying: [0, 2, 3])
    }

    /// One overdue task: its requirement in full, the due day (a recurring task's missed
    /// periods folded), days overdue, and the latest note with its day.
    private func row(_ i: OverdueItem, third: String) -> [String] {
        let s = context.strings
        let note = i.lastNote.map { $0.text + "（" + s.longDate($0.at.localDay) + "）" } ?? "—"
        return [i.task.id.rawValue, i.task.text, third, s.due(i, long: s.language == .zh), String(i.daysOverdue), note]
    }

    /// Chinese punctuation throughout a Chinese notice; English stays as it is.
    private func punctuate(_ block: OfficialDocument.Block) -> OfficialDocument.Block {
        guard context.strings.language == .zh else { return block }
        let p = ChinesePunctuation.normalize
        switch block {
        case .title(let t): return .title(p(t))
        case .heading(let h): return .heading(p(h))
        case .paragraph(let t): return .paragraph(p(t))
        case .signature(let o, let d): return .signature(office: p(o), date: d)
        case .table(var t):
            t.header = t.header.map(p)
            t.rows = t.rows.map { $0.map(p) }
            return .table(t)
        }
    }

    static func distinct<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }
}
