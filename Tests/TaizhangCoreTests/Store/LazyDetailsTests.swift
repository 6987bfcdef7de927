import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// A task's details (text, notes, history…) are read only when used; damaged ones must still
/// never be written over.
@Suite struct LazyDetailsTests {
    let dir = TempDir("lazy")
    var path: String { dir.file("ledger.json") }

    private func seeded() throws -> LedgerStore {
        let store = LedgerStore(path: path)
        try store.rewrite(.import, by: "test") { $0 = SampleLedger.make(plans: 2, tasksPerPlan: 5, notes: 3) }
        return store
    }

    @Test func detailsLoadLazilyAndSurviveARewriteByteForByte() throws {
        let store = try seeded()
        let original = SampleLedger.make(plans: 2, tasksPerPlan: 5, notes: 3)
        let loaded = try store.load().ledger
        #expect(loaded.tasks.allSatisfy { $0.details?.complete == true })
        #expect(loaded.tasks == original.tasks) // decoding on use gives the same notes
        var none: LoadedLedger?
        try store.commit([.note(TaskID("T20-2"), "新进展", period: nil)], by: "a", at: Timestamp(seconds: 1_700_000_000), onto: &none)
        try store.compact(by: "test")
        let after = try store.load().ledger
        #expect(after[TaskID("T20-1")]?.notes == original[TaskID("T20-1")]?.notes)
        #expect(after[TaskID("T20-2")]?.notes.map(\.text) == original[TaskID("T20-2")]!.notes.map(\.text) + ["新进展"])
        #expect(LedgerCheck.run(after).isEmpty)
    }

    @Test func theLastActivityIsReadWithoutTheDetails() throws {
        let store = try seeded()
        let original = SampleLedger.make(plans: 2, tasksPerPlan: 5, notes: 3)
        let loaded = try store.load().ledger
        for t in loaded.tasks {
            #expect(t.lastActivity != nil)
            #expect(t.lastActivity == original[t.id]?.lastActivity)
            #expect(t.details?.isDecoded == false, "\(t.id) was decoded for its last activity")
        }
        // A note from the journal moves it; the next snapshot keeps the new time.
        let noted = Timestamp(seconds: 1_900_000_000)
        var none: LoadedLedger?
        try store.commit([.note(TaskID("T20-2"), "新进展", period: nil)], by: "a", at: noted, onto: &none)
        #expect(try store.load().ledger[TaskID("T20-2")]?.lastActivity == noted)
        try store.compact(by: "test")
        let after = try store.load().ledger
        #expect(after[TaskID("T20-2")]?.lastActivity == noted)
        #expect(after[TaskID("T20-2")]?.details?.isDecoded == false)
        #expect(LedgerCheck.run(after).isEmpty)
    }

    @Test func aListReadsOnlyTheMembersItShowsAndKeepsNone() throws {
        var original = SampleLedger.make(plans: 2, tasksPerPlan: 5, notes: 3)
        for (i, id) in original.tasks.map(\.id).enumerated() {
            _ = original.update(id) { t in
                t.lines = [i + 3, i + 4]
                t.history = [Change(at: Timestamp(seconds: 1_620_000_000), by: "li", field: "status", old: nil, new: "done")]
            }
        }
        let store = LedgerStore(path: path)
        try store.rewrite(.import, by: "test") { [original] in $0 = original }
        for t in try store.load().ledger.tasks {
            let expected = try #require(original[t.id])
            #expect(t.text == expected.text)
            #expect(t.measure == expected.measure)
            let read = t.details([.text, .notes])
            #expect(read.text == expected.text && read.notes == expected.notes)
            #expect(read.history.isEmpty && read.lines.isEmpty, "members not asked for are not read")
            #expect(t.details?.isDecoded == false)
            // Asking for them all reads them once and keeps them.
            #expect(t.details(.all).history == expected.history)
            #expect(t.details?.isDecoded == true)
        }
    }

