import Foundation
import TaizhangCore

// `scripts/bench`: Taizhang beside Taskwarrior on the same tasks, as whole processes.
//
//   taizhang-bench --binary PATH --seeds DIR [--sizes 10000,100000] [--runs 5]
//                  [--editors 8] [--edits 50] [--copies 100] [--json FILE] [--no-taskwarrior]
//
// Children do the heavy preparation (`generate`, `seed-tasks`), so that the measuring process
// stays small: a spawned child's peak memory counts its parent's pages until it execs.

let args = CommandLine.arguments
if args.count == 5, args[1] == "generate", let n = Int(args[2]) {
    // generate N STORE SEEDS: a ledger of N tasks, and the same tasks for Taskwarrior (STORE.tw.json).
    var generator = try LedgerGenerator(seedsDirectory: args[4])
    let ledger = generator.ledger(tasks: n)
    try LedgerStore(path: args[3]).rewrite(.import, by: "bench") { $0 = ledger }
    try TaskwarriorExport.lines(ledger).write(to: URL(fileURLWithPath: args[3] + ".tw.json"))
    exit(0)
}
if args.count == 5, args[1] == "import-table", let n = Int(args[2]) {
    // import-table N FILE SEEDS: a |-table plan of N rows (ImportTable).
    let generator = try LedgerGenerator(seedsDirectory: args[4])
    try ImportTable.write(rows: n, sentences: generator.sentences, to: args[3])
    exit(0)
}
if args.count == 4, args[1] == "middle-id" {
    // middle-id STORE OUT: the id of the ledger's middle task, and its position (1-based).
    let ledger = try LedgerStore(path: args[2]).load().ledger
    let middle = ledger.tasks.count / 2
    try "\(ledger.tasks[middle].id.rawValue) \(middle + 1)\n".write(toFile: args[3], atomically: false, encoding: .utf8)
    exit(0)
}
if args.count == 4, args[1] == "load", let runs = Int(args[3]) {
    // load STORE RUNS: the time to load a ledger inside one process (min and median), to
    // see the load apart from process start and output.
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        let ledger = try LedgerStore(path: args[2]).load().ledger
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        precondition(!ledger.tasks.isEmpty)
    }
    let first = times[0]
    times.sort()
    print(String(format: "load: first %.1f ms, min %.1f ms, median %.1f ms (%d runs)", first, times[0], times[times.count / 2], runs))
    exit(0)
}
if args.count == 4, args[1] == "seed-tasks" {
    // seed-tasks STORE OUT: the tasks of an imported ledger, for `task import`.
    let ledger = try LedgerStore(path: args[2]).load().ledger
    try TaskwarriorExport.lines(ledger).write(to: URL(fileURLWithPath: args[3]))
    exit(0)
}

let options = BenchOptions(args)
let work = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: work) }
let withTaskwarrior = options.taskwarrior && Taskwarrior.available
if options.taskwarrior && !Taskwarrior.available { print("Taskwarrior is not installed: its rows are skipped") }
var report = BenchReport()

func taizhang(_ a: String...) -> [String] { [options.binary] + a }

// --- import: the five seeds, and the seeds ×copies as separate plans
let seedFiles = try FileManager.default.contentsOfDirectory(atPath: options.seeds).filter { $0.hasSuffix(".txt") }.sorted()
    .map { options.seeds + "/" + $0 }
report.add(BenchRow(size: 0, name: "import the five seeds", taizhang: ProcessTimer.measure(runs: options.runs,
    [options.binary, "import"] + seedFiles, environment: ["TAIZHANG_STORE": work + "/seeds/ledger.json"],
    before: { try? FileManager.default.removeItem(atPath: work + "/seeds") })))
let copies = try SeedCopies.write(seeds: options.seeds, copies: options.copies, to: work + "/copies")
let copiesStore = work + "/copies-ledger/ledger.json"
let tzImport = ProcessTimer.measure(runs: max(1, options.runs / 2), [options.binary, "import", "--new"] + copies,
    environment: ["TAIZHANG_STORE": copiesStore], before: { try? FileManager.default.removeItem(atPath: work + "/copies-ledger") })
