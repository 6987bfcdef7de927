/// 预警 lights (docs/outputs.md): blue when an open task is due within `blueDays`, yellow
/// within `yellowDays` or when nothing has happened to it for `staleDays`, red once overdue.
/// Shown as a letter (B, Y, R) as well as a colour, so a terminal without colours — or one
/// that draws symbols at another width — still tells them apart.
public enum WarningLevel: String, Sendable, CaseIterable, Comparable {
    case blue, yellow, red

    /// The ASCII letter lists show: one column wide on every terminal.
    public var letter: String {
        switch self {
        case .blue: return "B"
        case .yellow: return "Y"
        case .red: return "R"
        }
    }

    public static func < (a: WarningLevel, b: WarningLevel) -> Bool { a.rank < b.rank }

    private var rank: Int {
        switch self {
        case .blue: return 0
        case .yellow: return 1
        case .red: return 2
        }
    }
}

/// The thresholds of the lights, from the ledger's config (`taizhang config`).
public struct WarningRules: Sendable, Equatable {
    public var blueDays: Int
    public var yellowDays: Int
    public var staleDays: Int

    public init(blueDays: Int = 7, yellowDays: Int = 3, staleDays: Int = 30) {
        self.blueDays = blueDays
        self.yellowDays = yellowDays
        self.staleDays = staleDays
    }

    public init(_ config: LedgerConfig) {
        self.init(blueDays: config.warningBlueDays, yellowDays: config.warningYellowDays, staleDays: config.staleDays)
    }

    public static let defaults = WarningRules()
}

extension LedgerTask {
    /// The task's light as of `today`; nil when it owes nothing soon (or nothing at all).
    /// Red and the due-day lights need no notes; only an open task not yet lit by its due day
    /// is checked for staleness, which reads its notes.
    public func warning(asOf today: Day, rules: WarningRules) -> WarningLevel? {
        guard status.isOpen else { return nil }
        return warning(due: currentDue(asOf: today), asOf: today, rules: rules)
    }

    /// The light, with the due day already worked out (`currentDue(asOf:)`).
    func warning(due: Day?, asOf today: Day, rules: WarningRules) -> WarningLevel? {
        guard status.isOpen else { return nil }
        if let due {
            let days = due.ordinal - today.ordinal
            if days < 0 { return .red }
            if days <= rules.yellowDays { return .yellow }
            if isStale(asOf: today, days: rules.staleDays) { return .yellow }
            if days <= rules.blueDays { return .blue }
            return nil
        }
        return isStale(asOf: today, days: rules.staleDays) ? .yellow : nil
    }
}
