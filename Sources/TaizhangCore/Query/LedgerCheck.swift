/// `taizhang check`: proves the ledger is whole — every id unique and well-formed, every
/// task in a known plan and section, every line of every imported document accounted for.
public struct LedgerCheck {
    public struct Problem: Sendable, CustomStringConvertible {
        public var where_: String
        public var message: String
        public var description: String { where_ + ": " + message }
    }

    public static func run(_ ledger: Ledger) -> [Problem] {
        var problems: [Problem] = []
        var ids = Set<TaskID>()
        var linesByPlan: [PlanID: Set<Int>] = [:]
        for t in ledger.tasks {
            if !ids.insert(t.id).inserted { problems.append(Problem(where_: t.id.rawValue, message: "duplicate task id")) }
            guard let plan = ledger.plan(t.plan) else {
                problems.append(Problem(where_: t.id.rawValue, message: "belongs to unknown plan \(t.plan.rawValue)"))
                continue
            }
            if !t.id.rawValue.hasPrefix(plan.id.rawValue + "-") {
                problems.append(Problem(where_: t.id.rawValue, message: "id does not start with its plan code \(plan.id.rawValue)"))
            }
            if let s = t.section, plan.section(s) == nil {
                problems.append(Problem(where_: t.id.rawValue, message: "in unknown section \(s.rawValue)"))
            }
            if t.text.isEmpty { problems.append(Problem(where_: t.id.rawValue, message: "has no text")) }
            if t.deadline.kind == .date, t.deadline.date == nil, !t.deadline.guessed {
                problems.append(Problem(where_: t.id.rawValue, message: "date limit without a date that is not marked as a guess"))
            }
            linesByPlan[t.plan, default: []].formUnion(t.lines)
        }
        for plan in ledger.plans {
            var covered = linesByPlan[plan.id] ?? []
            plan.sections.forEach { covered.formUnion($0.lines) }
            plan.preamble.forEach { covered.insert($0.line) }
            plan.fragments.forEach { covered.insert($0.line) }
            covered.formUnion(plan.source.blankLines)
            let missing = (1...max(1, plan.source.lineCount)).filter { !covered.contains($0) }
            if plan.source.lineCount > 0, !missing.isEmpty {
                let shown = missing.prefix(10).map(String.init).joined(separator: ", ")
                problems.append(Problem(where_: "\(plan.id.rawValue) (\(plan.source.fileName))",
                                        message: "\(missing.count) source line(s) not accounted for: \(shown)"))
            }
            for s in plan.sections where s.parent != nil && plan.section(s.parent) == nil {
                problems.append(Problem(where_: s.id.rawValue, message: "section with unknown parent"))
            }
        }
        for (id, problem) in ledger.detailProblems() {
            let what = ledger.plan(PlanID(id)) != nil ? "sections, preamble, fragments or warnings" : "details (text, notes or history)"
            problems.append(Problem(where_: id, message: "\(what) unreadable at byte \(problem.offset): \(problem.message)"))
        }
        for (alias, canonical) in ledger.aliases where ledger.aliases[canonical] != nil {
            problems.append(Problem(where_: "aliases", message: "\(alias) → \(canonical) points to another alias"))
        }
        return problems
    }
}
