import TaizhangCore

/// How a task looks on one line: a status glyph and the colour of its urgency, plus marks
/// that carry the same meaning where there is no colour (vt100, NO_COLOR, --no-color).
enum TaskLook {
    /// `[ ]` not started, `[>]` in progress, `[x]` done, `[#]` blocked, `[-]` cancelled:
    /// ASCII, so no terminal draws it at a width the layout did not expect.
    static func glyph(_ status: TaskStatus) -> String {
        switch status {
        case .notStarted: return "[ ]"
        case .inProgress: return "[>]"
        case .reported: return "[v]"
        case .done: return "[x]"
        case .blocked: return "[#]"
        case .cancelled: return "[-]"
        }
    }

    static func role(_ urgency: Urgency) -> ColorRole? {
        switch urgency {
        case .overdue: return .overdue
        case .dueSoon: return .dueSoon
        case .done, .reported: return .done
        case .ongoing: return .ongoing
        case .needsDate, .cancelled: return .muted
        case .open: return nil
        }
    }

    /// The warning light as a letter (R, Y, B: one column on every terminal) and its colour;
    /// a space when the task has none.
    static func light(_ task: LedgerTask, _ context: ScreenContext) -> (letter: String, role: ColorRole?) {
        guard let level = task.warning(asOf: context.today, rules: context.rules) else { return (" ", nil) }
        return (level.letter, role(level))
    }

    static func role(_ level: WarningLevel) -> ColorRole {
        switch level {
        case .red: return .overdue
        case .yellow: return .dueSoon
        case .blue: return .upcoming
        }
    }

    /// `?` when the import guessed something nobody has reviewed yet.
    static func flag(_ task: LedgerTask) -> String { task.needsReview ? "?" : " " }
}
