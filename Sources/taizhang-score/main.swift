import Foundation
import TaizhangCore

// Imports every document of the plan corpus (and the seeds) and compares what the importer
// read with what a person read: task recall, extra tasks, unit F1, lead accuracy, leader
// accuracy, time-limit text and resolved date. `scripts/import-score` runs it; with
// `--floors FILE` it fails when any overall figure falls below the floor recorded there.

struct ScoreOptions {
    var corpus = "Tests/Fixtures/plans"
    var root = "."
    var details: Set<String> = []
    var allDetails = false
    var floors: String?
    var json: String?
    var only: Set<String> = []
    var readers = false

    init(_ args: [String]) throws {
        var i = 1
        func value() throws -> String {
            i += 1
            guard i < args.count else { throw ScoreError("\(args[i - 1]) needs a value") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--corpus": corpus = try value()
            case "--root": root = try value()
            case "--details": allDetails = true
            case "--detail": details.insert(try value())
            case "--floors": floors = try value()
            case "--json": json = try value()
            case "--only": only.insert(try value())
            case "--readers": readers = true
            default: throw ScoreError("unknown option \(args[i]) (--corpus DIR --root DIR --only NAME --detail NAME --details --floors FILE --json FILE)")
            }
            i += 1
        }
    }
}

func run() throws -> Int32 {
    let options = try ScoreOptions(CommandLine.arguments)
    var documents = try CorpusDocument.all(in: options.corpus, root: options.root)
    if !options.only.isEmpty { documents = documents.filter { options.only.contains($0.name) } }
    guard !documents.isEmpty else { throw ScoreError("no *.expected.json in \(options.corpus)") }
    let started = Date()
    var scores: [DocumentScore] = []
    for doc in documents {
        guard let data = FileManager.default.contents(atPath: doc.sourcePath) else {
            throw ScoreError("\(doc.name): cannot read \(doc.sourcePath)")
        }
        let importOptions = ImportOptions(actor: "score", now: Timestamp(seconds: 1_700_000_000))
        var tasks: [LedgerTask] = [], refusal: String?, layout = ""
        do {
            let result = try PlanImporter.read(bytes: [UInt8](data), fileName: (doc.sourcePath as NSString).lastPathComponent,
                                               options: importOptions, ledger: Ledger())
            tasks = result.tasks
            layout = result.plan.source.layout
        } catch {
            refusal = "\(error)"
        }
        if options.readers { print("## \(doc.name)\n" + LayoutReport.describe([UInt8](data), fileName: doc.sourcePath)) }
        var score = Scorer(expected: doc.expected).score(name: doc.name, tasks: tasks, refusal: refusal)
        score.readAs = layout
        scores.append(score)
    }
    let elapsed = Date().timeIntervalSince(started)
    let report = ScoreReport(documents: scores)
    print(report.table())
    for s in scores where options.allDetails || options.details.contains(s.name) {
        print("\n## \(s.name) (read as \(s.readAs))" + (s.refusal.map { " — refused: \($0)" } ?? ""))
        s.differences.forEach { print("  " + $0) }
    }
    print(String(format: "\n%d documents imported and scored in %.2f s", scores.count, elapsed))
    if let json = options.json {
        try Data(report.json().utf8).write(to: URL(fileURLWithPath: json))
    }
    if let floors = options.floors {
        let failures = try report.belowFloors(Floors.load(floors))
        for f in failures { FileHandle.standardError.write(Data("below floor: \(f)\n".utf8)) }
        if !failures.isEmpty { return 1 }
        print("every figure is at or above its floor (\(floors))")
    }
    return 0
}

do {
    exit(try run())
} catch {
    FileHandle.standardError.write(Data("taizhang-score: \(error)\n".utf8))
    exit(2)
}
