import Foundation
import Testing
import TestSupport
@testable import TaizhangCore

@Suite struct LedgerWatcherTests {
    private func readable(_ fd: Int32, within ms: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, ms) == 1
    }

    @Test func anotherProcessesEditWakesTheWatcherAndTheLockFileDoesNot() throws {
        let dir = TempDir("watch")
        let store = LedgerStore(path: dir.file("ledger.json"))
        try store.rewrite(.import, by: "test") { $0 = SampleLedger.make() }
        let watcher = try #require(LedgerWatcher(store: store))
        _ = try store.load() // opens the lock file: not a change
        _ = watcher.drain()
        #expect(!readable(watcher.fileDescriptor, within: 100))
        var none: LoadedLedger?
        try LedgerStore(path: store.path).commit([.status(TaskID("T20-1"), .done)], by: "other", at: .now(), onto: &none)
        #expect(readable(watcher.fileDescriptor, within: 1000))
        #expect(watcher.drain())
        try "x".write(toFile: dir.file("unrelated.txt"), atomically: false, encoding: .utf8)
        #expect(readable(watcher.fileDescriptor, within: 1000))
        #expect(!watcher.drain())
    }
}
