/// The words of time limits: what makes a text a time limit, and what kind it is.
///
/// All matching is done on the folded, simplified, space-free text
/// (`TextFolding.matchingKey`) with numerals turned into digits, so 每季度 and "每 季度",
/// 一个月内 and 1个月内, 長期 and 长期 read the same.
enum DeadlineWords {
    /// Phrases of a recurring obligation, most frequent first. 每年 is absent on purpose: in
    /// a yearly plan every task is yearly.
    static let recurrences: [(phrase: String, recurrence: Recurrence)] = [
        ("每月", .monthly), ("每个月", .monthly), ("按月", .monthly), ("逐月", .monthly),
        ("每季度", .quarterly), ("每季", .quarterly), ("按季度", .quarterly),
        ("每半年", .halfYearly),
    ]

    /// Phrases of work with no end: no due day, "stale" when no progress is reported.
    static let ongoing = ["长期", "持续推进", "持续开展", "持续", "常态化", "常年", "经常性", "日常", "动态更新"]

    /// A limit that starts with one of these waits for someone else: 按省工作部署, 根据上级要求, 待…后.
    static let eventOpenings = ["按", "根据", "依据", "视", "收到", "待", "随", "结合"]

    /// A limit that contains one of these waits for someone else: 按财政部门规定的时间完成, …而定.
    static let eventPhrases = ["规定的时间", "规定时间", "部署", "而定", "后及时", "即时", "实时"]

    /// Words that name a day of the year on their own, with the month they end in
    /// (`DayScanner`). 年内 and 今年 mean the plan's year end.
    static let yearWords: [(word: String, month: Int, allYear: Bool)] = [
        ("上半年", 6, false), ("下半年", 12, false), ("全年", 12, true), ("年中", 6, false), ("年底", 12, false),
        ("年末", 12, false), ("年内", 12, false),
    ]

    /// Words a cell holding only a time limit contains (a column of time limits, a label value).
    static let cellMarkers = ["年底", "年末", "月底", "月末", "日前", "日内", "上半年", "下半年", "全年", "季度", "长期", "持续",
                              "常态化", "常年", "每月", "每季", "每半年", "规定时间", "规定的时间", "部署", "而定",
                              "后及时", "即时", "年内", "月中旬", "月上旬", "月下旬", "个月内", "工作日内"]

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
