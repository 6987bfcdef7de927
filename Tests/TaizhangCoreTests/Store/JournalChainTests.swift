import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// The journal's hash chain: every kind of tampering is named at its line, the snapshot is
/// checked against its record, a rewrite waits for nobody, restore brings a backup back.
@Suite struct JournalChainTests {
    let dir = TempDir("chain")
    var path: String { dir.file("ledger.json") }
    let t1 = Timestamp(seconds: 1_700_000_000)

    /// A store with an import (line 2), four edits (lines 3-6) and a compaction (line 7).
    private func seeded(in directory: TempDir? = nil) throws -> LedgerStore {
        let store = LedgerStore(path: directory?.file("ledger.json") ?? path)
        try store.rewrite(.import, by: "wang", at: t1) { $0 = SampleLedger.make() }
        var none: LoadedLedger?
        for (i, id) in ["T20-1", "T20-2", "T21-1", "T21-2"].enumerated() {
            try store.commit([.status(TaskID(id), .done)], by: "li", at: Timestamp(seconds: t1.seconds + i), onto: &none)
        }
        try store.compact(by: "wang", at: t1)
        return store
    }

    private func editJournal(_ store: LedgerStore, _ body: (inout [String]) -> Void) throws {
        var lines = try String(contentsOfFile: store.journalPath, encoding: .utf8).components(separatedBy: "\n")
        body(&lines)
        try lines.joined(separator: "\n").write(toFile: store.journalPath, atomically: true, encoding: .utf8)
    }

    private func problem(_ store: LedgerStore) throws -> (Int, ChainProblem)? {
        guard case let .chainBroken(_, line, problem)? = try store.chainReport().broken else { return nil }
        return (line, problem)
    }

    @Test func anUntouchedJournalVerifiesAndTheSnapshotMatchesItsRecord() throws {
        let store = try seeded()
        let report = try store.chainReport()
        #expect(report.broken == nil)
        #expect(report.verifiedLines == 6)
        #expect(report.snapshot == .recorded(line: 7))
        #expect(report.head?.seq == 6)
        #expect(try store.chainLine(seq: 3)?.hash.count == 64)
    }

    @Test func eachKindOfTamperingIsNamedAtItsLine() throws {
        let cases: [(String, (inout [String]) -> Void, Int, ChainProblem)] = [
            ("changed", { $0[3] = $0[3].replacingOccurrences(of: "\"by\":\"li\"", with: "\"by\":\"wa\"") }, 4, .changed),
            ("removed", { $0.remove(at: 3) }, 4, .removed(first: 3, last: 3)),
            ("inserted", { $0.insert($0[3].replacingOccurrences(of: "T20-2", with: "T21-3"), at: 4) }, 5, .inserted),
            ("reordered", { $0.swapAt(3, 4) }, 4, .reordered(after: 5)),
            ("unsealed", { $0.insert("{\"seq\":9,\"at\":\"2021-01-01T00:00:00Z\",\"by\":\"x\",\"op\":\"status\",\"task\":\"T20-1\",\"value\":\"done\"}", at: 3) }, 4, .unsealed),
        ]
        for (name, edit, line, expected) in cases {
            let caseDir = TempDir("chain-" + name)
            let store = try seeded(in: caseDir)
            try editJournal(store, edit)
            let found = try withExtendedLifetime(caseDir) { try problem(store) }
            #expect(found?.0 == line && found?.1 == expected, "\(name): \(String(describing: found))")
        }
    }

    @Test func aChangeInTheUnfoldedJournalIsRefusedByEveryCommand() throws {
        let store = try seeded()
        var none: LoadedLedger?
        try store.commit([.note(TaskID("T20-3"), "新进展", period: nil)], by: "li", at: t1, onto: &none)
        try editJournal(store) { $0[7] = $0[7].replacingOccurrences(of: "新进展", with: "改过了") }
        for attempt in [{ _ = try store.load() }, { _ = try store.load(only: [TaskID("T21-1")]) },
                        { var v: LoadedLedger?; try store.commit([.status(TaskID("T21-1"), .blocked)], by: "li", onto: &v) }] {
            do {
                try attempt()
                Issue.record("a changed journal line was accepted")
            } catch let StoreError.damaged(.chainBroken(_, line, problem), backup) {
                #expect(line == 8 && problem == .changed)
                #expect(backup == store.backupPath(1))
            }
        }
    }