_ = ProcessTimer.run([options.binary, "import", "--new"] + copies, environment: ["TAIZHANG_STORE": copiesStore])
var twImport: Figure?
if withTaskwarrior {
    _ = ProcessTimer.run([args[0], "seed-tasks", copiesStore, work + "/copies.tw.json"])
    twImport = ProcessTimer.measure(runs: max(1, options.runs / 2), ["/usr/bin/task", "rc:\(work)/tw-import/taskrc",
        "rc.data.location=\(work)/tw-import/data", "import", work + "/copies.tw.json"],
        before: { try? FileManager.default.removeItem(atPath: work + "/tw-import"); _ = try? Taskwarrior(directory: work + "/tw-import") })
}
report.add(BenchRow(size: copies.count, name: "import \(copies.count) plans (seeds ×\(options.copies))", taizhang: tzImport, taskwarrior: twImport))

// --- the seeds ×copies ledger (16,900 tasks of the seeds' real text): every list and report
if withTaskwarrior { _ = try Taskwarrior(directory: work + "/tw-import") }
SeedLedgerRows.measure(binary: options.binary, bench: args[0], store: copiesStore, size: copies.count * 169 / 5, runs: options.runs,
                       taskwarrior: withTaskwarrior ? try Taskwarrior(directory: work + "/tw-import") : nil, into: &report)

