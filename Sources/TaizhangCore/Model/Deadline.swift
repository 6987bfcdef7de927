/// What kind of time limit a task has, derived from the text as written.
public enum DeadlineKind: String, Sendable, CaseIterable {
    /// A day: 年底前, 6月底, 2021年10月31日, 上半年, 全年 …
    case date
    /// No due date, progress expected throughout: 长期推进, 持续推进, 常态化 …
    case ongoing
    /// Waits for an outside event: 按省工作部署, 按财政部门规定的时间完成 … (needs a date)
    case event
    /// Relative to the plan's publication: 本要点公布后30日内.
    case relative
    /// Nothing written.
    case none
}

/// How often a recurring obligation falls due (每月, 每季度, 每半年, 每年).
public enum Recurrence: String, Sendable, CaseIterable {
    case monthly, quarterly, halfYearly = "half-yearly", yearly

    public var months: Int {
        switch self {
        case .monthly: return 1
        case .quarterly: return 3
        case .halfYearly: return 6
        case .yearly: return 12
        }
    }
}

/// A task's time limit: the text as written is always kept; the day is derived from it and
/// can be overridden by a coordinator.
public struct Deadline: Hashable, Sendable {
    /// As written in the source document (`年底前`), or nil when the plan gave none.
    public var text: String?
    public var kind: DeadlineKind
    /// The resolved due day; nil for ongoing, event, unresolved relative and none.
    public var date: Day?
    /// True when the importer had to guess (the year taken from the title, a relative date
    /// counted from a guessed publication day).
    public var guessed: Bool
    /// For `relative`: days after the plan's publication.
    public var relativeDays: Int?
    /// Set by a coordinator (`taizhang set --due`); the importer never overwrites it.
    public var overridden: Bool
    /// 全年: due at year end, with progress expected all year.
    public var allYear: Bool
    /// A recurring obligation: a due day each period from `date`'s year start until `date`.
    public var recurrence: Recurrence?

    public init(text: String?, kind: DeadlineKind, date: Day? = nil, guessed: Bool = false,
                relativeDays: Int? = nil, overridden: Bool = false, allYear: Bool = false,
                recurrence: Recurrence? = nil) {
        self.text = text
        self.kind = kind
        self.date = date
        self.guessed = guessed
        self.relativeDays = relativeDays
        self.overridden = overridden
        self.allYear = allYear
        self.recurrence = recurrence
    }

    public static let none = Deadline(text: nil, kind: .none)

    /// True when nobody can tell when this is due until a coordinator sets a day.
    public var needsDate: Bool {
        switch kind {
        case .event, .relative, .date: return date == nil
        case .ongoing, .none: return false
        }
    }
}
