import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

@Suite struct LedgerStoreTests {
    let dir = TempDir("store")
    var path: String { dir.file("ledger.json") }
    let t1 = Timestamp(seconds: 1_700_000_000)

    private func seeded(_ ledger: Ledger = SampleLedger.make()) throws -> LedgerStore {
        let store = LedgerStore(path: path)
        try store.rewrite(.import, by: "test") { $0 = ledger }
        return store
    }

    @Test func rewriteThenLoadGivesTheSameLedger() throws {
        let ledger = SampleLedger.make()
        let store = try seeded(ledger)
        let loaded = try store.load()
        #expect(loaded.ledger.tasks == ledger.tasks)
        #expect(loaded.ledger.plans == ledger.plans)
        #expect(loaded.isComplete)
    }

    @Test func aCommitRecordsWhoWhenAndTheValueBefore() throws {
        let store = try seeded()
        var none: LoadedLedger?
        try store.commit([.status(TaskID("T20-1"), .done), .note(TaskID("T20-1"), "已发布 http://a.gov.cn/1", period: nil)],
                         by: "alice", at: t1, onto: &none)
        let t = try #require(try store.load().ledger[TaskID("T20-1")])
        #expect(t.status == .done)
        #expect(t.notes.last?.text == "已发布 http://a.gov.cn/1")
        let change = try #require(t.history.first { $0.field == "status" })
        #expect(change.by == "alice" && change.at == t1 && change.old == "not-started" && change.new == "done")
    }

    @Test func commitOfOneTaskReadsOnlyThatTaskButKeepsTheRest() throws {
        let store = try seeded()
        var none: LoadedLedger?
        try store.commit([.status(TaskID("T21-3"), .inProgress)], by: "bob", at: t1, onto: &none)
        let all = try store.load().ledger
        #expect(all.tasks.count == 10)
        #expect(all[TaskID("T21-3")]?.status == .inProgress)
        #expect(all[TaskID("T21-2")]?.status == .notStarted)
    }

