/// Tasks in the columns of a 分工方案 — 序号, 工作任务, 具体要求, 责任单位, (落实措施, 责任部门,)
/// 完成时限 — plus where each stands: 状态, 最新进展, 最后更新, and the ledger's 编号 to find it
/// again. One table per plan: the spreadsheet a coordinator mails back to the units.
public struct TaskSheetRows {
    public let context: OutputContext

    public init(context: OutputContext) {
        self.context = context
    }

    /// One sheet per plan that has tasks among `tasks`, in context.ledger order; one empty sheet
    /// with the header when there are none (a workbook needs a sheet).
    public func sheets(_ tasks: [LedgerTask]) -> [XLSXSheet] {
        let sheets: [XLSXSheet] = context.ledger.plans.compactMap { plan in
            let own = tasks.filter { $0.plan == plan.id }
            guard !own.isEmpty else { return nil }
            let measures = own.contains { $0.measure != nil }, leaders = own.contains { $0.leader != nil }
            let rows = [header(measures: measures, leaders: leaders)]
                + own.map { row($0, plan: plan, measures: measures, leaders: leaders) }
            return XLSXSheet(name: plan.id.rawValue, rows: rows, widths: widths(measures: measures, leaders: leaders))
        }
        return sheets.isEmpty ? [XLSXSheet(name: "Sheet1", rows: [header(measures: false)])] : sheets
    }

    /// The columns; 落实措施 and 责任领导 only for plans that have them.
    public func header(measures: Bool, leaders: Bool = false) -> [String] {
        let s = context.strings
        let plan = [s(.colNumber), s(.colTask), s(.colRequirement), s(.colUnits)] + (leaders ? [s(.colLeader)] : [])
            + (measures ? [s(.colMeasure), s(.colMeasureUnits)] : []) + [s(.colDue)]
        return plan + [s(.colStatus), s(.colLastNote), s(.colUpdated), s(.colID)]
    }

    public func row(_ t: LedgerTask, plan: Plan, measures: Bool, leaders: Bool = false) -> [String] {
        var cells = [t.number ?? "", group(t, plan), t.text, units(t, .task)]
        if leaders { cells.append(t.leader ?? "") }
        if measures { cells += [t.measure ?? "", units(t, .measure)] }
        let due = t.deadline.overridden || t.deadline.text == nil ? context.strings.due(t, asOf: context.today) : t.deadline.text!
        return cells + [due, context.strings.status(t.status), t.lastNote?.text ?? "", lastUpdated(t), t.id.rawValue]
    }

    /// The heading the task sits under, as a 工作任务 column holds it.
    private func group(_ t: LedgerTask, _ plan: Plan) -> String {
        plan.section(t.section)?.heading ?? ""
    }

    /// The units cell as the plan wrote it (what people recognise), else the parsed names.
    private func units(_ t: LedgerTask, _ level: UnitLevel) -> String {
        let written = t.unitCells.filter { $0.level == level }.map(\.written)
        if !written.isEmpty { return written.joined(separator: ";") }
        return t.units.filter { $0.level == level }
            .map { context.ledger.canonicalUnit($0.name) + "(" + context.strings.role($0.role) + ")" }.joined(separator: "、")
    }

    private func lastUpdated(_ t: LedgerTask) -> String {
        let times = t.notes.map(\.at) + t.history.map(\.at)
        return times.max()?.localDay.iso ?? ""
    }

    private func widths(measures: Bool, leaders: Bool) -> [Int] {
        [6, 24, 60, 24] + (leaders ? [14] : []) + (measures ? [50, 20] : []) + [14, 10, 40, 12, 12]
    }
}
