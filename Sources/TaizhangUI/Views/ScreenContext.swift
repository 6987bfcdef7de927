import TaizhangCore

/// What every screen reads to build and draw itself: the ledger, the tasks that pass the
/// filter, the day it is viewed as of, the language and the window.
struct ScreenContext {
    let ledger: Ledger
    /// Positions in `ledger.tasks` that pass the current filter, in ledger order.
    let tasks: [Int]
    let today: Day
    let strings: Strings
    let size: TerminalSize
    let filter: TaskFilter
    /// The warning lights' thresholds, from the ledger's config.
    var rules: WarningRules = .defaults
    /// Who is looking: their returned tasks come first, and only coordinators decide.
    var login = ""
    var policy = AccessPolicy.open

    var layout: Layout { Layout(size: size) }
    var filtering: Bool { !filter.isEmpty }
}
