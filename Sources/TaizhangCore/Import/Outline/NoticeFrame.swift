/// Where the plan itself starts in a document that wraps it: a web page (site name, 来源,
/// 发布时间, 字体【大 中 小】), metadata (索引号, 文号, 发布机构), and the covering notice with its
/// own numbered paragraphs, signature and date, before the plan's title.
///
/// Everything before the start is the plan's preamble: kept, searched for the title, the
/// issuer, the date and the document number, but never read as headings or tasks.
enum NoticeFrame {
    /// The index in `lines` of the first line of the plan's body, and the title line's index
    /// when one stands right before it.
    static func bodyStart(_ lines: [SourceLine]) -> (body: Int, title: Int?) {
        let texts = lines.map(\.text)
        // The last line that closes a notice (its date, "(此件公开发布)", "附件:") and is
        // followed by structure: the plan starts after it, after the plan's title if any.
        for k in texts.indices.reversed() where closesNotice(texts[k]) && hasStructure(after: k, texts) {
            return afterTitle(from: k + 1, texts)
        }
        // No notice: a title near the top starts the plan.
        if let t = texts.prefix(12).lastIndex(where: PlanMetadata.isTitleLike), hasStructure(after: t, texts) {
            return (t + 1, t)
        }
        return (0, nil)
    }

    /// A line that ends a covering notice.
    static func closesNotice(_ text: String) -> Bool {
        let key = TextFolding.matchingKey(text)
        if isDateLine(key) { return true }
        if key.hasPrefix("(此件") || key.hasPrefix("此件") { return true }
        if PlanWords.attachmentOpenings.contains(where: key.hasPrefix), key.count <= 60 { return true }
        return PlanWords.isNoticeLine(text) && key.count <= 200 && !ItemMarkerLine.isItem(text)
    }

    /// "2021年4月6日" alone on its line (a signature's date).
    static func isDateLine(_ key: String) -> Bool {
        let chars = Array(key)
        guard chars.count >= 8, chars.count <= 12, chars.last == "日" else { return false }
        return chars.prefix(4).allSatisfy { $0.isASCII && $0.isNumber } && chars[4] == "年"
    }

    /// At least two numbered items (or lines naming units) or a table header follow line `k`.
    private static func hasStructure(after k: Int, _ texts: [String]) -> Bool {
        var items = 0
        for t in texts[(k + 1)...].prefix(80) {
            if namesUnits(t) { return true }
            if ItemMarkerLine.isItem(t) { items += 1 }
            if HeaderVocabulary.roles(BracketSplitter.split(t, at: ["|", "｜", "\t"])) != nil { return true }
            if items >= 2 { return true }
        }
        return false
    }

    /// A line of labelled units ("责任单位:…", "部门分工:…") or ending in a bracket of them.
    private static func namesUnits(_ t: String) -> Bool {
        let m = TextFolding.matching(t)
        if m.contains(":"), ["单位:", "部门:", "分工:", "科室:"].contains(where: m.contains) { return true }
        guard let close = m.lastIndex(where: BracketSplitter.closers.contains),
              let open = m[..<close].lastIndex(where: BracketSplitter.openers.contains) else { return false }
        return RoleWords.containsMarker(String(m[open...close]))
    }

    /// The body starts after a title line standing within the next few lines.
    private static func afterTitle(from start: Int, _ texts: [String]) -> (body: Int, title: Int?) {
        var i = start
        while i < texts.count, i < start + 4 {
            if ItemMarkerLine.isItem(texts[i]) { break }
            if PlanMetadata.isTitleLike(texts[i]) { return (i + 1, i) }
            i += 1
        }
        return (start, nil)
    }
}

/// Whether a line opens with an item number.
enum ItemMarkerLine {
    static func isItem(_ text: String) -> Bool { ItemMarker.leading(text) != nil }
}
