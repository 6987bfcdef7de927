@testable import TaizhangCore

/// Small ledgers built in code, for store and query tests that do not need the importer.
public enum SampleLedger {
    public static func make(plans: Int = 2, tasksPerPlan: Int = 5, notes: Int = 1) -> Ledger {
        var allPlans: [Plan] = []
        var tasks: [LedgerTask] = []
        for p in 0..<plans {
            let id = PlanID("T\(p + 20)")
            let source = SourceInfo(fileName: "plan\(p).txt", checksum: String(repeating: "\(p)", count: 64), encoding: "UTF-8",
                                    layout: "pipe-table", lineCount: 0, importedAt: Timestamp(seconds: 1_600_000_000),
                                    importedBy: "tester")
            let section = Section(id: SectionID("\(id.rawValue)/1"), parent: nil, depth: 1, marker: "一", title: "第一部分 “引号”", lines: [])
            allPlans.append(Plan(id: id, title: "测试方案\(p)", year: 2021, yearSource: .title, source: source, sections: [section]))
            for n in 1...tasksPerPlan {
                var t = LedgerTask(id: TaskID("\(id.rawValue)-\(n)"), plan: id, section: section.id, number: "\(n)", ordinal: n,
                                   text: "任务\(n):加强政务公开,含 \"引号\"、反斜杠\\ 和换行\n第二行。")
                t.units = [UnitAssignment(name: "区市场监管局", role: .lead, level: .task),
                           UnitAssignment(name: "各镇（街）", role: .support, level: .task, collective: true)]
                t.unitCells = [UnitCell(level: .task, written: "区市场监管局牵头,各镇(街)")]
                t.deadline = Deadline(text: "\(n)月底", kind: .date, date: Day.lastDay(ofMonth: n, year: 2021))
                for k in 0..<notes {
                    t.notes.append(Note(at: Timestamp(seconds: 1_610_000_000 + k * 60), by: "alice", text: "进展\(k):已公开 http://x.gov.cn/\(n)"))
                }
                tasks.append(t)
            }
        }
        return Ledger(plans: allPlans, tasks: tasks, aliases: ["区市场监督管理局": "区市场监管局"])
    }
}
