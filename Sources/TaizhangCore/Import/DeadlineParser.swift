/// Reads a time limit as written (完成时限, 时限要求) into a `Deadline`.
///
/// The text is kept as written; the kind and day are derived from its folded form. A text
/// is read in this order, the first that applies deciding:
/// 1. a recurrence (每季度末) — due at year end, recurring;
/// 2. one or more days (年底前, 6月底, 2020年10月31日, 三季度末, 全年) — the latest of them;
/// 3. an outside event (按省工作部署, 视…而定, 收到…后及时…) — no day;
/// 4. a span after publication (本要点公布后30日内) — relative;
/// 5. ongoing work (长期推进, 常态化) — no day;
/// 6. anything else — an event a coordinator must date.
/// Days come before events because a limit that names a day (按要求6月底前完成) can be
/// chased; events come before spans because 收到文件后30日内 counts from the event, not from
/// the plan's publication.
public struct DeadlineParser: Sendable {
    let planYear: Int?
    let yearGuessed: Bool
    let published: Day?

    /// A parser for the time limits of one plan.
    /// - Parameters:
    ///   - planYear: the plan's year (nil when unknown).
    ///   - yearGuessed: true when that year came from the title/text rather than a --year
    ///     flag, so every date that relies on it is a guess.
    ///   - published: the plan's publication day when known.
    public init(planYear: Int?, yearGuessed: Bool, published: Day?) {
        self.planYear = planYear
        self.yearGuessed = yearGuessed
        self.published = published
    }

    /// The deadline a time limit means; `text` keeps it as written (trimmed, nil when blank).
    public func parse(_ written: String?) -> Deadline {
        let text = TextFolding.trim(written ?? "")
        guard !text.isEmpty else { return .none }
        let key = ChineseNumerals.arabicized(TextFolding.matchingKey(text))
        let scanned = DayScanner.scan(key)
        if let recurrence = DeadlineWords.recurrence(in: key) {
            return recurring(text, recurrence, year: scanned.writtenYear)
        }
        if !scanned.days.isEmpty { return dated(text, scanned.days) }
        if DeadlineWords.dependsOnEvent(key) { return Deadline(text: text, kind: .event) }
        if let span = RelativeSpan(key: key) { return relative(text, span) }
        if DeadlineWords.isOngoing(key) { return Deadline(text: text, kind: .ongoing) }
        return Deadline(text: text, kind: .event)
    }

    /// The recurring obligation a requirement text names, the most frequent when several.
    ///
    /// 每月/每个月/按月 → .monthly, 每季度/每季/按季度 → .quarterly, 每半年 → .halfYearly;
    /// nil otherwise (每年 in a yearly plan is not a recurrence).
    public static func recurrence(inRequirement text: String) -> Recurrence? {
        DeadlineWords.recurrence(in: TextFolding.matchingKey(text))
    }

    /// A recurring limit falls due each period until the end of the year it names, or of the plan's year.
    func recurring(_ text: String, _ recurrence: Recurrence, year written: Int?) -> Deadline {
        let due = resolve(.yearEnd(written))
        return Deadline(text: text, kind: .date, date: due.date, guessed: due.guessed, recurrence: recurrence)
    }

    /// The latest of the days named. When one of them has no year to resolve against, nobody
    /// can tell which is latest, so the day is left for a coordinator and marked a guess.
    func dated(_ text: String, _ days: [NamedDay]) -> Deadline {
        let allYear = days.contains { $0.allYear }
        let candidates = days.map(resolve).compactMap { due in
            due.date.map { (date: $0, guessed: due.guessed) }
        }
        guard candidates.count == days.count, let latest = candidates.max(by: Self.isEarlier) else {
            return Deadline(text: text, kind: .date, guessed: true, allYear: allYear)
        }
        return Deadline(text: text, kind: .date, date: latest.date, guessed: latest.guessed, allYear: allYear)
    }

    /// Orders due days; on a tie the guessed one counts as earlier, so a written year wins.
    static func isEarlier(_ a: (date: Day, guessed: Bool), _ b: (date: Day, guessed: Bool)) -> Bool {
        a.date != b.date ? a.date < b.date : a.guessed && !b.guessed
    }

    /// A span after publication; 工作日 spans are estimates and so marked guessed.
    func relative(_ text: String, _ span: RelativeSpan) -> Deadline {
        Deadline(text: text, kind: .relative, date: published?.adding(days: span.days),
                 guessed: span.estimated, relativeDays: span.days)
    }

    /// The day in the year written, else the plan's year (a guess when that year was).
    /// A day without any year resolves to nil, guessed.
    func resolve(_ named: NamedDay) -> (date: Day?, guessed: Bool) {
        if let year = named.year { return (named.resolved(in: year), false) }
        guard let planYear else { return (nil, true) }
        return (named.resolved(in: planYear), yearGuessed)
    }
}
