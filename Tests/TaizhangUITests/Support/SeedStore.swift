import Foundation
import TaizhangCore
@testable import TaizhangUI
import TestSupport

/// A temporary store with the five seed plans imported, viewed as of 2021-10-15 by
/// "tester" at a fixed time: the ledger every screen test starts from.
final class SeedStore: @unchecked Sendable {
    let dir = TempDir("ui")
    let store: LedgerStore
    static let asOf = Day(iso: "2021-10-15")!
    static let now = Timestamp(iso: "2021-10-15T02:00:00Z")!

    init() throws {
        store = LedgerStore(path: dir.file("ledger.json"))
        let options = ImportOptions(actor: "importer", now: Timestamp(iso: "2021-10-01T08:00:00Z")!)
        try store.rewrite(.import, by: "test") { ledger in
            for file in TestPaths.allSeeds {
                PlanImporter.apply(try PlanImporter.read(file: file, options: options, ledger: ledger), to: &ledger)
            }
        }
    }

    func environment(_ language: Language = .zh, login: String = "tester", policy: AccessPolicy = .open,
                     watcher: LedgerWatcher? = nil) -> AppEnvironment {
        AppEnvironment(store: store, policy: policy, login: login, today: Self.asOf, strings: Strings(language),
                       storeLabel: "seed/ledger.json", watcher: watcher, clock: { SeedStore.now })
    }

    /// The ledger as another process would read it now.
    func reloaded() throws -> Ledger { try LedgerStore(path: store.path).load().ledger }

    /// A change by someone else, through a store object of their own.
    func commitAsOther(_ edits: [LedgerEdit], by login: String = "bob") throws {
        var view: LoadedLedger?
        try LedgerStore(path: store.path).commit(edits, by: login, at: Timestamp(iso: "2021-10-15T03:00:00Z")!, onto: &view)
    }
}