    @Test func aJournalDeletedIsMissedByEveryCommand() throws {
        let store = try seeded()
        try FileManager.default.removeItem(atPath: store.journalPath)
        var none: LoadedLedger?
        for attempt in [{ _ = try store.load() }, { try store.commit([.status(TaskID("T21-1"), .blocked)], by: "li", onto: &none) }] {
            do {
                try attempt()
                Issue.record("a ledger without its journal was used")
            } catch let StoreError.damaged(.chainBroken(_, _, problem), _) {
                #expect(problem == .headMissing(seq: 5)) // the compaction folded in line 5
            }
        }
        #expect(!FileManager.default.fileExists(atPath: store.journalPath))
    }

    @Test func aHistoryChangedInTheSnapshotIsFoundAgainstTheJournal() throws {
        let store = try seeded()
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"by\":\"li\",\"field\":\"status\"", with: "\"by\":\"zz\",\"field\":\"status\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let task = try #require(try store.load().ledger[TaskID("T20-1")])
        let (findings, checked) = try store.historyFindings(of: task)
        #expect(checked == 1)
        #expect(findings.contains { if case .notInJournal(let c) = $0 { return c.by == "zz" }; return false })
        #expect(findings.contains { if case .missingFromHistory(line: 3, _) = $0 { return true }; return false })
        #expect(try store.chainReport().snapshot == .changed(line: 7))
    }

    @Test func backupsRollAndRestoreReappliesWhatStillApplies() throws {
        let store = try seeded()
        for i in 0..<6 { try store.compact(by: "wang", at: Timestamp(seconds: t1.seconds + 100 + i)) }
        #expect(store.backups().map(\.path) == (1...5).map(store.backupPath))
        var none: LoadedLedger?
        try store.commit([.note(TaskID("T20-4"), "备份之后", period: nil)], by: "li", at: t1, onto: &none)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try store.commit([.status(TaskID("T20-4"), .done)], by: "li", onto: &none) }
        let report = try store.restore(from: 1, by: "wang", at: t1)
        #expect(report.reapplied == 1)
        #expect(report.setAside.count == 1 && report.setAside[0].contains("ledger.json.damaged-"))
        let ledger = try store.load().ledger
        #expect(ledger[TaskID("T20-4")]?.notes.last?.text == "备份之后")
        #expect(ledger[TaskID("T20-1")]?.status == .done)
        #expect(try store.chainReport().broken == nil)
    }

    @Test func restoreAfterAJournalDamageKeepsTheLinesBeforeItAndListsTheRest() throws {
        let store = try seeded()
        var none: LoadedLedger?
        try store.commit([.note(TaskID("T20-4"), "a", period: nil)], by: "li", at: t1, onto: &none)
        try store.commit([.note(TaskID("T20-5"), "b", period: nil)], by: "li", at: t1, onto: &none)
        try editJournal(store) { $0[7] = $0[7].replacingOccurrences(of: "\"a\"", with: "\"x\"") }
        let report = try store.restore(from: 1, by: "wang", at: t1)
        #expect(report.skipped.map(\.line) == [8, 9])
        #expect(report.skipped.allSatisfy { $0.reason == .afterDamage(firstBadLine: 8) })
        #expect(report.setAside.contains { $0.contains("journal.damaged-") })
        #expect(try store.chainReport().broken == nil)
        #expect(try store.load().ledger[TaskID("T20-5")]?.notes.contains { $0.text == "b" } == false)
    }

    @Test func aRewriteMeetsEditsMadeWhileItWasBuilding() throws {
        let store = try seeded()
        let base = try store.load()
        var none: LoadedLedger?
        // An officer saves after the import read the ledger and before it takes the lock.
        try store.commit([.status(TaskID("T21-4"), .blocked)], by: "li", at: t1, onto: &none)
        var runs = 0
        try store.rewrite(.import, by: "wang", at: t1, onto: base) { ledger in
            runs += 1
            ledger.put(plan: SampleLedger.make(plans: 3).plans[2], tasks: SampleLedger.make(plans: 3).tasks.filter { $0.plan.rawValue.hasPrefix("T22") })
        }
        #expect(runs == 1) // only the journal moved: no need to build again
        let ledger = try store.load().ledger
        #expect(ledger[TaskID("T21-4")]?.status == .blocked)
        #expect(ledger.plans.count == 3)
        // Someone rewrites the snapshot meanwhile: the import applies again on what they wrote.
        let stale = try store.load()
        try store.compact(by: "wang", at: t1)
        runs = 0
        try store.rewrite(.import, by: "wang", at: t1, onto: stale) { _ in runs += 1 }
        #expect(runs == 2)
        #expect(try store.chainReport().broken == nil)
    }
}
