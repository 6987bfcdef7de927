import Foundation

/// One row of the comparison: Taizhang's figure, Taskwarrior's, and their ratio.
struct BenchRow: Codable {
    var size: Int
    var name: String
    var taizhang: Figure
    var taskwarrior: Figure?
    var note: String?
    var unit = "s"

    /// Taizhang / Taskwarrior: below 1 means Taizhang is faster (or smaller).
    var ratio: Double? { taskwarrior.map { taizhang.median / max($0.median, 1e-9) } }
}

extension Figure {
    init(single value: Double) { self.init(median: value, min: value, max: value, maxRSSKilobytes: 0, failures: 0) }
}

struct BenchReport {
    private(set) var rows: [BenchRow] = []

    mutating func add(_ row: BenchRow) {
        rows.append(row)
        // Unbuffered, so a long run shows each row as it is measured.
        FileHandle.standardOutput.write(Data((Self.line(row) + "\n").utf8))
    }

    static func line(_ r: BenchRow) -> String {
        func cell(_ f: Figure?) -> String {
            guard let f else { return String(repeating: " ", count: 30) }
            if r.unit == "MB" { return String(format: "%8.1f MB%20s", f.median, "") }
            if f.min == f.max { return String(format: "%8.3f s%21s", f.median, "") }
            let mem = f.maxRSSKilobytes > 0 ? String(format: "%6.0f MB", Double(f.maxRSSKilobytes) / 1024) : "        "
            return String(format: "%8.3f s (%.3f–%.3f) %@", f.median, f.min, f.max, mem)
        }
        let size = r.size == 0 ? "seeds" : String(r.size)
        let ratio = r.ratio.map { String(format: "%7.3f (%5.1f×)", $0, 1 / $0) } ?? ""
        var s = size.padding(toLength: 8, withPad: " ", startingAt: 0) + " " + r.name.padding(toLength: 60, withPad: " ", startingAt: 0)
            + " " + cell(r.taizhang) + "  " + cell(r.taskwarrior) + "  " + ratio
        if let note = r.note { s += "\n" + String(repeating: " ", count: 9) + note }
        if r.taizhang.failures > 0 || (r.taskwarrior?.failures ?? 0) > 0 {
            s += "  [failed runs: Taizhang \(r.taizhang.failures), Taskwarrior \(r.taskwarrior?.failures ?? 0)]"
        }
        return s
    }

    func printTable() {
        print("\nsize     row" + String(repeating: " ", count: 58) + "Taizhang median (min–max) peak    "
              + "Taskwarrior median (min–max) peak  Taizhang/Taskwarrior (speed-up)")
        for r in rows { print(Self.line(r)) }
    }

    func write(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(rows).write(to: URL(fileURLWithPath: path))
    }
}

/// Counting what concurrent editors left behind.
enum Concurrency {
    /// `editors` processes each adding `edits` notes as fast as they can, even edits to their
    /// own task and odd ones to a task shared with a neighbour; then the notes that landed.
    static func editTaizhang(binary: String, ids: [String], editors: Int, edits: Int,
                             env: [String: String]) -> (ProcessTimer.Concurrent, lost: Int) {
        ProcessTimer.export(env)
        let run = ProcessTimer.concurrently(editors: editors, edits: edits) { e, k in
            [binary, "set", ids[k % 2 == 0 ? e * 2 : (e ^ 1) * 2 + 1], "--note", "editor \(e) edit \(k)"]
        }
        return (run, editors * edits - countNotes(binary: binary, ids: ids, env: env))
    }

    /// The ids of a ledger's tasks, in ledger order.
    static func taskIDs(binary: String, env: [String: String]) -> [String] {
        ProcessTimer.export(env)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ids-\(getpid()).json").path
        _ = ProcessTimer.run([binary, "list", "--format", "json"], output: out)
        guard let data = FileManager.default.contents(atPath: out),
              let tasks = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return tasks.compactMap { $0["id"] as? String }
    }

    static func countNotes(binary: String, ids: [String], env: [String: String]) -> Int {
        ProcessTimer.export(env)
        var found = 0
        for id in Set(ids) {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("show-\(getpid()).json").path
            _ = ProcessTimer.run([binary, "show", id, "--format", "json"], output: out)
            if let data = FileManager.default.contents(atPath: out),
               let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
               let notes = obj["notes"] as? [[String: Any]] {
                found += notes.filter { ($0["text"] as? String)?.hasPrefix("editor ") == true }.count
            }
        }
        return found
    }

    static func countAnnotations(_ tw: Taskwarrior, ids: [String]) -> Int {
        ProcessTimer.export(tw.environment)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tw-\(getpid()).json").path
        _ = ProcessTimer.run(tw.argv(Set(ids).joined(separator: ","), "export"), output: out)
        guard let data = FileManager.default.contents(atPath: out),
              let tasks = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return 0 }
        return tasks.flatMap { ($0["annotations"] as? [[String: Any]]) ?? [] }
            .filter { ($0["description"] as? String)?.hasPrefix("editor ") == true }.count
    }

    static func size(_ store: String) -> Int {
        [store, store + ".journal"].reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    }
}
