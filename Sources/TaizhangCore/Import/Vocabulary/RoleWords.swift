/// The words around unit names that say what part the units play, and never belong to a name.
///
/// This folder (`Import/Vocabulary`) holds every word list the importer reads plans by — role
/// words here, field labels and column headers in `FieldLabels`, unit names in `UnitWords`,
/// time limits in `DeadlineWords`, titles and page furniture in `PlanWords` — so that every
/// reader agrees. Lists are written in simplified characters with ASCII punctuation; texts
/// are compared through `TextFolding.matching`, so full-width punctuation and traditional
/// characters match too, and what is cut off is cut from the text as written.
enum RoleWords {
    /// Verbs that end a name or a clause: "A牵头", "B配合", "各部门落实". Longer first, so that
    /// 负责落实 is read whole.
    static let markers: [(word: String, role: UnitRole)] = [
        ("牵头", .lead), ("主办", .lead), ("主责", .lead),
        ("配合", .support), ("参与", .support), ("协助", .support), ("协办", .support), ("协同", .support),
        ("负责", .responsible), ("落实", .responsible), ("承办", .responsible), ("实施", .responsible),
    ]

    /// Adverbs in front of a marker: 按职责分工负责, 分别牵头, 分别负责, 具体负责, 共同牵头.
    /// They change how the work is shared, not who does it, so they go with the marker.
    static let adverbs = ["按职责分工", "按照职责分工", "按职责", "分别", "共同", "具体", "各自", "积极", "做好"]

    /// Words that introduce the units of a sentence: "由X负责", "此项工作由X牵头".
    static let introducers = ["此项工作由", "该项工作由", "本项工作由", "由"]

    /// A trailing 等 ("区发改局等", "区发改局等部门"): the list is "and others".
    static let andOthersEndings = ["等有关单位", "等有关部门", "等相关单位", "等相关部门", "等单位", "等部门", "等科室",
                                   "等处室", "等"]

    /// Words that make 牵头 part of a name rather than a marker: 各牵头单位.
    static let nounsAfterLead = ["单位", "部门", "科室", "处室"]

    /// Words joining two units under one marker: "办公室会同法规科牵头". A bare 会 joins only
    /// where both sides end like a unit's name (`UnitWords.isJoinable`).
    static let joins = ["会同"]

    /// Words that start with 会 and so are no join: 会计科, 会议室, 会展中心, 会务联络科.
    static let wordsStartingWithJoin: Set<Character> = ["计", "议", "展", "务", "员", "所", "馆", "堂", "商", "签", "审"]

    /// Words between two units that mean "and": "州委编办及州直相关单位".
    static let conjunctions = ["以及", "及", "和", "与"]

    /// The role a single marker word gives (牵头 → lead), nil for any other text.
    static func role(of word: String) -> UnitRole? {
        let m = TextFolding.matchingKey(word)
        return markers.first { $0.word == m }?.role
    }

    /// The text without its trailing role words, and the role they give. With several
    /// ("牵头负责", "配合落实") the first one read decides: the rest only say "do it".
    static func strippingMarkers(_ text: String) -> (rest: String, role: UnitRole?) {
        var rest = UnitName.trimmingTrailingPunctuation(text)
        var role: UnitRole?
        if let bracketed = strippingBracketedMarker(rest) { (rest, role) = bracketed }
        while let marker = markers.first(where: { TextFolding.matching(rest).hasSuffix($0.word) }) {
            // 市经协办 is a name (经济协作办公室), not 市经 + 协办: a marker is only taken off
            // a name that ends like one without it.
            let without = String(rest.dropLast(marker.word.count))
            if UnitWords.endsLikeUnit(rest), !UnitWords.endsLikeUnit(without), role == nil { break }
            rest = without
            // 按职责分工分别负责: every adverb before the marker goes with it.
            while let adverb = adverbs.first(where: { TextFolding.matching(rest).hasSuffix($0) }) {
                rest = String(rest.dropLast(adverb.count))
            }
            rest = TextFolding.trim(rest)
            role = marker.role
        }
        return (rest, role)
    }

