import Foundation
import TaizhangCore

/// The same tasks as a Taskwarrior 2.6 import: a project per plan and section, a tag per
/// unit, the due day, notes as annotations, and statuses mapped (done → completed,
/// cancelled → deleted, the rest pending).
enum TaskwarriorExport {
    static func lines(_ ledger: Ledger) -> Data {
        var out = Data()
        out.append(contentsOf: Array("[\n".utf8))
        for (i, t) in ledger.tasks.enumerated() {
            var obj: [String: Any] = [
                "uuid": uuid(i),
                "description": t.text,
                "project": t.plan.rawValue + "." + (t.section?.rawValue.split(separator: "/").last.map(String.init) ?? "0"),
                "tags": Array(Set(t.units.map { tag($0.name) })).sorted(),
                "entry": stamp(Timestamp(seconds: 1_577_836_800)),
            ]
            if let due = t.deadline.date { obj["due"] = stamp(Timestamp(seconds: due.ordinal * 86400)) }
            switch t.status {
            case .done: obj["status"] = "completed"; obj["end"] = stamp(t.notes.last?.at ?? Timestamp(seconds: 1_590_000_000))
            case .cancelled: obj["status"] = "deleted"; obj["end"] = stamp(Timestamp(seconds: 1_590_000_000))
            default: obj["status"] = "pending"
            }
            obj["annotations"] = t.notes.map { ["entry": stamp($0.at), "description": $0.text] }
            let json = try! JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])
            out.append(json)
            out.append(contentsOf: Array((i == ledger.tasks.count - 1 ? "\n" : ",\n").utf8))
        }
        out.append(contentsOf: Array("]\n".utf8))
        return out
    }

    /// Taskwarrior tags cannot hold spaces or some punctuation; unit names rarely do.
    static func tag(_ unit: String) -> String {
        String(unit.map { " +-:()（）".contains($0) ? "_" : $0 })
    }

    static func stamp(_ t: Timestamp) -> String {
        t.iso.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }

    private static func uuid(_ i: Int) -> String {
        String(format: "7a1e0000-0000-4000-8000-%012x", i)
    }
}

/// A private Taskwarrior database: its own data directory and rc file.
struct Taskwarrior {
    let directory: String
    var environment: [String: String] { ["TASKRC": directory + "/taskrc", "TASKDATA": directory + "/data"] }

    init(directory: String) throws {
        self.directory = directory
        try FileManager.default.createDirectory(atPath: directory + "/data", withIntermediateDirectories: true)
        let rc = "data.location=\(directory)/data\nconfirmation=off\nverbose=nothing\nhooks=off\nrecurrence=off\n"
        try rc.write(toFile: directory + "/taskrc", atomically: true, encoding: .utf8)
    }

    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/task") }

    /// The rc file and data location on the command line: they then win over any TASKRC or
    /// TASKDATA in the environment (a run at one size must not use another size's data).
    func argv(_ args: String...) -> [String] { argv(args) }

    func argv(_ args: [String]) -> [String] {
        ["/usr/bin/task", "rc:" + directory + "/taskrc", "rc.data.location=" + directory + "/data"] + args
    }

    var sizeOnDisk: Int {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/data")) ?? []
        return files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: directory + "/data/" + $1)[.size] as? Int) ?? 0) }
    }
}
