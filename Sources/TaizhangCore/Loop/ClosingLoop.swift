/// The 督办 loop's rules (docs/loop.md): 报结 with evidence → 审核 → 办结, or 退回整改; and
/// 延期申请 → approved or rejected. Kept in the core so that the command line and the
/// screens cannot differ on them.
public enum ClosingLoop {
    /// True when the ledger has coordinators: an officer's "done" is then a report that a
    /// coordinator confirms. A ledger without an access file (one person) has no loop.
    public static func isOn(_ policy: AccessPolicy) -> Bool { policy.enforced && !policy.coordinators.isEmpty }

    /// What setting `status` on `task` means for `login`: an officer's done (or reported)
    /// becomes a report; a coordinator's done on a reported task confirms it.
    public static func edits(setting status: TaskStatus, on task: LedgerTask, policy: AccessPolicy,
                             by login: String) -> [LedgerEdit] {
        guard status == .done || status == .reported else { return [.status(task.id, status)] }
        guard isOn(policy) else { return [.status(task.id, .done)] }
        guard policy.isCoordinator(login) else { return [.report(task.id)] }
        if status == .reported { return [.report(task.id)] }
        return task.status == .reported ? [.confirm(task.id)] : [.status(task.id, .done)]
    }

    /// Checks that a loop edit can apply to `task` as it stands.
    static func validate(_ edit: LedgerEdit, on task: LedgerTask) throws {
        let id = task.id.rawValue
        switch edit {
        case .evidence(_, let e):
            if e.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw LoopError(.loopEvidenceEmpty, id) }
        case .report:
            if task.status == .reported { throw LoopError(.loopAlreadyReported, id) }
            if !task.status.isOpen { throw LoopError(.loopNotOpen, id, task.status.rawValue) }
            if !task.hasEvidenceForReport { throw LoopError(.loopNeedsEvidence, id) }
        case .confirm:
            if task.status != .reported { throw LoopError(.loopNotReported, id, task.status.rawValue) }
        case .returnTask(_, let reason):
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw LoopError(.loopReasonEmpty, id) }
            if task.status != .reported && task.status != .done { throw LoopError(.loopNotReported, id, task.status.rawValue) }
        case .extensionRequest(_, let to, let reason):
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw LoopError(.loopReasonEmpty, id) }
            if !task.status.isOpen { throw LoopError(.loopNotOpen, id, task.status.rawValue) }
            guard let original = task.originalDue else { throw LoopError(.loopNoDueDay, id) }
            let current = task.extended(original)
            if to <= current { throw LoopError(.loopExtensionNotLater, id, to.iso, current.iso) }
        case .extensionDecision:
            if task.pendingExtension == nil { throw LoopError(.loopNoPendingExtension, id) }
        default: break
        }
    }

    /// Applies a loop edit to the task (history is written by `Ledger.apply`).
    static func apply(_ edit: LedgerEdit, to t: inout LedgerTask, at: Timestamp, by: String) {
        switch edit {
        case .evidence(_, var e):
            e.at = at
            e.by = by
            t.evidence.append(e)
        case .report: t.setStatus(.reported, at: at)
        case .confirm: t.setStatus(.done, at: at)
        case .returnTask(_, let reason):
            t.returns.append(TaskReturn(at: at, by: by, reason: reason,
                                        evidenceBefore: t.evidence.count, notesBefore: t.notes.count))
            t.setStatus(.inProgress, at: at)
        case .extensionRequest(_, let to, let reason):
            guard let original = t.originalDue else { return }
            // A new request replaces one still pending: the unit changed its mind.
            if t.pendingExtension != nil { t.extensions.removeLast() }
            t.extensions.append(Extension(at: at, by: by, original: original, to: to, reason: reason))
        case .extensionDecision(_, let approved, let reason):
            guard let last = t.extensions.indices.last, t.extensions[last].isPending else { return }
            t.extensions[last].decision = Extension.Decision(approved: approved, at: at, by: by, reason: reason)
        default: break
        }
    }
}

extension LedgerTask {
    /// Changes the status, keeping when the unit finished: a report's time stays through its
    /// confirmation; reopening clears it.
    mutating func setStatus(_ s: TaskStatus, at time: Timestamp) {
        switch s {
        case .reported: completedAt = time
        case .done: if status != .reported || completedAt == nil { completedAt = time }
        case .notStarted, .inProgress, .blocked, .cancelled: completedAt = nil
        }
        status = s
    }

    /// A report needs evidence given since the task was last sent back: a URL, a 文号, a file,
    /// or a progress note.
    public var hasEvidenceForReport: Bool {
        guard let last = returns.last else { return !evidence.isEmpty || !notes.isEmpty }
        if let e = last.evidenceBefore, let n = last.notesBefore { return evidence.count > e || notes.count > n }
        // A ledger written before the counts were kept: only what came after the return.
        return evidence.contains { $0.at > last.at } || notes.contains { $0.at > last.at }
    }
}

/// A loop edit that cannot apply, in the person's language (the strings table).
public struct LoopError: Error, CustomStringConvertible, Equatable {
    public var key: Strings.Key
    public var args: [String]

    public init(_ key: Strings.Key, _ args: String...) {
        self.key = key
        self.args = args
    }

    public func message(_ s: Strings) -> String {
        // A status is carried by its stored name and shown in the reader's words.
        Strings.fill(s(key), args.map { TaskStatus(rawValue: $0).map(s.status) ?? $0 })
    }

    public var description: String { message(Strings(.en)) }
}
