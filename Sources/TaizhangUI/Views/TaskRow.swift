import TaizhangCore

/// One task on one line of a list: status, review flag, id, text, due day, urgency mark and
/// a unit column, laid out in display columns so Chinese and ASCII line up.
struct TaskRow {
    let task: LedgerTask
    let context: ScreenContext
    /// Shown in the last column instead of the lead unit (a unit's role in the task).
    var lastColumn: String?
    /// The plan's number (`7.1`) instead of the whole id (`DG17-7.1`), for the tree.
    var numberOnly = false

    init(_ task: LedgerTask, _ context: ScreenContext, lastColumn: String? = nil, numberOnly: Bool = false) {
        self.task = task
        self.context = context
        self.lastColumn = lastColumn
        self.numberOnly = numberOnly
    }

    static let dueWidth = 10

    /// The right-hand columns, from the window's width: every task list ends at the right
    /// edge, so due days and units line up under their titles whatever the indent.
    struct Columns {
        let unitWidth: Int
        var unit: Int
        var due: Int { unit - 2 - TaskRow.dueWidth }
        init(cols: Int) {
            unitWidth = cols >= 110 ? 18 : 10
            unit = cols - unitWidth
        }
    }

    /// Draws from `col` over `width` columns; a selected row shows its glyph in reverse.
    func draw(into buffer: inout ScreenBuffer, row: Int, col: Int, width: Int, selected: Bool) {
        let urgency = Urgency(task, asOf: context.today)
        let role = TaskLook.role(urgency)
        let idText = numberOnly ? (task.number ?? "-") : task.id.rawValue
        let idWidth = numberOnly ? 6 : 10
        let columns = Columns(cols: col + width)
        let glyphStyle = selected ? CellStyle(.reverse, role: role) : CellStyle(role: role ?? .accent)
        buffer.put(TaskLook.glyph(task.status), row: row, col: col, style: glyphStyle)
        buffer.put(TaskLook.flag(task), row: row, col: col + 4, style: .role(.flagged))
        buffer.put(TextFit.padded(idText, idWidth), row: row, col: col + 6, style: .bold)
        let textCol = col + 7 + idWidth
        let right = columns.due
        buffer.put(TextFit.line(task.text, right - textCol - 1), row: row, col: textCol)
        let due = context.strings.due(task, asOf: context.today)
        buffer.put(TextFit.padded(due, Self.dueWidth), row: row, col: right, style: CellStyle(role: role))
        let light = TaskLook.light(task, context)
        buffer.put(light.letter, row: row, col: right + Self.dueWidth, style: CellStyle(.bold, role: light.role))
        let unit = lastColumn ?? task.primaryUnit.map(context.ledger.canonicalUnit) ?? "—"
        buffer.put(TextFit.middle(unit, columns.unitWidth), row: row, col: columns.unit)
    }
}
