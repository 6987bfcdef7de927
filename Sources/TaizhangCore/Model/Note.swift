/// A progress note (进展情况), often with evidence: a URL or a document number.
public struct Note: Hashable, Sendable {
    public var at: Timestamp
    public var by: String
    public var text: String
    /// For a recurring task: the due day of the period this note reports on.
    public var period: Day?

    public init(at: Timestamp, by: String, text: String, period: Day? = nil) {
        self.at = at
        self.by = by
        self.text = text
        self.period = period
    }
}

/// One recorded change of a task: who, when, which field, and the value before.
public struct Change: Hashable, Sendable {
    public var at: Timestamp
    public var by: String
    public var field: String
    public var old: String?
    public var new: String?

    public init(at: Timestamp, by: String, field: String, old: String?, new: String?) {
        self.at = at
        self.by = by
        self.field = field
        self.old = old
        self.new = new
    }
}
