import TaizhangCore

/// What the interface runs against, injected so that tests see fixed days, logins and times.
public struct AppEnvironment {
    public let store: LedgerStore
    public let policy: AccessPolicy
    public let login: String
    public let today: Day
    public let strings: Strings
    /// The store as the status line names it.
    public let storeLabel: String
    /// Wakes the screen when another process saves; nil falls back to checking on each tick.
    public let watcher: LedgerWatcher?
    public let clock: () -> Timestamp
    /// The ledger's settings (warning lights, notices).
    public let config: LedgerConfig

    public init(store: LedgerStore, policy: AccessPolicy, login: String, today: Day, strings: Strings,
                storeLabel: String? = nil, watcher: LedgerWatcher? = nil, clock: @escaping () -> Timestamp = { .now() },
                config: LedgerConfig = .defaults) {
        self.config = config
        self.store = store
        self.policy = policy
        self.login = login
        self.today = today
        self.strings = strings
        self.storeLabel = storeLabel ?? store.path
        self.watcher = watcher
        self.clock = clock
    }
}
