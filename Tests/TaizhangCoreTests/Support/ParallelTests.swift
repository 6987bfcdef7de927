import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

/// Work split across cores must cover every item once and keep the order.
@Suite struct ParallelTests {
    @Test(arguments: [0, 1, 499, 500, 1999, 2000, 4001, 10_007])
    func chunksCoverEveryItemOnceInOrder(count: Int) {
        for minimum in [1, 500, 2000] {
            let chunks = Parallel.chunks(count, minimumChunk: minimum)
            #expect(chunks.flatMap { Array($0) } == Array(0..<count))
            #expect(chunks.count <= max(1, Parallel.cores))
            if count < minimum * 2 { #expect(chunks.count == 1) }
        }
    }

    @Test func mapKeepsChunkOrder() {
        let chunks = Parallel.chunks(10_000, minimumChunk: 100)
        let sums = Parallel.map(chunks) { $0.reduce(0, +) }
        #expect(sums == chunks.map { $0.reduce(0, +) })
        #expect(sums.reduce(0, +) == (0..<10_000).reduce(0, +))
    }

    @Test(arguments: [0, 1, 999, 1000, 1001, 10_007])
    func renderEmitsEveryItemOnceInOrder(count: Int) {
        var emitted: [UInt8] = [], pieces = 0
        Parallel.render(count: count, round: 1000, minimumChunk: 100) { chunk, buffer in
            for i in chunk { buffer.append(UInt8(i % 251)) }
        } emit: { emitted += $0; pieces += 1 }
        #expect(emitted == (0..<count).map { UInt8($0 % 251) })
        // One piece per core in each round of 1,000: the buffers are reused, never the whole.
        let rounds = max(1, (count + 999) / 1000)
        #expect(pieces >= rounds && pieces <= rounds * max(1, Parallel.cores))
    }

    @Test func jsonOfManyTasksIsTheTasksInOrder() throws {
        let ledger = SampleLedger.make(plans: 100, tasksPerPlan: 12, notes: 2)
        let today = Day(year: 2021, month: 10, day: 15)!
        let bytes = TaskJSON.array(ledger.tasks, ledger: ledger, asOf: today)
        let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as! [[String: Any]]
        #expect(parsed.map { $0["id"] as! String } == ledger.tasks.map(\.id.rawValue))
        #expect(parsed.map { $0["text"] as! String } == ledger.tasks.map(\.text))
        // Each task written alone gives the same bytes as its line of the whole.
        var one = JSONWriter(capacity: 1024)
        TaskJSON.write(ledger.tasks[777], ledger: ledger, asOf: today, to: &one)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines[778].hasPrefix(String(decoding: one.bytes, as: UTF8.self)))
    }
}