    @Test func unknownTaskIsRefusedAndNothingIsWritten() throws {
        let store = try seeded()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        var none: LoadedLedger?
        #expect(throws: EditError.unknownTask(TaskID("T20-99"))) {
            try store.commit([.status(TaskID("T20-1"), .done), .status(TaskID("T20-99"), .done)], by: "a", at: t1, onto: &none)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try store.load().ledger[TaskID("T20-1")]?.status == .notStarted)
    }

    @Test func twoViewsEditingDifferentFieldsBothLand() throws {
        let store = try seeded()
        var a: LoadedLedger? = try store.load()
        var b: LoadedLedger? = try store.load()
        try store.commit([.status(TaskID("T20-2"), .done)], by: "alice", at: t1, onto: &a)
        try store.commit([.note(TaskID("T20-2"), "进展", period: nil)], by: "bob", at: t1, onto: &b)
        // Bob's view caught up with Alice's change while committing.
        #expect(b?.ledger[TaskID("T20-2")]?.status == .done)
        let t = try #require(try store.load().ledger[TaskID("T20-2")])
        #expect(t.status == .done && t.notes.contains { $0.text == "进展" })
    }

    @Test func sameFieldLaterWinsEarlierStaysInHistoryAndBothAreTold() throws {
        let store = try seeded()
        var alice: LoadedLedger? = try store.load()
        var bob: LoadedLedger? = try store.load()
        try store.commit([.status(TaskID("T20-3"), .done)], by: "alice", at: t1, onto: &alice)
        let report = try store.commit([.status(TaskID("T20-3"), .blocked)], by: "bob", at: t1, onto: &bob)
        // Bob is told he replaced a change he had not seen.
        #expect(report.overtaken.map(\.entry.by) == ["alice"])
        let t = try #require(try store.load().ledger[TaskID("T20-3")])
        #expect(t.status == .blocked)
        #expect(t.history.contains { $0.by == "alice" && $0.new == "done" })
        #expect(t.history.contains { $0.by == "bob" && $0.old == "done" && $0.new == "blocked" })
        // Alice's screen learns that her change was overtaken.
        var view = try #require(alice)
        let refreshed = try store.refresh(&view)
        #expect(view.overtaken(by: refreshed.entries, actor: "alice").map(\.by) == ["bob"])
    }

    @Test func aLineTornByACrashIsIgnoredThenCutAway() throws {
        let store = try seeded()
        var none: LoadedLedger?
        try store.commit([.status(TaskID("T20-1"), .done)], by: "a", at: t1, onto: &none)
        let handle = try #require(FileHandle(forWritingAtPath: store.journalPath))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"seq":99,"at":"2021-01-0"#.utf8)) // no newline: a write cut short
        handle.closeFile()
        #expect(try store.load().ledger[TaskID("T20-1")]?.status == .done)
        try store.commit([.status(TaskID("T20-2"), .done)], by: "a", at: t1, onto: &none)
        let journal = try String(contentsOfFile: store.journalPath, encoding: .utf8)
        #expect(!journal.contains(#""seq":99"#))
        #expect(journal.hasSuffix("\n"))
        #expect(try store.load().ledger[TaskID("T20-2")]?.status == .done)
    }

    @Test func aCorruptLedgerIsRefusedWithItsPositionAndNeverOverwritten() throws {
        let store = try seeded()
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"ordinal\":2,", with: "\"ordinal\":2,,")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            _ = try store.load()
            Issue.record("a corrupt ledger loaded")
        } catch let StoreError.damaged(.corrupt(file, line, column, _), backup) {
            #expect(backup == nil) // the store never had a second snapshot: no backup to name
            #expect(file == path)
            let badLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(",,") }! + 1
            #expect(line == badLine)
            #expect(column > 1)
        }
        var none: LoadedLedger?
        // Every write is refused alike: an edit of the damaged task, of another task (its line
        // reads, but the file is not the size the journal recorded), a rewrite, a compaction.
        #expect(throws: StoreError.self) { try store.commit([.status(TaskID("T20-2"), .done)], by: "a", at: t1, onto: &none) }
        #expect(throws: StoreError.self) { try store.commit([.status(TaskID("T21-1"), .done)], by: "a", at: t1, onto: &none) }
        #expect(throws: StoreError.self) { try store.rewrite(.import, by: "test") { _ in } }
        #expect(throws: StoreError.self) { try store.compact(by: "test") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try store.journalEntries().isEmpty)
    }

    @Test func compactionFoldsTheJournalAndKeepsEveryEntry() throws {
        let store = try seeded()
        var none: LoadedLedger?
        try store.commit([.status(TaskID("T20-1"), .done)], by: "a", at: t1, onto: &none)
        try store.commit([.note(TaskID("T20-1"), "n", period: nil)], by: "a", at: t1, onto: &none)
        let generation = try store.load().header.generation
        try store.compact(by: "test")
        let after = try store.load()
        #expect(after.header.generation == generation + 1)
        #expect(after.ledger[TaskID("T20-1")]?.status == .done)
        #expect(after.ledger[TaskID("T20-1")]?.history.filter { $0.field == "status" }.count == 1)
        #expect(try store.journalEntries().count == 2)
        #expect(FileManager.default.fileExists(atPath: store.backupPath(1)))
        // New edits continue the sequence after the folded ones (1 import, 2-3 edits, 4 compaction).
        let report = try store.commit([.status(TaskID("T20-1"), .blocked)], by: "a", at: t1, onto: &none)
        #expect(report.entries.first?.seq == 5)
        #expect(try store.load().ledger[TaskID("T20-1")]?.status == .blocked)
    }

    @Test func savingKeepsTheLedgersModeAndGroup() throws {
        let store = try seeded()
        chmod(path, 0o660)
        try store.rewrite(.import, by: "test") { _ in }
        var st = stat()
        stat(path, &st)
        #expect(st.st_mode & 0o777 == 0o660)
    }

    @Test func anotherProcessesChangeIsSeenByRefresh() throws {
        let store = try seeded()
        var view = try store.load()
        #expect(!store.hasChanged(since: view))
        let other = LedgerStore(path: path)
        var none: LoadedLedger?
        try other.commit([.status(TaskID("T21-1"), .done)], by: "b", at: t1, onto: &none)
        #expect(store.hasChanged(since: view))
        let r = try store.refresh(&view)
        #expect(r.entries.count == 1)
        #expect(view.ledger[TaskID("T21-1")]?.status == .done)
        #expect(!store.hasChanged(since: view))
    }
}
