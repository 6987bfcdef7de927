import TaizhangCore

/// What every screen reads to build and draw itself: the ledger, the tasks that pass the
/// filter, the day it is viewed as of, the language and the window.
public struct ScreenContext {
    public let ledger: Ledger
    /// Positions in `ledger.tasks` that pass the current filter, in ledger order.
    public let tasks: [Int]
    public let today: Day
    public let strings: Strings
    public let size: TerminalSize
    public let filter: TaskFilter

    var layout: Layout { Layout(size: size) }
    var filtering: Bool { !filter.isEmpty }
}
