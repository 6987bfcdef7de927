import Foundation
@testable import TaizhangCore

/// The parsers that read bytes from outside, each with what must hold for every input.
///
/// Built with `-sanitize=fuzzer` (`scripts/fuzz`), libFuzzer mutates inputs and calls the
/// target chosen by `TAIZHANG_FUZZ`; a trap or a failed `require` is a crash it reports and
/// keeps. Built normally, `taizhang-fuzz` runs every file of the committed corpus through all
/// targets, so the corpus is a regression test too.
///
/// The oracle is Foundation's `JSONSerialization` (issue 12): the store's reader accepts
/// exactly the JSON texts it accepts, and the snapshot, journal and access readers accept
/// nothing it refuses (they may refuse more: a ledger is JSON of a particular shape).
enum FuzzTarget: String, CaseIterable {
    case json, snapshot, journal, access, `import`

    static var current: FuzzTarget {
        ProcessInfo.processInfo.environment["TAIZHANG_FUZZ"].flatMap(FuzzTarget.init(rawValue:)) ?? .json
    }

    func run(_ bytes: [UInt8]) {
        switch self {
        case .json: Self.json(bytes)
        case .snapshot: Self.snapshot(bytes)
        case .journal: Self.journal(bytes)
        case .access: Self.access(bytes)
        case .import: Self.importPlan(bytes)
        }
    }

    /// A failed property: libFuzzer reports it as a crash, with the input.
    static func require(_ condition: Bool, _ what: @autoclosure () -> String) {
        if !condition { fatalError("property failed: " + what()) }
    }

