import TaizhangCore

/// Everything the interface shows, changed only by `LedgerApp.update` and `receive`.
public struct AppState {
    public internal(set) var loaded: LoadedLedger
    /// Positions in the ledger's tasks that pass `filter`.
    private(set) var taskIndices: [Int]
    public internal(set) var size: TerminalSize
    public internal(set) var top: TopScreen = .tree
    var screens: [TopScreen: any Screen] = [:]
    /// Top screens built before the last ledger change, rebuilt when shown again.
    var stale: Set<TopScreen> = []
    /// Screens opened over the top screen (a task, a unit's tasks, help); q goes back.
    var pushed: [any Screen] = []
    var dialog: (any Dialog)?
    public internal(set) var filter = TaskFilter()
    /// The search text as typed; nil when there is none.
    public internal(set) var search: String?
    /// Earlier searches, oldest first: ↑ in the search line recalls them.
    var searchHistory: [String] = []
    /// While a dialog asks whether to discard typed text: the keys that say yes.
    var confirmingDiscard: Set<KeyEvent>?
    public internal(set) var message: StatusMessage?
    /// A save on its way; keys other than Esc wait for it.
    var saving: PendingSave?
    /// Why the last save from the open dialog did not land: shown whole, wrapped, beside the
    /// dialog, which keeps what was typed so it can be saved again or copied.
    var saveProblem: String?
    /// Numbers saves, so that the answer to one given up is not taken for another's.
    var saveCount = 0
    let today: Day
    let strings: Strings
    let rules: WarningRules
    let login: String
    let policy: AccessPolicy
    /// `taizhang import --preview`: the program is the preview screen alone, and ends when it
    /// is left or its import is done.
    public internal(set) var previewOnly = false
    /// The import the preview screen made, if any (`import --preview` prints it on leaving).
    public internal(set) var imported: ImportResult?

    /// Builds the first screen (the tree) for `size`.
    public init(loaded: LoadedLedger, environment: AppEnvironment, size: TerminalSize = TerminalSize(rows: 24, cols: 80)) {
        self.loaded = loaded
        self.size = size
        today = environment.today
        strings = environment.strings
        rules = WarningRules(environment.config)
        login = environment.login
        policy = environment.policy
        taskIndices = filter.indices(in: loaded.ledger, asOf: today)
        screens[.tree] = TopScreen.tree.make(context())
    }

    /// Opens on the import preview of one document alone (`taizhang import --preview FILE`).
    public init(loaded: LoadedLedger, environment: AppEnvironment, size: TerminalSize = TerminalSize(rows: 24, cols: 80),
                preview: ImportPreview) {
        self.init(loaded: loaded, environment: environment, size: size)
        previewOnly = true
        push(ImportPreviewScreen(preview, context()))
    }

    public var ledger: Ledger { loaded.ledger }

    func context(size: TerminalSize? = nil) -> ScreenContext {
        ScreenContext(ledger: loaded.ledger, tasks: taskIndices, today: today, strings: strings,
                      size: size ?? self.size, filter: filter, rules: rules, login: login, policy: policy)
    }

    /// The screen on top: the last pushed one, else the current top screen.
    var current: any Screen {
        pushed.last ?? screens[top]!
    }

    /// Runs `body` on the current screen in place.
    mutating func updateCurrent<R>(_ body: (inout any Screen) -> R) -> R {
        if pushed.isEmpty { return body(&screens[top]!) }
        return body(&pushed[pushed.count - 1])
    }

    mutating func show(_ screen: TopScreen) {
        pushed = []
        top = screen
        let ctx = context()
        if screens[screen] == nil || stale.contains(screen) {
            if var existing = screens[screen] { existing.rebuild(ctx); screens[screen] = existing }
            else { screens[screen] = screen.make(ctx) }
            stale.remove(screen)
        }
        screens[screen]!.fit(ctx)
    }

    mutating func push(_ screen: any Screen) { pushed.append(screen) }

    /// Goes back one screen; false at a top screen.
    mutating func pop() -> Bool {
        guard !pushed.isEmpty else { return false }
        pushed.removeLast()
        let ctx = context()
        updateCurrent { $0.fit(ctx) }
        return true
    }

    mutating func resize(_ newSize: TerminalSize) {
        size = newSize
        let ctx = context()
        for i in pushed.indices { pushed[i].fit(ctx) }
        screens[top]!.fit(ctx)
    }

    /// After a save or another process's change: the new ledger, the filter applied again,
    /// and the visible screens rebuilt around the tasks they had selected.
    mutating func replaceLedger(_ newLedger: LoadedLedger) {
        anchorScreens()
        loaded = newLedger
        refilter()
    }

    mutating func setFilter(_ newFilter: TaskFilter) {
        anchorScreens()
        filter = newFilter
        refilter()
    }

    private mutating func anchorScreens() {
        for key in screens.keys { screens[key]!.anchor(in: loaded.ledger) }
        for i in pushed.indices { pushed[i].anchor(in: loaded.ledger) }
    }

    private mutating func refilter() {
        taskIndices = filter.indices(in: loaded.ledger, asOf: today)
        let ctx = context()
        stale = Set(screens.keys).subtracting([top])
        screens[top]!.rebuild(ctx)
        for i in pushed.indices { pushed[i].rebuild(ctx) }
    }
}
