import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// The 督办 loop through the store: report with evidence, return with a reason, report again,
/// confirm; extensions asked and decided; who may do which; all of it kept in the journal and
/// the snapshot.
@Suite struct ClosingLoopTests {
    let dir = TempDir("loop")
    let policy = AccessPolicy(coordinators: ["wang"], officers: ["li": ["区市场监管局"]])
    let id = TaskID("T20-1")   // 区市场监管局 leads; due 2021-01-31
    let t0 = Timestamp(seconds: 1_700_000_000)

    func store() throws -> LedgerStore {
        let store = LedgerStore(path: dir.file("ledger.json"))
        try store.rewrite(.import, by: "test") { $0 = SampleLedger.make(notes: 0) }
        return store
    }

    @discardableResult
    func commit(_ store: LedgerStore, _ edits: [LedgerEdit], by login: String, at seconds: Int = 0) throws -> CommitReport {
        var none: LoadedLedger?
        return try store.commit(edits, by: login, at: Timestamp(seconds: t0.seconds + seconds), onto: &none) { ledger, edit in
            try policy.check(edit, in: ledger, by: login)
        }
    }

    @Test func anOfficersDoneIsAReportAndACoordinatorsConfirmsIt() throws {
        let task = try #require(SampleLedger.make()[id])
        #expect(ClosingLoop.edits(setting: .done, on: task, policy: policy, by: "li") == [.report(id)])
        #expect(ClosingLoop.edits(setting: .done, on: task, policy: policy, by: "wang") == [.status(id, .done)])
        var reported = task
        reported.status = .reported
        #expect(ClosingLoop.edits(setting: .done, on: reported, policy: policy, by: "wang") == [.confirm(id)])
        #expect(ClosingLoop.edits(setting: .done, on: task, policy: .open, by: "li") == [.status(id, .done)])
    }

    @Test func theWholeLoopAndTheFiguresChangeOnlyOnConfirmation() throws {
        let store = try store()
        let rate = { (s: LedgerStore) in ProgressCounts(try s.load().ledger.tasks, asOf: Day(iso: "2021-10-15")!, staleDays: nil) }
        let before = try rate(store)
        #expect(throws: LoopError(.loopNeedsEvidence, id.rawValue)) { try commit(store, [.report(id)], by: "li") }
        try commit(store, [.evidence(id, Evidence(kind: .url, text: "http://x.gov.cn/1")), .report(id)], by: "li", at: 1)
        #expect(try store.load().ledger[id]?.status == .reported)
        #expect(try rate(store).done == before.done && rate(store).reported == before.reported + 1)
        #expect(throws: LoopError(.loopCoordinatorsOnly, "li")) { try commit(store, [.confirm(id)], by: "li", at: 2) }
        try commit(store, [.returnTask(id, reason: "网址打不开")], by: "wang", at: 3)
        var t = try #require(try store.load().ledger[id])
        #expect(t.status == .inProgress && t.isReturned && t.returns.last?.reason == "网址打不开" && t.completedAt == nil)
        #expect(try rate(store).done == before.done)
        // The evidence before the return no longer counts: new evidence is needed.
        #expect(throws: LoopError(.loopNeedsEvidence, id.rawValue)) { try commit(store, [.report(id)], by: "li", at: 4) }
        try commit(store, [.note(id, "已补充文号 花市监〔2021〕12号", period: nil), .report(id)], by: "li", at: 5)
        #expect(try rate(store).done == before.done)
        try commit(store, [.confirm(id)], by: "wang", at: 6)
        t = try #require(try store.load().ledger[id])
        #expect(t.status == .done && !t.isReturned && t.completedAt == Timestamp(seconds: t0.seconds + 5))
        #expect(try rate(store).done == before.done + 1 && rate(store).reported == before.reported)
        #expect(t.history.map(\.field).filter { $0 == "status" }.count == 4)
    }

    /// Report, return and report again within one second (as a script or a quick coordinator
    /// does): the old evidence still must not count, and the counts survive the snapshot.
    @Test func evidenceBeforeAReturnInTheSameSecondDoesNotCount() throws {
        let store = try store()
        try commit(store, [.evidence(id, Evidence(kind: .url, text: "http://x.gov.cn/1")), .report(id)], by: "li", at: 1)
        try commit(store, [.returnTask(id, reason: "网址打不开")], by: "wang", at: 1)
        #expect(throws: LoopError(.loopNeedsEvidence, id.rawValue)) { try commit(store, [.report(id)], by: "li", at: 1) }
        let returned = try #require(try store.load().ledger[id]?.returns.last)
        #expect(returned.evidenceBefore == 1 && returned.notesBefore == 0)
        try commit(store, [.evidence(id, Evidence(kind: .docNumber, text: "花市监〔2021〕12号")), .report(id)], by: "li", at: 1)
        #expect(try store.load().ledger[id]?.status == .reported)
    }

