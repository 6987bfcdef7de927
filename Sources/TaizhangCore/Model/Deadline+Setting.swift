import Foundation

/// A due day set by hand, from what a person types on the command line or in a screen.
extension Deadline {
    /// This deadline with its day replaced as `typed` says: `YYYY-MM-DD`, `ongoing`/`长期`,
    /// or `tbd`/`待定`/`none` (needs a date). The text as written is kept; the result is
    /// marked overridden so a re-import never replaces it. Nil when `typed` is none of these.
    public func setting(_ typed: String) -> Deadline? {
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
            guard let day = Day(iso: text) else { return nil }
            d.kind = .date
            d.date = day
        }
        return d
    }
}
