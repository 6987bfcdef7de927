import Foundation
import TaizhangCore

/// `scripts/bench`: times Taizhang's commands as whole processes on generated ledgers.
///
///     taizhang-bench --binary PATH --seeds DIR [--sizes 10000,100000] [--runs 5] [--json FILE]
struct BenchOptions {
    var binary = ""
    var seeds = "seeds"
    var sizes = [10_000, 100_000]
    var runs = 5
    var json: String?

    init(_ args: [String]) {
        var i = 1
        func value() -> String { i += 1; return i < args.count ? args[i] : "" }
        while i < args.count {
            switch args[i] {
            case "--binary": binary = value()
            case "--seeds": seeds = value()
            case "--sizes": sizes = value().split(separator: ",").compactMap { Int($0) }
            case "--runs": runs = Int(value()) ?? 5
            case "--json": json = value()
            default: FileHandle.standardError.write(Data("unknown option \(args[i])\n".utf8)); exit(2)
            }
            i += 1
        }
    }
}

struct Row: Codable {
    var size: Int
    var name: String
    var figure: Figure?
    var bytes: Int?
}

// `taizhang-bench generate N STORE SEEDS`: writes a generated ledger. Run as a child process,
// so that the measuring process stays small (a child's peak memory counts its parent's
// pages until it execs).
if CommandLine.arguments.count == 5, CommandLine.arguments[1] == "generate", let n = Int(CommandLine.arguments[2]) {
    var generator = try LedgerGenerator(seedsDirectory: CommandLine.arguments[4])
    let ledger = generator.ledger(tasks: n)
    try LedgerStore(path: CommandLine.arguments[3]).rewrite { $0 = ledger }
    exit(0)
}

let options = BenchOptions(CommandLine.arguments)
let work = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: work) }
var rows: [Row] = []
@MainActor func report(_ row: Row) {
    rows.append(row)
    let label = "\(row.size == 0 ? "seeds" : String(row.size))".padding(toLength: 8, withPad: " ", startingAt: 0)
    let name = row.name.padding(toLength: 34, withPad: " ", startingAt: 0)
    if let f = row.figure { print("\(label) \(name) \(f.text)") }
    if let b = row.bytes { print("\(label) \(name) \(String(format: "%7.1f MB", Double(b) / 1_048_576))") }
}

// 1. Import the five seeds into a fresh ledger.
let seedFiles = try FileManager.default.contentsOfDirectory(atPath: options.seeds).filter { $0.hasSuffix(".txt") }.sorted()
    .map { options.seeds + "/" + $0 }
let seedStore = work + "/seeds/ledger.json"
report(Row(size: 0, name: "import all five seeds", figure: ProcessTimer.measure(runs: options.runs,
    [options.binary, "import"] + seedFiles, environment: ["TAIZHANG_STORE": seedStore],
    before: { try? FileManager.default.removeItem(atPath: work + "/seeds") })))

// 2. Generated ledgers.
let asOf = LedgerGenerator.asOf.iso
for size in options.sizes {
    let store = work + "/\(size)/ledger.json"
    let generated = ProcessTimer.run([CommandLine.arguments[0], "generate", String(size), store, options.seeds])
    guard generated.status == 0 else { fatalError("generating \(size) tasks failed") }
    // Ids follow the generator's layout: plan B0000 … 200 tasks each.
    let middle = String(format: "B%04d-%d", (size / 2) / 200, (size / 2) % 200 + 1)
    let env = ["TAIZHANG_STORE": store, "TAIZHANG_TODAY": asOf]
    let size_ = (try? FileManager.default.attributesOfItem(atPath: store)[.size] as? Int) ?? 0
    report(Row(size: size, name: "ledger size on disk", bytes: size_))
    report(Row(size: size, name: "read the file (cat, page cache)", figure: ProcessTimer.measure(runs: options.runs, ["/bin/cat", store])))
    report(Row(size: size, name: "list --overdue --format json", figure: ProcessTimer.measure(runs: options.runs,
        [options.binary, "list", "--overdue", "--format", "json"], environment: env)))
    report(Row(size: size, name: "set ID --note (one edit)", figure: ProcessTimer.measure(runs: options.runs,
        [options.binary, "set", middle, "--note", "基准测试进展说明 http://www.gov.cn/x"], environment: env)))
    report(Row(size: size, name: "show ID", figure: ProcessTimer.measure(runs: options.runs,
        [options.binary, "show", middle], environment: env)))
}

if let json = options.json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(rows).write(to: URL(fileURLWithPath: json))
    print("figures written to \(json)")
}