    @Test func reviewMarksAreReadOnlyWhenAskedFor() throws {
        var original = SampleLedger.make(plans: 2, tasksPerPlan: 5, notes: 1)
        _ = original.update(TaskID("T20-2")) { $0.review = [ReviewFlag(.yearGuessed, "year of \"年底前\" taken from the plan")] }
        _ = original.update(TaskID("T21-4")) { $0.review = [ReviewFlag(.unitsMissing, "no responsible unit found")]; $0.reviewed = true }
        let store = LedgerStore(path: path)
        try store.rewrite(.import, by: "test") { [original] in $0 = original }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let loaded = try store.load().ledger
        // A JSON list writes the open marks and keeps none of them decoded.
        let json = String(decoding: TaskJSON.array(loaded.tasks, ledger: loaded, asOf: Day(year: 2021, month: 6, day: 1)!), as: UTF8.self)
        #expect(json.contains(#"year of \"年底前\" taken from the plan"#))
        #expect(!json.contains("no responsible unit found"), "a reviewed task's marks are not open")
        #expect(loaded.tasks.allSatisfy { $0.lazyReview?.isDecoded != true })
        for t in loaded.tasks {
            let expected = try #require(original[t.id])
            #expect(t.needsReview == expected.needsReview)
            #expect((t.lazyReview != nil) == !expected.review.isEmpty)
            #expect(t.lazyReview?.isDecoded != true, "\(t.id): asking whether it needs review decoded its marks")
            #expect(t.review == expected.review)
        }
        // Untouched marks are copied through a rewrite byte for byte.
        try store.compact(by: "test")
        let after = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        let line = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("{\"id\":\"T20-2\"") }.map(String.init) }
        #expect(line(after) == line(String(decoding: before, as: UTF8.self)))
        // A mark damaged by hand is named by check.
        try damage("\"kind\":\"year-guessed\"", "\"kind\":\"no-such-kind\"")
        #expect(LedgerCheck.run(try store.load().ledger).contains { $0.where_ == "T20-2" })
    }

    @Test func statusesAreReadFromBytesAndEscapesStillWork() throws {
        let store = try seeded()
        try damage("{\"id\":\"T20-1\",\"plan\":\"T20\",\"section\":\"T20/1\",\"number\":\"1\",\"ordinal\":1,\"status\":\"not-started\"",
                   "{\"id\":\"T20-1\",\"plan\":\"T20\",\"section\":\"T20/1\",\"number\":\"1\",\"ordinal\":1,\"status\":\"\\u0064one\"")
        #expect(try store.load().ledger[TaskID("T20-1")]?.status == .done)
        try damage("\"status\":\"\\u0064one\"", "\"status\":\"finished\"")
        #expect { try store.load() } throws: { "\($0)".contains("finished") }
    }

    /// Found by the snapshot fuzzer: lines were split without checking the commas between them.
    @Test func aMissingCommaBetweenTwoTasksIsRefused() throws {
        let store = try seeded()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("{\"id\":\"T20-1\"") })
        try damage(String(line) + "\n", String(line.dropLast()) + "\n")
        #expect(throws: StoreError.self) { try store.load() }
    }

    /// The last note is looked for by its key before the details are read; text that only
    /// mentions "notes", and a key written with escapes, must not fool it.
    @Test func theLastNoteIsFoundWhereverItIsAndOnlyThere() throws {
        var original = SampleLedger.make(plans: 1, tasksPerPlan: 4, notes: 0)
        _ = original.update(TaskID("T20-1")) { $0.notes = [Note(at: Timestamp(seconds: 1_700_000_000), by: "li", text: "\"notes\":已报")] }
        _ = original.update(TaskID("T20-2")) { $0.text = "见 \"notes\" 与 notes\":[ 二字" }
        _ = original.update(TaskID("T20-3")) { $0.notes = [Note(at: Timestamp(seconds: 1_700_000_100), by: "li", text: "进展")] }
        let store = LedgerStore(path: path)
        try store.rewrite(.import, by: "test") { [original] in $0 = original }
        // Task 3's key written with an escape, as another JSON tool might.
        try damage("\"notes\":[{\"at\":\"2023-11-14T22:15:00Z\"", "\"\\u006eotes\":[{\"at\":\"2023-11-14T22:15:00Z\"")
        let loaded = try store.load().ledger
        #expect(loaded[TaskID("T20-1")]?.lastNote?.text == "\"notes\":已报")
        #expect(loaded[TaskID("T20-2")]?.lastNote == nil)
        #expect(loaded[TaskID("T20-3")]?.lastNote?.text == "进展")
        #expect(loaded[TaskID("T20-4")]?.lastNote == nil)
        #expect(loaded.tasks.allSatisfy { $0.details?.isDecoded == false })
    }

    @Test func aLastActivityThatDisagreesWithTheNotesIsReported() throws {
        let store = try seeded()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let line = text.split(separator: "\n").first { $0.hasPrefix("{\"id\":\"T21-3\"") }!
        let kept = try #require(line.firstRange(of: "\"lastActivity\":\""))
        let time = String(line[kept.upperBound...].prefix(20))
        try damage("\"lastActivity\":\"\(time)\"", "\"lastActivity\":\"2000-01-01T00:00:00Z\"")
        let ledger = try store.load().ledger
        #expect(LedgerCheck.run(ledger).contains { $0.where_ == "T21-3" && $0.message.contains("lastActivity") })
    }

    private func damage(_ from: String, _ to: String) throws {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let before = text
        text = text.replacingOccurrences(of: from, with: to)
        #expect(text != before, "nothing to damage")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func aDamagedNoteIsReportedAndNeverWrittenOver() throws {
        let store = try seeded()
        // A note's time edited by hand into something that is not a time.
        try damage("\"at\":\"2021-01-07T06:13:20Z\",\"by\":\"alice\",\"text\":\"进展0:已公开 http://x.gov.cn/1\"",
                   "\"at\":\"yesterday\",\"by\":\"alice\",\"text\":\"进展0:已公开 http://x.gov.cn/1\"")
        let damagedBytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let ledger = try store.load().ledger
        let problems = LedgerCheck.run(ledger)
        #expect(problems.contains { $0.where_ == "T20-1" && $0.message.contains("unreadable") })
        #expect(throws: StoreError.self) { try store.compact(by: "test") }
        // An edit of that task reads it in full and is refused with the position; an edit of
        // another task lands in the journal; and still nothing rewrites the snapshot.
        var none: LoadedLedger?
        #expect(throws: StoreError.self) { try store.commit([.note(TaskID("T20-1"), "补充", period: nil)], by: "a", onto: &none) }
        try store.commit([.note(TaskID("T20-2"), "补充", period: nil)], by: "a", onto: &none)
        #expect(throws: StoreError.self) { try store.rewrite(.import, by: "test") { _ in } }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == damagedBytes)
    }

    @Test func aVersionOneLedgerStillLoadsAndIsRewrittenAsVersionTwo() throws {
        let store = try seeded()
        // Version 1 kept text, unit cells and lines before the review marks.
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"version\":2", with: "\"version\":1")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let original = SampleLedger.make(plans: 2, tasksPerPlan: 5, notes: 3)
        let loaded = try store.load().ledger
        #expect(loaded.tasks == original.tasks)
        try store.compact(by: "test")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("\"version\":2"))
        #expect(try store.load().ledger.tasks == original.tasks)
    }

    @Test func aMemberMovedAfterTheDetailsIsNoticed() throws {
        let store = try seeded()
        // Hand-edited so that "status" follows the details: it must not be silently dropped.
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let line = text.split(separator: "\n").first { $0.hasPrefix("{\"id\":\"T21-3\"") }!
        var moved = String(line).replacingOccurrences(of: "\"status\":\"not-started\",", with: "")
        let comma = line.hasSuffix(",")
        moved = String(moved.dropLast(comma ? 2 : 1)) + ",\"status\":\"done\"}" + (comma ? "," : "")
        text = text.replacingOccurrences(of: line, with: moved)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let ledger = try store.load().ledger
        #expect(LedgerCheck.run(ledger).contains { $0.where_ == "T21-3" && $0.message.contains("status") })
        #expect(throws: StoreError.self) { try store.compact(by: "test") }
    }
}
