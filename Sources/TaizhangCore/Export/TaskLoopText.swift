/// What the 督办 loop recorded on a task, as lines for `show` and the task screen alike: the
/// reason it was sent back (shown first), the due day before and after an extension, its
/// evidence, extension requests and returns.
public struct TaskLoopText {
    public let task: LedgerTask
    public let strings: Strings

    public init(_ task: LedgerTask, strings: Strings) {
        self.task = task
        self.strings = strings
    }

    /// `退回整改:缺少公开网址(wang,2021-10-15 10:00)` while the task is back with its unit.
    public var returnedNow: String? {
        guard task.isReturned, let r = task.returns.last else { return nil }
        return strings(.showReturnedNow, r.reason, r.by, r.at.localMinute)
    }

    /// `原定时限 2021-06-30 · 延期至 2021-07-31` after an approved extension.
    public var extendedDue: String? {
        guard let original = task.originalDue, task.extended(original) != original else { return nil }
        return strings(.showOriginalDue) + " " + original.iso + " · " + strings(.showExtendedDue, task.extended(original).iso)
    }

    /// Titled groups of lines, empty ones left out.
    public var sections: [(title: String, lines: [String])] {
        let s = strings
        var out: [(String, [String])] = []
        let evidence = task.evidence.map { e -> String in
            var line = e.at.localMinute + " " + e.by + " " + e.kind.rawValue + ": " + e.text
            if let f = e.file { line += " → evidence/" + f.path + " (\(f.size) B, SHA-256 " + String(f.sha256.prefix(12)) + "…)" }
            return line
        }
        if !evidence.isEmpty { out.append((s(.showEvidence), evidence)) }
        let extensions = task.extensions.map { e -> String in
            let state: String
            if let d = e.decision {
                state = (d.approved ? s(.extensionApproved) : s(.extensionRejected)) + " " + d.by + (d.reason.map { ":" + $0 } ?? "")
            } else { state = s(.extensionPending) }
            return s(.extensionLine, e.at.localMinute, e.by, e.original.iso, e.to.iso, e.reason, state)
        }
        if !extensions.isEmpty { out.append((s(.showExtensions), extensions)) }
        let returns = task.returns.map { $0.at.localMinute + " " + $0.by + ": " + $0.reason }
        if !returns.isEmpty { out.append((s(.showReturns), returns)) }
        return out
    }
}
