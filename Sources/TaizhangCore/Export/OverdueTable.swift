/// Overdue items as terminal tables: one list, or one table per unit under its heading —
/// the rows of the notice (`OverdueNotice`) itself, so the terminal shows the same folding
/// and punctuation as the document that is sent.
public struct OverdueTable {
    public let context: OutputContext

    public init(context: OutputContext) {
        self.context = context
    }

    public func list(_ items: [OverdueItem]) -> String { String(decoding: listUTF8(items), as: UTF8.self) }

    public func byUnit(_ groups: [UnitOverdue], items: [OverdueItem]) -> String {
        String(decoding: byUnitUTF8(groups, items: items), as: UTF8.self)
    }

    /// `list` as UTF-8, to be written out as it is: the list of a large ledger is megabytes.
    public func listUTF8(_ items: [OverdueItem]) -> [UInt8] {
        tablesUTF8(notice.list(items))
    }

    public func byUnitUTF8(_ groups: [UnitOverdue], items: [OverdueItem]) -> [UInt8] {
        tablesUTF8(notice.byUnit(groups, items: items))
    }

    /// The notice whose rows the tables show.
    public var notice: OverdueNotice { OverdueNotice(context: context, replyBy: context.today) }

    /// The headings and tables of a notice, without its paragraphs, as UTF-8.
    public func tablesUTF8(_ notice: OfficialDocument) -> [UInt8] {
        OfficialDocument(notice.blocks.filter {
            switch $0 {
            case .heading, .table: return true
            default: return false
            }
        }).textUTF8(width: context.width, wide: context.wide)
    }
}
