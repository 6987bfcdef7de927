/// The fixed phrases that tell what kind of time limit a text is, other than a day.
///
/// All matching is done on the folded, space-free text (`TextFolding.key`) with numerals
/// turned into digits, so 每季度 and "每 季度", 一个月内 and 1个月内 read the same.
enum DeadlinePhrases {
    /// Phrases of a recurring obligation, most frequent first. 每年 is absent on purpose: in
    /// a yearly plan every task is yearly.
    static let recurrences: [(phrase: String, recurrence: Recurrence)] = [
        ("每月", .monthly), ("每个月", .monthly), ("按月", .monthly),
        ("每季度", .quarterly), ("每季", .quarterly), ("按季度", .quarterly),
        ("每半年", .halfYearly),
    ]

    /// Phrases of work with no end: no due day, "stale" when no progress is reported.
    static let ongoing = ["长期", "持续推进", "持续开展", "常态化", "常年"]

    /// A limit that starts with one of these waits for someone else: 按省工作部署, 根据上级要求, 待…后.
    static let eventOpenings = ["按", "根据", "依据", "视", "收到", "待", "随"]

    /// A limit that contains one of these waits for someone else: 按财政部门规定的时间完成, …而定.
    static let eventPhrases = ["规定的时间", "规定时间", "部署", "而定", "后及时"]

    /// The most frequent recurrence the text names, because a task due 每月 and summed up
    /// 每季度 is chased monthly.
    static func recurrence(in key: String) -> Recurrence? {
        recurrences.first { key.contains($0.phrase) }?.recurrence
    }

    static func isOngoing(_ key: String) -> Bool {
        ongoing.contains { key.contains($0) }
    }

    static func dependsOnEvent(_ key: String) -> Bool {
        eventOpenings.contains { key.hasPrefix($0) } || eventPhrases.contains { key.contains($0) }
    }
}
