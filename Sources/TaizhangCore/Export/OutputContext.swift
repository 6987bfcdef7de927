/// What every rendering of the ledger for people needs: the ledger (plans, merged unit
/// names), the language, the day it is viewed as of, and the columns a table may take.
public struct OutputContext: Sendable {
    public let ledger: Ledger
    public let strings: Strings
    public let today: Day
    /// Display columns for terminal tables (ignored by Markdown, CSV, JSON and xlsx).
    public let width: Int
    /// One line per row, whatever the width (`--wide`).
    public let wide: Bool

    public init(ledger: Ledger, strings: Strings, today: Day, width: Int = 80, wide: Bool = false) {
        self.ledger = ledger
        self.strings = strings
        self.today = today
        self.width = width
        self.wide = wide
    }
}
