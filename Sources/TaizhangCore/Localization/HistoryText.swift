/// History lines, undo reports and save notices in the reader's language.
///
/// The journal stores field names and values in a fixed form (`status`, `done`, `2021-12-31
/// (年底前)`) so that it reads the same for everyone; they are put into words here.
public struct HistoryText: Sendable {
    public let strings: Strings

    public init(strings: Strings) { self.strings = strings }

    /// `2021-10-15 09:30 alice 状态:未开始 → 已完成`
    public func line(_ c: Change) -> String {
        var s = c.at.localMinute + " " + c.by + " " + field(c.field)
        switch (c.old, c.new) {
        case let (old?, new?): s += ": " + short(value(old, of: c.field)) + " → " + short(value(new, of: c.field))
        case let (nil, new?): s += ": " + short(value(new, of: c.field))
        case let (old?, nil): s += ": " + short(value(old, of: c.field)) + " → —"
        default: break
        }
        return VisibleText.sanitize(s)
    }

    /// `HD21-3 状态: 已完成; HD21-3 进展: 已公示` for a command's entries.
    public func describe(_ entries: [JournalEntry], valueWidth: Int = 24) -> String {
        entries.map { e in
            let value = e.edit.summary.map { DisplayWidth.truncate(VisibleText.sanitize(self.value($0, of: e.edit.field)), to: valueWidth) }
            return (e.edit.task?.rawValue ?? "") + " " + field(e.edit.field) + (value.map { ": " + $0 } ?? "")
        }.joined(separator: "; ")
    }

    /// A field's name: `status` → 状态; `period 2021-03-31` → 周期 2021-03-31.
    public func field(_ name: String) -> String {
        let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
        let rest = parts.count > 1 ? " " + parts[1] : ""
        switch parts.first ?? "" {
        case "status": return strings(.fieldStatus)
        case "note": return strings(.fieldNote)
        case "due": return strings(.fieldDue)
        case "units": return strings(.fieldUnits)
        case "reviewed": return strings(.fieldReviewed)
        case "period": return strings(.colPeriod) + rest
        case "alias": return strings(.fieldAlias) + rest
        case "fragment": return strings(.importFragments) + rest
        default: return name
        }
    }

    /// A stored value in words: `done` → 已完成, `ongoing (长期推进)` → 长期推进 (长期推进).
    public func value(_ text: String, of field: String) -> String {
        let name = field.split(separator: " ").first.map(String.init) ?? field
        switch (name, text) {
        case ("status", _): return TaskStatus(rawValue: text).map(strings.status) ?? text
        case ("reviewed", "reviewed"): return strings(.valueReviewed)
        case ("reviewed", "not reviewed"): return strings(.valueNotReviewed)
        case ("period", "done"): return strings(.statusDone)
        case ("period", "open"), ("fragment", "open"): return strings(.valueOpen)
        case ("fragment", "resolved"): return strings(.valueResolved)
        case ("due", _):
            let head = text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? text
            guard let kind = DeadlineKind(rawValue: head) else { return text }
            return strings.deadlineKind(kind) + text.dropFirst(head.count)
        default: return text
        }
    }

    private func short(_ text: String) -> String {
        DisplayWidth.width(text) > 60 ? DisplayWidth.truncate(text, to: 60) : text
    }
}
