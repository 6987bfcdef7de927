/// The whole ledger (or the part a filter selects) as one JSON document: plans with their
/// headings, preamble and unplaced fragments; merged unit names; tasks with notes and history.
///
/// The format is `taizhang-export` version 1; fields are added, never renamed (docs/export.md).
public enum LedgerJSON {
    public static func render(_ tasks: [LedgerTask], ledger: Ledger, asOf today: Day) -> [UInt8] {
        let planIDs = Set(tasks.map(\.plan))
        var w = JSONWriter(capacity: tasks.count * 1200 + 4096)
        w.byte(0x7B)
        w.key("format", first: true); w.string("taizhang-export")
        w.key("version"); w.int(1)
        w.key("asOf"); w.day(today)
        w.key("plans"); w.byte(0x5B)
        for (i, plan) in ledger.plans.filter({ planIDs.contains($0.id) }).enumerated() {
            w.raw(i == 0 ? "\n" : ",\n")
            ModelCodec.write(plan, to: &w)
        }
        w.raw("\n]")
        w.key("aliases"); w.byte(0x7B)
        for (i, (alias, canonical)) in ledger.aliases.sorted(by: { $0.key < $1.key }).enumerated() {
            w.key(dynamic: alias, first: i == 0); w.string(canonical)
        }
        w.byte(0x7D)
        w.key("tasks"); w.byte(0x5B)
        let placements = TaskPlacements(for: tasks, in: ledger, json: true)
        for (i, t) in tasks.enumerated() {
            w.raw(i == 0 ? "\n" : ",\n")
            TaskJSON.write(t, at: placements.entry(t.plan), ledger: ledger, asOf: today, to: &w, full: true, rules: .defaults)
        }
        w.raw("\n]}\n")
        return w.bytes
    }
}
