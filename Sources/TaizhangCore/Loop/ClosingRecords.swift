/// Evidence (佐证材料) that a task is done: a note, a URL, a document number (文号), or a
/// file copied into the ledger's evidence folder and kept with its checksum.
public struct Evidence: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case url, docNumber = "doc-number", file
    }

    /// A file copied beside the ledger (`evidence/…`), so the proof stays when the
    /// officer's copy is moved or deleted.
    public struct StoredFile: Hashable, Sendable {
        /// Path inside the evidence folder, e.g. `HD21-4/20211015T020000Z-通知.pdf`.
        public var path: String
        public var size: Int
        /// SHA-256 of the bytes, hex: shows the file was not changed since.
        public var sha256: String

        public init(path: String, size: Int, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }
    }

    public var at: Timestamp
    public var by: String
    public var kind: Kind
    /// The URL, the 文号, or the file's name as the officer gave it.
    public var text: String
    public var file: StoredFile?

    public init(at: Timestamp = Timestamp(seconds: 0), by: String = "", kind: Kind, text: String, file: StoredFile? = nil) {
        self.at = at
        self.by = by
        self.kind = kind
        self.text = text
        self.file = file
    }
}

/// A report sent back by a coordinator (退回整改), with the reason the unit must read first.
public struct TaskReturn: Hashable, Sendable {
    public var at: Timestamp
    public var by: String
    public var reason: String
    /// How much evidence and how many notes the task had when it was sent back. A report
    /// after a return needs more than these; counting, not comparing times, because a
    /// return and the report before it often fall in the same second.
    public var evidenceBefore: Int?
    public var notesBefore: Int?

    public init(at: Timestamp, by: String, reason: String, evidenceBefore: Int? = nil, notesBefore: Int? = nil) {
        self.at = at
        self.by = by
        self.reason = reason
        self.evidenceBefore = evidenceBefore
        self.notesBefore = notesBefore
    }
}

/// A unit's request for a later due day (延期申请), and the coordinator's decision on it.
/// The time limit as written is never changed: an approved extension moves the day the
/// task is overdue against, and both stay on record.
public struct Extension: Hashable, Sendable {
    public struct Decision: Hashable, Sendable {
        public var approved: Bool
        public var at: Timestamp
        public var by: String
        public var reason: String?

        public init(approved: Bool, at: Timestamp, by: String, reason: String?) {
            self.approved = approved
            self.at = at
            self.by = by
            self.reason = reason
        }
    }

    public var at: Timestamp
    public var by: String
    /// The due day it extends: the task's, or for a recurring task the period's.
    public var original: Day
    public var to: Day
    public var reason: String
    /// nil while pending.
    public var decision: Decision?

    public init(at: Timestamp, by: String, original: Day, to: Day, reason: String, decision: Decision? = nil) {
        self.at = at
        self.by = by
        self.original = original
        self.to = to
        self.reason = reason
        self.decision = decision
    }

    public var isPending: Bool { decision == nil }
    public var isApproved: Bool { decision?.approved == true }
}
