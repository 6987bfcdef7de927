import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

@Suite struct SnapshotCodecTests {
    let header = SnapshotHeader(generation: 3, seq: 17, saved: Timestamp(seconds: 1_700_000_000))

    @Test func roundTripKeepsEverything() throws {
        let ledger = SampleLedger.make(plans: 3, tasksPerPlan: 7, notes: 2)
        let bytes = SnapshotCodec.encode(ledger, header: header)
        let (back, h) = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0) }
        #expect(h == header)
        #expect(back.plans == ledger.plans)
        #expect(back.tasks == ledger.tasks)
        #expect(back.aliases == ledger.aliases)
    }

    @Test func oneTaskPerLineSoJournalAndSearchToolsWork() throws {
        let ledger = SampleLedger.make(plans: 1, tasksPerPlan: 4)
        let text = String(decoding: SnapshotCodec.encode(ledger, header: header), as: UTF8.self)
        let taskLines = text.split(separator: "\n").filter { $0.hasPrefix("{\"id\":\"T20-") }
        #expect(taskLines.count == 4)
    }

    @Test func aHandFormattedFileStillLoads() throws {
        let ledger = SampleLedger.make(plans: 2, tasksPerPlan: 3)
        let compact = Data(SnapshotCodec.encode(ledger, header: header))
        let object = try JSONSerialization.jsonObject(with: compact)
        let pretty = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted])
        let (back, _) = try [UInt8](pretty).withUnsafeBytes { try SnapshotCodec.decode($0) }
        #expect(back.tasks == ledger.tasks)
        #expect(back.plans == ledger.plans)
    }

    @Test func partialReadFindsOnlyTheTasksAsked() throws {
        let ledger = SampleLedger.make(plans: 2, tasksPerPlan: 10)
        let bytes = SnapshotCodec.encode(ledger, header: header)
        let wanted: Set<TaskID> = [TaskID("T21-7"), TaskID("T20-10"), TaskID("T99-1")]
        let result = try bytes.withUnsafeBytes { try SnapshotCodec.decodePartial($0, ids: wanted) }
        let (partial, h) = try #require(result)
        #expect(h.seq == 17)
        #expect(Set(partial.tasks.map(\.id)) == [TaskID("T21-7"), TaskID("T20-10")])
        #expect(partial[TaskID("T21-7")] == ledger[TaskID("T21-7")])
        #expect(partial.aliases == ledger.aliases)
        #expect(partial.plans == ledger.plans)
    }

    @Test func newerFormatVersionIsRefused() throws {
        var text = String(decoding: SnapshotCodec.encode(SampleLedger.make(plans: 1, tasksPerPlan: 1), header: header), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"version\":2", with: "\"version\":9")
        #expect(throws: JSONSyntaxError.self) { try Array(text.utf8).withUnsafeBytes { try SnapshotCodec.decode($0) } }
    }
}