// --- import in linear time: generated tables of 1,000 … 100,000 rows
var importTimes: [(rows: Int, seconds: Double)] = []
for rows in options.importRows {
    let file = work + "/table-\(rows).txt"
    guard ProcessTimer.run([args[0], "import-table", String(rows), file, options.seeds]).status == 0 else {
        fatalError("generating a table of \(rows) rows failed")
    }
    let mb = Double((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0) / 1_048_576
    let store = work + "/table-\(rows)/ledger.json"
    // A 100,000-row import takes minutes: one timed run after the warm-up.
    let runs = rows >= 100_000 ? 1 : min(options.runs, 3)
    let figure = ProcessTimer.measure(runs: runs, [options.binary, "import", file], environment: ["TAIZHANG_STORE": store],
                                      before: { try? FileManager.default.removeItem(atPath: work + "/table-\(rows)") })
    let growth = importTimes.last.map { String(format: "; ×%.1f the time of %d rows", figure.median / $0.seconds, $0.rows) } ?? ""
    report.add(BenchRow(size: rows, name: String(format: "import a %d-row table (%.1f MB)", rows, mb), taizhang: figure,
                        note: "whole process, a new ledger each run" + growth))
    importTimes.append((rows, figure.median))
    try? FileManager.default.removeItem(atPath: file)
}

// --- the seed ledger (169 tasks): the first screen, and the save latency of 8 concurrent editors
do {
    let store = work + "/seed-ledger/ledger.json"
    let env = ["TAIZHANG_STORE": store, "LANG": "C.UTF-8"]
    _ = ProcessTimer.run([options.binary, "import"] + seedFiles, environment: env)
    report.add(BenchRow(size: 169, name: "open the seed ledger: first screen",
                        taizhang: ProcessTimer.measureFirstScreen(runs: options.runs, [options.binary],
            environment: env.merging(["TAIZHANG_TODAY": "2021-10-15", "TERM": "xterm-256color"]) { $1 }, marker: "2021-10-15")))
    // Pairs of editors share a task: the first tasks of the plans, in ledger order.
    let ids = Concurrency.taskIDs(binary: options.binary, env: env).prefix(options.editors * 2).map { $0 }
    let (run, lost) = Concurrency.editTaizhang(binary: options.binary, ids: ids, editors: options.editors,
                                               edits: options.edits, env: env)
    report.add(BenchRow(size: 169, name: "\(options.editors) editors × \(options.edits) edits on the seed ledger",
                        taizhang: Figure(single: run.seconds),
                        note: String(format: "lost: Taizhang %d (%d commands failed), save latency median %.3f s, p95 %.3f s",
                                     lost, run.failed, run.median, run.p95)))
}

// --- generated ledgers
let asOf = LedgerGenerator.asOf.iso
for size in options.sizes {
    let store = work + "/\(size)/ledger.json"
    guard ProcessTimer.run([args[0], "generate", String(size), store, options.seeds]).status == 0 else {
        fatalError("generating \(size) tasks failed")
    }
    let env = ["TAIZHANG_STORE": store, "TAIZHANG_TODAY": asOf, "LANG": "C.UTF-8", "TERM": "xterm-256color"]
    let middle = String(format: "B%04d-%d", (size / 2) / 200, (size / 2) % 200 + 1)
    let unit = "区市场监管局"
    var tw: Taskwarrior?
    if withTaskwarrior {
        tw = try Taskwarrior(directory: work + "/\(size)/tw")
        let started = Date()
        _ = ProcessTimer.run(tw!.argv("import", store + ".tw.json"))
        print(String(format: "%8d  (Taskwarrior import of the generated tasks: %.1f s)", size, Date().timeIntervalSince(started)))
    }
    func both(_ name: String, _ tz: [String], _ twArgs: [String]?) {
        let t = ProcessTimer.measure(runs: options.runs, tz, environment: env)
        let w = (tw != nil && twArgs != nil) ? ProcessTimer.measure(runs: options.runs, twArgs!, environment: tw!.environment) : nil
        report.add(BenchRow(size: size, name: name, taizhang: t, taskwarrior: w))
    }
    let firstScreen = ProcessTimer.measureFirstScreen(runs: options.runs, [options.binary], environment: env, marker: asOf)
    report.add(BenchRow(size: size, name: "open: first screen / task count", taizhang: firstScreen,
                        taskwarrior: tw.map { ProcessTimer.measure(runs: options.runs, $0.argv("count"), environment: $0.environment) }))
    both("overdue: list --overdue --format json / task +OVERDUE export", taizhang("list", "--overdue", "--format", "json"),
         tw?.argv("+OVERDUE", "export"))
    both("by unit: list --unit U --format json / task +U export", taizhang("list", "--unit", unit, "--format", "json"),
         tw?.argv("+" + TaskwarriorExport.tag(unit), "export"))
    both("one edit: set ID --note / task ID annotate", taizhang("set", middle, "--note", "基准测试进展 http://www.gov.cn/x"),
         tw?.argv("500", "annotate", "基准测试进展 http://www.gov.cn/x"))
    report.add(BenchRow(size: size, name: "read the ledger file (cat): the floor", taizhang: ProcessTimer.measure(runs: options.runs, ["/bin/cat", store])))

    // --- concurrent editors: every edit is a note naming its editor; afterwards count them
    let editors = options.editors, edits = options.edits
    let tzIDs = (0..<(editors * 2)).map { String(format: "B%04d-%d", $0 / 4, $0 % 4 * 7 + 1) }
    let binary = options.binary
    let (tzRun, tzLost) = Concurrency.editTaizhang(binary: binary, ids: tzIDs, editors: editors, edits: edits, env: env)
    var twRun: ProcessTimer.Concurrent?, twLost: Int?
    if let tw {
        ProcessTimer.export(tw.environment)
        let twIDs = (0..<(editors * 2)).map { String($0 + 1) }
        let rc = tw.argv()
        twRun = ProcessTimer.concurrently(editors: editors, edits: edits) { e, k in
            rc + [twIDs[k % 2 == 0 ? e * 2 : (e ^ 1) * 2 + 1], "annotate", "editor \(e) edit \(k)"]
        }
        twLost = editors * edits - Concurrency.countAnnotations(tw, ids: twIDs)
    }
    report.add(BenchRow(size: size, name: "\(editors) editors × \(edits) edits: total time",
                        taizhang: Figure(single: tzRun.seconds), taskwarrior: twRun.map { Figure(single: $0.seconds) },
                        note: String(format: "lost: Taizhang %d (%d commands failed), save latency median %.3f s, p95 %.3f s",
                                     tzLost, tzRun.failed, tzRun.median, tzRun.p95)
                            + (twLost.map { String(format: "; Taskwarrior %d (%d commands failed), median %.3f s, p95 %.3f s",
                                                   $0, twRun!.failed, twRun!.median, twRun!.p95) } ?? "")))
    report.add(BenchRow(size: size, name: "ledger size on disk (MB)",
                        taizhang: Figure(single: Double(Concurrency.size(store)) / 1_048_576),
                        taskwarrior: tw.map { Figure(single: Double($0.sizeOnDisk) / 1_048_576) }, unit: "MB"))
}

report.printTable()
if let json = options.json {
    try report.write(json)
    print("figures written to \(json)")
}
