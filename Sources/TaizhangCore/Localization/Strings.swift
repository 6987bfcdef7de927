import Foundation

/// Every user-visible string of the command line and the screens, Chinese and English side
/// by side, so that neither can be forgotten (a test checks both are filled).
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public func callAsFunction(_ key: Key) -> String {
        let pair = Strings.table[key]!
        return language == .zh ? pair.zh : pair.en
    }

    /// `%@`-free formatting: `{0}`, `{1}` … are replaced in order.
    public func callAsFunction(_ key: Key, _ args: CustomStringConvertible...) -> String {
        Self.fill(self(key), args.map(\.description))
    }

    /// `template` with each `{n}` replaced by `values[n]`, in one pass over its bytes.
    ///
    /// Foundation's `replacingOccurrences`, once an argument, was 6% of `overdue`, which
    /// formats a due day for each of thousands of rows. A value is never scanned for
    /// placeholders itself, and a `{n}` without a value stays as written.
    static func fill(_ template: String, _ values: [String]) -> String {
        guard !values.isEmpty else { return template }
        var out: [UInt8] = []
        var template = template
        template.withUTF8 { t in
            out.reserveCapacity(t.count + values.reduce(0) { $0 + $1.utf8.count })
            var i = 0
            while i < t.count {
                if t[i] == 0x7B, let (n, end) = placeholder(t, at: i), n < values.count {
                    out.append(contentsOf: values[n].utf8)
                    i = end
                } else {
                    out.append(t[i])
                    i += 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The number of a `{n}` starting at `i`, and where it ends.
    private static func placeholder(_ t: UnsafeBufferPointer<UInt8>, at i: Int) -> (Int, Int)? {
        var j = i + 1, n = 0
        while j < t.count, (0x30...0x39).contains(t[j]), j - i <= 3 { n = n * 10 + Int(t[j] - 0x30); j += 1 }
        guard j > i + 1, j < t.count, t[j] == 0x7D else { return nil }
        return (n, j + 1)
    }

    public func status(_ s: TaskStatus) -> String {
        switch s {
        case .notStarted: return self(.statusNotStarted)
        case .inProgress: return self(.statusInProgress)
        case .reported: return self(.statusReported)
        case .done: return self(.statusDone)
        case .blocked: return self(.statusBlocked)
        case .cancelled: return self(.statusCancelled)
        }
    }

    public func role(_ r: UnitRole) -> String {
        switch r {
        case .lead: return self(.roleLead)
        case .support: return self(.roleSupport)
        case .responsible: return self(.roleResponsible)
        }
    }

    public func level(_ l: UnitLevel) -> String {
        l == .task ? self(.levelTask) : self(.levelMeasure)
    }

    /// `2021-12-31`, `长期`/`ongoing`, `待定`/`TBD`, or `—` — the short due column of lists.
    public func due(_ task: LedgerTask, asOf today: Day) -> String {
        if let d = task.currentDue(asOf: today) { return d.iso }
        switch task.deadline.kind {
        case .ongoing: return self(.dueOngoing)
        case .event, .relative, .date: return self(.dueNeedsDate)
        case .none: return "—"
        }
    }

    /// monthly → 每月
    public func recurrence(_ r: Recurrence) -> String {
        switch r {
        case .monthly: return self(.recurMonthly)
        case .quarterly: return self(.recurQuarterly)
        case .halfYearly: return self(.recurHalfYearly)
        case .yearly: return self(.recurYearly)
        }
    }

    public func deadlineKind(_ k: DeadlineKind) -> String {
        switch k {
        case .date: return self(.kindDate)
        case .ongoing: return self(.kindOngoing)
        case .event: return self(.kindEvent)
        case .relative: return self(.kindRelative)
        case .none: return self(.kindNone)
        }
    }

    public func urgency(_ u: Urgency) -> String {
        switch u {
        case .overdue: return self(.urgencyOverdue)
        case .dueSoon: return self(.urgencyDueSoon)
        case .open: return self(.urgencyOpen)
        case .ongoing: return self(.dueOngoing)
        case .needsDate: return self(.urgencyNeedsDate)
        case .reported: return self(.statusReported)
        case .done: return self(.statusDone)
        case .cancelled: return self(.statusCancelled)
        }
    }

    /// A period of a recurring task, named by its due day: 2021年第1季度 / 2021 Q1.
    public func period(_ due: Day, _ recurrence: Recurrence) -> String {
        let (y, m, _) = due.components
        switch recurrence {
        case .monthly: return self(.periodMonth, y, language == .zh ? String(m) : Day.pad2(m))
        case .quarterly: return self(.periodQuarter, y, (m - 1) / 3 + 1)
        case .halfYearly: return self(m <= 6 ? .periodFirstHalf : .periodSecondHalf, y)
        case .yearly: return self(.periodYear, y)
        }
    }

    /// A day in running text: 2021年10月15日 / 2021-10-15.
    public func longDate(_ day: Day) -> String {
        let (y, m, d) = day.components
        return language == .zh ? self(.dateLong, y, m, d) : day.iso
    }


    /// The month's short name: 12月 / Dec.
    public func monthName(_ month: Int) -> String {
        String(self(.calendarMonthNames).split(separator: " ")[month - 1])
    }
}
