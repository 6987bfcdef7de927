import Foundation
import TaizhangCore

/// Builds large ledgers of realistic tasks for the benchmark: Chinese text drawn from the
/// seed plans, 200 tasks a plan, 3 notes and 5 history entries a task, due dates spread over
/// five years so that about a third are overdue at the benchmark's as-of day.
struct LedgerGenerator {
    let sentences: [String]
    let units: [String]
    var rng: SplitMix

    init(seedsDirectory: String, seed: UInt64 = 42) throws {
        var sentences: [String] = []
        var units = Set<String>()
        let files = try FileManager.default.contentsOfDirectory(atPath: seedsDirectory).filter { $0.hasSuffix(".txt") }.sorted()
        for f in files {
            let r = try PlanImporter.read(file: seedsDirectory + "/" + f, options: ImportOptions(actor: "bench", now: Timestamp(seconds: 0)),
                                          ledger: Ledger())
            for t in r.tasks {
                sentences += t.text.split(separator: "。").map { String($0) + "。" }.filter { $0.count > 12 }
                t.units.forEach { units.insert($0.name) }
            }
        }
        self.sentences = sentences
        self.units = units.sorted()
        rng = SplitMix(seed: seed)
    }

    /// Due days run from 2019-01-01 to 2023-12-31; with as-of 2020-09-01 about a third are past.
    static let asOf = Day(year: 2020, month: 9, day: 1)!
    static let firstDue = Day(year: 2019, month: 1, day: 1)!

    mutating func ledger(tasks count: Int) -> Ledger {
        var plans: [Plan] = []
        var tasks: [LedgerTask] = []
        tasks.reserveCapacity(count)
        let planCount = (count + 199) / 200
        for p in 0..<planCount {
            let id = PlanID(String(format: "B%04d", p))
            let sections = (1...5).map { s in
                Section(id: SectionID("\(id.rawValue)/\(s)"), parent: nil, depth: 1, marker: ChineseNumber.text(s),
                        title: pick(sentences).prefix(18) + "", lines: [])
            }
            let source = SourceInfo(fileName: "bench-\(p).txt", checksum: String(format: "%064x", p), encoding: "UTF-8",
                                    layout: "generated", lineCount: 0, importedAt: Timestamp(seconds: 1_577_836_800), importedBy: "bench")
            plans.append(Plan(id: id, title: "基准测试方案\(p)", year: 2020, yearSource: .flag, source: source, sections: sections))
            for n in 1...min(200, count - p * 200) { tasks.append(task(plan: id, number: n, sections: sections)) }
        }
        return Ledger(plans: plans, tasks: tasks)
    }

    private mutating func task(plan: PlanID, number: Int, sections: [Section]) -> LedgerTask {
        let text = (0..<Int(rng.next() % 2 + 1)).map { _ in pick(sentences) }.joined()
        var t = LedgerTask(id: TaskID("\(plan.rawValue)-\(number)"), plan: plan, section: sections[(number - 1) / 40].id,
                           number: String(number), ordinal: number, text: text)
        let lead = pick(units), support = pick(units)
        t.units = [UnitAssignment(name: lead, role: .lead, level: .task), UnitAssignment(name: support, role: .support, level: .task)]
        t.unitCells = [UnitCell(level: .task, written: lead + "牵头," + support + "配合")]
        let due = Day(ordinal: Self.firstDue.ordinal + Int(rng.next() % 1826))
        t.deadline = Deadline(text: "\(due.month)月底前", kind: .date, date: due)
        let statuses: [TaskStatus] = [.notStarted, .inProgress, .inProgress, .done, .blocked]
        t.status = statuses[Int(rng.next() % 5)]
        let base = 1_577_836_800 + Int(rng.next() % 20_000_000)
        for k in 0..<3 {
            t.notes.append(Note(at: Timestamp(seconds: base + k * 86_400 * 20), by: "officer\(rng.next() % 40)",
                                text: "已按要求推进,相关信息已在政府网站公开 http://www.gov.cn/xxgk/\(rng.next() % 100_000)"))
        }
        for k in 0..<5 {
            t.history.append(Change(at: Timestamp(seconds: base + k * 3600), by: "officer\(rng.next() % 40)", field: "status",
                                    old: "not-started", new: "in-progress"))
        }
        return t
    }

    private mutating func pick(_ items: [String]) -> String { items[Int(rng.next() % UInt64(items.count))] }
}

/// Copies of the seed plans for the import row: `copies` of each, each a distinct document
/// (its own name and a last line that changes its checksum).
enum SeedCopies {
    static func write(seeds: String, copies: Int, to dir: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds).filter { $0.hasSuffix(".txt") }.sorted()
        var out: [String] = []
        for c in 0..<copies {
            for f in files {
                let text = try String(contentsOfFile: seeds + "/" + f, encoding: .utf8)
                let path = dir + "/\(c)-" + f
                try (text + "\n备注:基准测试副本 \(c)\n").write(toFile: path, atomically: false, encoding: .utf8)
                out.append(path)
            }
        }
        return out
    }
}

/// A small deterministic random generator, so every run builds the same ledger.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum ChineseNumber {
    static func text(_ n: Int) -> String { ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][min(n, 10)] }
}
