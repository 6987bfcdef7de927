import Foundation

/// A due day set by hand, from what a person types on the command line or in a screen.
extension Deadline {
    /// This deadline with its day replaced as `typed` says: a day in any form `TypedDay`
    /// reads (`year` is the plan's), `ongoing`/`长期`, or `tbd`/`待定`/`none` (needs a date).
    /// The text as written is kept; the result is marked overridden so a re-import never
    /// replaces it. When `typed` names what the deadline already says, it is returned as it
    /// is: Enter on an unchanged guessed date does not make it "set by hand". Nil when
    /// `typed` is none of these.
    public func setting(_ typed: String, year: Int) -> Deadline? {
        guard let d = replaced(by: typed, year: year) else { return nil }
        return d.kind == kind && d.date == date ? self : d
    }

    private func replaced(by typed: String, year: Int) -> Deadline? {
        var d = self
        d.overridden = true
        d.guessed = false
        switch typed.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ongoing", "长期":
            d.kind = .ongoing
            d.date = nil
        case "tbd", "待定", "none":
            d.kind = .event
            d.date = nil
        case let text:
            guard let day = TypedDay.parse(text, year: year) else { return nil }
            d.kind = .date
            d.date = day
        }
        return d
    }
}