    @Test func officersMayNotDecideOrSetDueDaysOnALoopLedger() throws {
        let store = try store()
        #expect(throws: LoopError.self) { try commit(store, [.status(id, .done)], by: "li") }
        #expect(throws: LoopError.self) { try commit(store, [.deadline(id, Deadline(text: nil, kind: .ongoing))], by: "li") }
        try commit(store, [.extensionRequest(id, to: Day(iso: "2021-03-31")!, reason: "等待上级部署")], by: "li")
        #expect(throws: LoopError(.loopCoordinatorsOnly, "li")) {
            try commit(store, [.extensionDecision(id, approved: true, reason: nil)], by: "li")
        }
        #expect(throws: AccessDenied.self) {   // another unit's task
            try commit(store, [.extensionRequest(TaskID("T20-1"), to: Day(iso: "2021-04-30")!, reason: "x")], by: "zhao")
        }
    }

    @Test func anApprovedExtensionKeepsTheTimeLimitAndMovesTheOverdueDay() throws {
        let store = try store()
        let feb = Day(iso: "2021-02-15")!
        #expect(try store.load().ledger[id]?.isOverdue(asOf: feb) == true)
        #expect(throws: LoopError(.loopExtensionNotLater, id.rawValue, "2021-01-01", "2021-01-31")) {
            try commit(store, [.extensionRequest(id, to: Day(iso: "2021-01-01")!, reason: "x")], by: "li")
        }
        try commit(store, [.extensionRequest(id, to: Day(iso: "2021-03-31")!, reason: "等待上级部署")], by: "li")
        #expect(try store.load().ledger[id]?.isOverdue(asOf: feb) == true)   // pending: not yet
        try commit(store, [.extensionDecision(id, approved: true, reason: "同意")], by: "wang", at: 1)
        let t = try #require(try store.load().ledger[id])
        #expect(!t.isOverdue(asOf: feb) && t.isOverdue(asOf: Day(iso: "2021-04-01")!))
        #expect(t.deadline.date == Day(iso: "2021-01-31") && t.originalDue == Day(iso: "2021-01-31"))
        #expect(t.extensions.first?.decision?.by == "wang")
        #expect(ProgressCounts([t], asOf: feb, staleDays: nil).extended == 1)
        // A rejected one moves nothing.
        let u = TaskID("T20-2")
        try commit(store, [.extensionRequest(u, to: Day(iso: "2021-06-30")!, reason: "x")], by: "li", at: 2)
        try commit(store, [.extensionDecision(u, approved: false, reason: "理由不充分")], by: "wang", at: 3)
        #expect(try store.load().ledger[u]?.currentDue(asOf: feb) == Day(iso: "2021-02-28"))
    }

    @Test func theLoopSurvivesTheJournalAndACompaction() throws {
        let store = try store()
        try commit(store, [.evidence(id, Evidence(kind: .docNumber, text: "花市监〔2021〕12号")), .report(id)], by: "li")
        try commit(store, [.returnTask(id, reason: "请补充")], by: "wang", at: 1)
        try commit(store, [.extensionRequest(id, to: Day(iso: "2021-03-31")!, reason: "等待")], by: "li", at: 2)
        try commit(store, [.extensionDecision(id, approved: false, reason: nil)], by: "wang", at: 3)
        let fromJournal = try #require(try store.load().ledger[id])
        let entries = try store.journalEntries()
        #expect(entries.map(\.edit) == [.evidence(id, Evidence(kind: .docNumber, text: "花市监〔2021〕12号")), .report(id),
                                        .returnTask(id, reason: "请补充"),
                                        .extensionRequest(id, to: Day(iso: "2021-03-31")!, reason: "等待"),
                                        .extensionDecision(id, approved: false, reason: nil)])
        try store.compact(by: "test")
        let fromSnapshot = try #require(try LedgerStore(path: store.path).load().ledger[id])
        #expect(fromSnapshot == fromJournal)
        #expect(fromSnapshot.evidence.first?.by == "li" && fromSnapshot.returns.count == 1 && fromSnapshot.extensions.count == 1)
    }

    @Test func evidenceFilesAreCopiedWithTheirChecksumAndALimit() throws {
        let store = try store()
        let file = dir.file("scan.txt")
        try Data("已公开".utf8).write(to: URL(fileURLWithPath: file))
        let e = try EvidenceFile.store(file, for: id, in: store, at: t0)
        let stored = try #require(e.file)
        #expect(stored.size == 9 && stored.sha256 == "8e1f5e13ff18a858c791ff702aa9d0955bb3cd4bc4378d589f7aaf58fe31a458")
        let copy = EvidenceFile.folder(forStore: store.path) + "/" + stored.path
        #expect(FileManager.default.contents(atPath: copy) == Data("已公开".utf8))
        let big = dir.file("big.bin")
        FileManager.default.createFile(atPath: big, contents: Data(count: EvidenceFile.maxBytes + 1))
        #expect(throws: LoopError.self) { try EvidenceFile.store(big, for: id, in: store, at: t0) }
        #expect(throws: LoopError.self) { try EvidenceFile.store(dir.file("missing.pdf"), for: id, in: store, at: t0) }
    }
}
