/// Where a task stands. "Overdue" is not a status: it is derived from the deadline and the
/// as-of date, so that looking at last year's ledger "as of" a past day gives the truth of
/// that day.
public enum TaskStatus: String, CaseIterable, Sendable, Codable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    /// 已报结,待审核: the unit says it is done, with evidence; a coordinator confirms (→ done)
    /// or returns it (→ in progress). Only on a ledger with coordinators (docs/loop.md).
    case reported
    case done
    case blocked
    case cancelled

    /// A task that still owes something: counts towards overdue and due-soon. A reported
    /// task owes nothing more from its unit (the clock stops at the report) until returned.
    public var isOpen: Bool { self == .notStarted || self == .inProgress || self == .blocked }

    /// The status a person most likely sets next, in the usual order 未开始 → 进行中 → 已完成
    /// (a blocked task resumes): where the status chooser opens.
    public var next: TaskStatus {
        switch self {
        case .notStarted, .blocked: return .inProgress
        case .inProgress, .reported: return .done
        case .done, .cancelled: return self
        }
    }

    /// Accepts the stored names and a few spellings people type (`todo`, `doing`, 完成…).
    public init?(lenient text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let s = TaskStatus(rawValue: t) { self = s; return }
        switch t {
        case "todo", "open", "new", "notstarted", "not_started", "未开始": self = .notStarted
        case "doing", "progress", "inprogress", "in_progress", "started", "进行中", "推进中": self = .inProgress
        case "report", "reported", "已报结", "报结", "待审核": self = .reported
        case "finished", "complete", "completed", "closed", "已完成", "完成", "办结", "已办结", "销号": self = .done
        case "block", "stuck", "受阻", "阻塞": self = .blocked
        case "cancel", "canceled", "dropped", "取消", "已取消": self = .cancelled
        default: return nil
        }
    }
}
