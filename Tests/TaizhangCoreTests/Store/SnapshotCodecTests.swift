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

/// `json` read by `element` as a snapshot reads it (with an interner), to its end.
private func readWhole<T>(_ json: String, _ element: (inout JSONReader) throws -> T) throws -> T {
    try Array(json.utf8).withUnsafeBytes { buf in
        var r = JSONReader(buf)
        r.interner = StringInterner()
        let value = try element(&r)
        let atEnd = r.atEnd
        #expect(atEnd, "\(json)")
        return value
    }
}

/// Units are read in the writer's own layout member by member, and any other layout key by
/// key: both give the same unit.
@Suite struct StoredUnitTests {
    private func read(_ json: String) throws -> UnitAssignment { try readWhole(json, ModelCodec.readUnit) }

    @Test func everyLayoutGivesTheSameUnit() throws {
        let units = [UnitAssignment(name: "区市场监管局", role: .lead, level: .task),
                     UnitAssignment(name: "各镇（街）", role: .support, level: .measure, collective: true),
                     UnitAssignment(name: "带\"引号\"的单位", role: .responsible, level: .task)]
        for u in units {
            var w = JSONWriter(capacity: 0)
            ModelCodec.write(u, to: &w)
            let written = String(decoding: w.bytes, as: UTF8.self)
            #expect(try read(written) == u, "\(written)")
            let name = String(decoding: { var n = JSONWriter(capacity: 0); n.string(u.name); return n.bytes }(), as: UTF8.self)
            let others = [
                #"{ "name":\#(name),"role":"\#(u.role.rawValue)","level":"\#(u.level.rawValue)","collective":\#(u.collective)}"#,
                #"{"level":"\#(u.level.rawValue)","role":"\#(u.role.rawValue)","name":\#(name),"collective":\#(u.collective)}"#,
                #"{"name":\#(name),"role":"\#(u.role.rawValue)","level":"\#(u.level.rawValue)","collective":\#(u.collective),"x":1}"#,
            ]
            for json in others { #expect(try read(json) == u, "\(json)") }
        }
    }

    @Test func aBadRoleIsAnErrorEitherWay() {
        for json in [#"{"name":"甲","role":"boss","level":"task"}"#, #"{ "name":"甲","role":"boss","level":"task"}"#] {
            #expect(throws: JSONSyntaxError.self, "\(json)") { _ = try read(json) }
        }
    }
}

/// Deadlines, like units, are read in the writer's own layout in order and in any other key
/// by key: both give the same deadline.
@Suite struct StoredDeadlineTests {
    private func read(_ json: String) throws -> Deadline { try readWhole(json, ModelCodec.readDeadline) }

    @Test func everyLayoutGivesTheSameDeadline() throws {
        let day = Day(year: 2021, month: 6, day: 30)
        var full = Deadline(text: "每季度末\"前\"", kind: .date, date: day, guessed: true)
        full.relativeDays = 15
        full.overridden = true
        full.allYear = true
        full.recurrence = Recurrence.allCases.first
        let deadlines = [Deadline(text: nil, kind: .none), Deadline(text: "2021年6月底前", kind: .date, date: day), full]
        for d in deadlines {
            var w = JSONWriter(capacity: 0)
            ModelCodec.write(d, to: &w)
            let written = String(decoding: w.bytes, as: UTF8.self)
            #expect(try read(written) == d, "\(written)")
            #expect(try read(written.replacingOccurrences(of: ",", with: " , ")) == d, "spaced \(written)")
            let reordered = "{" + written.dropFirst().dropLast().split(separator: ",").reversed().joined(separator: ",") + "}"
            if d.text?.contains(",") != true { #expect(try read(reordered) == d, "\(reordered)") }
        }
    }

    /// `null` where the writer would leave a member out is read as it always was.
    @Test func nullsInTheWritersOrderAreRead() throws {
        let json = #"{"text":null,"kind":"date","date":null,"relativeDays":null,"recurrence":null}"#
        #expect(try read(json) == Deadline(text: nil, kind: .date))
    }

    @Test func aBadDateOrKindIsAnErrorEitherWay() {
        for json in [#"{"text":null,"kind":"date","date":"2021-02-30"}"#, #"{"text":null,"kind":"someday","date":null}"#,
                     #"{"text":null,"kind":"date","date":null,"relativeDays":"x"}"#] {
            #expect(throws: JSONSyntaxError.self, "\(json)") { _ = try read(json) }
        }
    }
}