    /// "区财政局(牵头)": a marker in brackets is still a marker, not another name of the unit.
    static func strippingBracketedMarker(_ text: String) -> (rest: String, role: UnitRole?)? {
        guard let last = text.last, BracketSplitter.closers.contains(last),
              let open = text.lastIndex(where: { BracketSplitter.openers.contains($0) }) else { return nil }
        let inner = strippingMarkers(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        guard inner.rest.isEmpty, let role = inner.role else { return nil }
        return (TextFolding.trim(text[..<open]), role)
    }

    /// The name without a trailing 等 (等单位, 等部门…), and whether there was one.
    static func strippingAndOthers(_ name: String) -> (rest: String, andOthers: Bool) {
        let m = TextFolding.matching(name)
        if let ending = andOthersEndings.first(where: { m.hasSuffix($0) }) {
            return (TextFolding.trim(name.dropLast(ending.count)), true)
        }
        // "区发改委等相关区直部门": 等 before a collective phrase means "and the others of them".
        guard let i = m.lastIndex(of: "等"), i > m.startIndex else { return (name, false) }
        let after = String(m[m.index(after: i)...])
        guard after.count <= 12, UnitWords.isCollective(after) || after.hasSuffix("部门") || after.hasSuffix("单位") else {
            return (name, false)
        }
        return (TextFolding.trim(String(name.prefix(m.distance(from: m.startIndex, to: i)))), true)
    }

    /// A bracketed note after a unit, not another name of it: "市有关单位(见附件1,下同)",
    /// "市财政局(第一责任单位为牵头单位,下同)".
    static let noteWords = ["下同", "见附件", "列第一位", "排第一位", "排在第一位", "第一责任单位", "注:"]

    /// The name without a bracketed note at its end.
    static func strippingNote(_ name: String) -> String {
        guard let last = name.last, BracketSplitter.closers.contains(last),
              let open = name.lastIndex(where: BracketSplitter.openers.contains) else { return name }
        let inner = TextFolding.matching(String(name[open...]))
        guard noteWords.contains(where: inner.contains) else { return name }
        return TextFolding.trim(String(name[..<open]))
    }

    /// How a document's note says which units lead, where no 牵头 marks them.
    enum LeadNote: Equatable {
        /// "列第一位的为牵头单位", "(第一责任单位为牵头单位,下同)".
        case firstUnit
        /// "逗号前为牵头单位": the units before the first comma.
        case beforeComma
        /// "加*号为牵头部门": the units marked *.
        case starred
    }

    /// The lead note a line holds, if any.
    static func leadNote(in text: String) -> LeadNote? {
        let m = TextFolding.matchingKey(text)
        guard let lead = m.byteRange(of: "牵头") else { return nil }
        let before = m[..<lead.lowerBound].suffix(16)
        guard before.contains("为") || before.contains("是") || before.contains("系") else { return nil }
        if before.contains("*") || before.contains("※") || before.contains("星号") { return .starred }
        if before.contains("逗号前") || before.contains("顿号前") { return .beforeComma }
        if before.contains("第一") { return .firstUnit }
        return nil
    }

    /// The text after a leading "由" / "此项工作由": the units of a role sentence.
    static func strippingIntroducer(_ text: String) -> String? {
        let m = TextFolding.matching(text)
        guard let word = introducers.first(where: { m.hasPrefix($0) }) else { return nil }
        return TextFolding.trim(text.dropFirst(word.count))
    }

    /// True when the text ends with a role word (after adverbs), as a unit clause does.
    static func endsWithMarker(_ text: String) -> Bool {
        let m = TextFolding.matching(UnitName.trimmingTrailingPunctuation(text))
        return markers.contains { m.hasSuffix($0.word) }
    }

    /// True when the text holds a role word anywhere.
    static func containsMarker(_ text: String) -> Bool {
        let m = TextFolding.matching(text)
        return markers.contains { m.contains($0.word) }
    }
}
