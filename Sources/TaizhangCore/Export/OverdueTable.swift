/// Overdue items as terminal tables: one list, or one table per unit under its heading —
/// the rows of the notice (`OverdueNotice`) itself, so the terminal shows the same folding
/// and punctuation as the document that is sent.
public struct OverdueTable {
    public let context: OutputContext

    public init(context: OutputContext) {
        self.context = context
    }

    public func list(_ items: [OverdueItem]) -> String {
        tablesOnly(OverdueNotice(context: context, replyBy: context.today).list(items))
    }

    public func byUnit(_ groups: [UnitOverdue], items: [OverdueItem]) -> String {
        tablesOnly(OverdueNotice(context: context, replyBy: context.today).byUnit(groups, items: items))
    }

    /// The headings and tables of a notice, without its paragraphs.
    private func tablesOnly(_ notice: OfficialDocument) -> String {
        OfficialDocument(notice.blocks.filter {
            switch $0 {
            case .heading, .table: return true
            default: return false
            }
        }).text(width: context.width, wide: context.wide)
    }
}
