import Foundation

/// An instant, kept as whole seconds since 1970 UTC and written as `2021-10-15T09:30:00Z`.
///
/// A fixed textual form (not `ISO8601DateFormatter`) keeps the store's reader fast and the
/// files diffable; seconds are precise enough for a ledger of human edits.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let seconds: Int

    public init(seconds: Int) { self.seconds = seconds }

    /// The current time, or `TAIZHANG_NOW` (ISO form) so that tests see fixed times.
    public static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Timestamp {
        if let fixed = environment["TAIZHANG_NOW"], let t = Timestamp(iso: fixed) { return t }
        return Timestamp(seconds: Int(Date().timeIntervalSince1970))
    }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ`; a bare `YYYY-MM-DD` means midnight UTC.
    public init?(iso text: some StringProtocol) {
        let s = String(text)
        if let day = Day(iso: s) { self.seconds = day.ordinal * 86400; return }
        let u = Array(s.utf8)
        guard u.count == 20, u[10] == 0x54, u[13] == 0x3A, u[16] == 0x3A, u[19] == 0x5A,
              let day = Day(iso: String(decoding: u[0..<10], as: UTF8.self)) else { return nil }
        func num(_ a: Int) -> Int? {
            let h = Int(u[a]) - 48, l = Int(u[a + 1]) - 48
            guard (0...9).contains(h), (0...9).contains(l) else { return nil }
            return h * 10 + l
        }
        guard let hh = num(11), let mm = num(14), let ss = num(17), hh < 24, mm < 60, ss < 61 else { return nil }
        self.seconds = day.ordinal * 86400 + hh * 3600 + mm * 60 + ss
    }

    /// The UTC day of this instant.
    public var day: Day { Day(ordinal: Int((Double(seconds) / 86400).rounded(.down))) }

    public var iso: String {
        let d = day
        let rest = seconds - d.ordinal * 86400
        return d.iso + "T" + Day.pad2(rest / 3600) + ":" + Day.pad2(rest / 60 % 60) + ":" + Day.pad2(rest % 60) + "Z"
    }

    /// Local day in the machine's time zone, for "date of the last note" shown to people.
    public var localDay: Day {
        Timestamp(seconds: seconds + Self.offsetFromGMT(at: seconds)).day
    }

    /// The local zone's offset at a moment. Asking Foundation cost a tenth of `report` on
    /// 16,900 tasks, so a zone without daylight saving time, now or ahead (China, UTC), is
    /// asked once; other zones are asked every time.
    static func offsetFromGMT(at seconds: Int) -> Int {
        if let fixed = fixedOffset { return fixed }
        return TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    private static let fixedOffset: Int? = {
        let zone = TimeZone.current
        return zone.isDaylightSavingTime() || zone.nextDaylightSavingTimeTransition != nil ? nil : zone.secondsFromGMT()
    }()

    /// `2021-10-15 09:30` in local time, for history lines shown to people.
    public var localMinute: String {
        let local = seconds + Self.offsetFromGMT(at: seconds)
        let d = Timestamp(seconds: local).day
        let rest = local - d.ordinal * 86400
        return d.iso + " " + Day.pad2(rest / 3600) + ":" + Day.pad2(rest / 60 % 60)
    }

    public var description: String { iso }
    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }
}
