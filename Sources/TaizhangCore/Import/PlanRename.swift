/// Gives a freshly built plan another code: every id that starts with the old one.
///
/// Plans are built in parallel under the code their place and year suggest; one that turns
/// out to be taken (a second plan of 花都 2021) is renamed afterwards, which is cheaper than
/// building again.
enum PlanRename {
    static func rename(_ plan: Plan, _ tasks: [LedgerTask], to code: PlanID) -> (Plan, [LedgerTask]) {
        guard code != plan.id else { return (plan, tasks) }
        let old = plan.id.rawValue
        func section(_ id: SectionID?) -> SectionID? {
            id.map { SectionID(code.rawValue + $0.rawValue.dropFirst(old.count)) }
        }
        var p = plan
        p.id = code
        p.sections = plan.sections.map { s in
            var s = s
            s.id = section(s.id)!
            s.parent = section(s.parent)
            return s
        }
        let renamed = tasks.map { t -> LedgerTask in
            var t = t
            t.id = TaskID(code.rawValue + t.id.rawValue.dropFirst(old.count))
            t.plan = code
            t.section = section(t.section)
            return t
        }
        return (p, renamed)
    }
}
