/// The words around unit names that say what part the units play, and never belong to a name.
///
/// All functions take folded text (`TextFolding.fold`): the colon of a label is ASCII.
enum UnitRoleWords {
    /// Verbs that end a name or a clause: "A牵头", "B配合", "各部门落实".
    static let markers: [(word: String, role: UnitRole)] = [
        ("牵头", .lead), ("配合", .support), ("参与", .support), ("协助", .support),
        ("负责", .responsible), ("落实", .responsible),
    ]

    /// Adverbs in front of a marker: 按职责分工负责, 分别牵头, 分别负责, 具体负责, 共同牵头.
    /// They change how the work is shared, not who does it, so they go with the marker.
    static let adverbs = ["按职责分工", "按职责", "分别", "共同", "具体", "各自"]

    /// A trailing 等 ("区发改局等", "区发改局等部门"): the list is "and others".
    static let andOthersEndings = ["等单位", "等部门", "等科室", "等处室", "等"]

    /// Labels a cell or a clause may start with, and the role they give its units. A 责任
    /// label has none of its own: opening the cell, its units get what unmarked units get;
    /// opening a later clause ("牵头单位:X;责任单位:Y"), they are responsible.
    static let labels: [(label: String, role: UnitRole?)] = [
        ("牵头单位", .lead), ("牵头部门", .lead), ("牵头科室", .lead), ("牵头处室", .lead),
        ("配合单位", .support), ("配合部门", .support), ("参与单位", .support),
        ("责任单位", nil), ("责任部门", nil), ("责任科室", nil), ("责任处室", nil),
        ("牵头及责任单位", nil), ("牵头及责任部门", nil),
    ]

    /// A label at the start of `text` ("牵头单位:X"): its role and the text after the colon.
    static func label(in text: String) -> (role: UnitRole?, rest: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let head = TextFolding.key(String(text[..<colon]))
        guard let entry = labels.first(where: { $0.label == head }) else { return nil }
        return (entry.role, TextFolding.trim(text[text.index(after: colon)...]))
    }

    /// The text without its trailing role words, and the role they give. With several
    /// ("牵头负责", "配合落实") the first one read decides: the rest only say "do it".
    static func strippingMarkers(_ text: String) -> (rest: String, role: UnitRole?) {
        var rest = UnitName.trimmingTrailingPunctuation(text)
        var role: UnitRole?
        if let bracketed = strippingBracketedMarker(rest) { (rest, role) = bracketed }
        while let marker = markers.first(where: { rest.hasSuffix($0.word) }) {
            rest.removeLast(marker.word.count)
            if let adverb = adverbs.first(where: { rest.hasSuffix($0) }) { rest.removeLast(adverb.count) }
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
        guard let ending = andOthersEndings.first(where: { name.hasSuffix($0) }) else { return (name, false) }
        return (TextFolding.trim(name.dropLast(ending.count)), true)
    }
}