    /// Documents whose top level is an object or array, as the store's always are. (Fragments
    /// are left out: JSONSerialization accepts a top-level number followed by a NUL byte and
    /// anything after it, `1\0x`, which no JSON grammar allows; found by this fuzzer.)
    static func oracleAccepts(_ bytes: some Collection<UInt8>) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: [])) != nil
    }

    /// Any JSON document: the reader and JSONSerialization agree on every input.
    static func json(_ bytes: [UInt8]) {
        let ours: Bool = bytes.withUnsafeBytes { buf in
            var r = JSONReader.document(buf)
            guard let first = r.peek(), first == 0x7B || first == 0x5B else { return false }
            do { try r.skip(); return r.atEnd } catch { return false }
        }
        // JSONSerialization also reads UTF-16 and UTF-32, which it guesses from NUL bytes among
        // the first four (`\0{\0}` is "{}" in UTF-16) or a byte-order mark; the store reads
        // UTF-8 only, as RFC 8259 asks of exchanged JSON. Found by this fuzzer.
        if bytes.prefix(4).contains(0) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return }
        require(ours == oracleAccepts(bytes), "reader \(ours ? "accepts" : "refuses") what JSONSerialization does not")
    }

    /// A ledger snapshot: decoded whole, details included; what decodes is valid JSON and
    /// survives encoding and decoding again unchanged. The partial reader must not trap either.
    static func snapshot(_ bytes: [UInt8]) {
        let decoded = bytes.withUnsafeBytes { buf in try? SnapshotCodec.decode(buf) }
        _ = bytes.withUnsafeBytes { buf in try? SnapshotCodec.decodePartial(buf, ids: [TaskID("T20-1"), TaskID("HD21-3")]) }
        guard let (ledger, header) = decoded else { return }
        require(oracleAccepts(bytes), "a snapshot JSONSerialization refuses was read")
        let again = SnapshotCodec.encode(ledger, header: header)
        let round = again.withUnsafeBytes { buf in try? SnapshotCodec.decode(buf) }
        require(round?.0.tasks == ledger.tasks && round?.0.plans == ledger.plans, "a decoded snapshot does not encode back")
        listsCopyWhatTheyWouldDecode(bytes)
    }

    /// A JSON list copies details and review marks from the mapped file when they are as
    /// the writer writes them (`VerbatimDetails`, `LazyReview.withVerbatim`): the list is
    /// byte for byte the one made once every task's details are decoded, and a copied review
    /// array is what its marks decode to, written. (Not the list of the file decoded whole:
    /// a key written twice in a task's details is read first-wins there and last-wins in
    /// a whole decode, both before and after copying; found by this fuzzer.)
    static func listsCopyWhatTheyWouldDecode(_ bytes: [UInt8]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-fuzz-\(getpid()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)),
              let lazy = try? SnapshotFile(path: path, permissions: FilePermissions(directory: "/tmp")).read(only: nil).ledger else { return }
        let day = Day(year: 2021, month: 10, day: 15)!
        let copied = TaskJSON.array(lazy.tasks, ledger: lazy, asOf: day)
        for t in lazy.tasks {
            _ = t.details(.all)
            guard let review = t.lazyReview, let raw = review.withVerbatim({ Array($0) }) else { continue }
            var w = JSONWriter(capacity: 0)
            w.array(review.flags) { f, w in ModelCodec.write(f, to: &w) }
            require(w.bytes == raw, "a review array copied from the file is not what its marks decode to")
        }
        require(copied == TaskJSON.array(lazy.tasks, ledger: lazy, asOf: day), "a list copied from the file is not the decoded one")
    }

    /// A journal: every line read as a record is valid JSON; applying the records to a small
    /// ledger and asking for their inverse never traps.
    static func journal(_ bytes: [UInt8]) {
        let audit = bytes.withUnsafeBytes { JournalAudit.run($0) }
        var ledger = SampleLedgerSeed.ledger
        for line in audit.lines {
            require(oracleAccepts(bytes[line.range]), "journal line \(line.number) read, JSONSerialization refuses it")
            guard case .edit(let e) = line.record else { continue }
            _ = ledger.inverse(of: e.edit)
            if (try? ledger.validate(e.edit)) != nil { ledger.apply(e) }
        }
    }

    /// access.json: JSONDecoder either reads it or says why; what it reads is valid JSON.
    static func access(_ bytes: [UInt8]) {
        guard let policy = try? AccessPolicy.decode(bytes, file: "access.json") else { return }
        require(oracleAccepts(bytes), "an access file JSONSerialization refuses was read")
        require((try? AccessPolicy.decode(policy.encoded(), file: "access.json")) == policy, "access file does not encode back")
    }

    /// A plan document, as text, CSV, Word or Excel (the first byte picks the name): read,
    /// laid out and built against a small ledger. Never a trap; libFuzzer's -timeout bounds the time.
    static func importPlan(_ bytes: [UInt8]) {
        guard let kind = bytes.first else { return }
        let names = ["plan.txt", "plan.csv", "plan.docx", "plan.xlsx"]
        let options = ImportOptions(year: nil, code: nil, actor: "fuzz", now: Timestamp(seconds: 1_634_256_000))
        var ledger = SampleLedgerSeed.ledger
        if let result = try? PlanImporter.read(bytes: Array(bytes.dropFirst()), fileName: names[Int(kind) % names.count],
                                               options: options, ledger: ledger) {
            PlanImporter.apply(result, to: &ledger)
        }
    }
}

/// A small ledger for journals and re-imports to meet: two plans of two tasks.
enum SampleLedgerSeed {
    static let ledger: Ledger = {
        var tasks: [LedgerTask] = []
        var plans: [Plan] = []
        for p in 20...21 {
            let id = PlanID("T\(p)")
            let source = SourceInfo(fileName: "plan\(p).txt", checksum: String(repeating: "a", count: 64), encoding: "UTF-8",
                                    layout: "pipe-table", lineCount: 3, importedAt: Timestamp(seconds: 1_600_000_000), importedBy: "seed")
            plans.append(Plan(id: id, title: "方案\(p)", year: 2021, yearSource: .title, source: source, sections: []))
            for n in 1...2 {
                var t = LedgerTask(id: TaskID("T\(p)-\(n)"), plan: id, section: nil, number: "\(n)", ordinal: n, text: "任务\(n)")
                t.units = [UnitAssignment(name: "区市场监管局", role: .lead, level: .task)]
                tasks.append(t)
            }
        }
        return Ledger(plans: plans, tasks: tasks, aliases: [:])
    }()
}
