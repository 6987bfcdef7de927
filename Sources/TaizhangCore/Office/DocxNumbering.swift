/// Word's automatic numbering (`word/numbering.xml`), counted paragraph by paragraph the way
/// Word counts it, so that `w:numPr` becomes the label a reader sees (`一、` `（一）` `1.`).
///
/// - A `w:num` points at an abstract list (`w:abstractNum`) holding up to nine levels, each
///   with a start value, a format (`w:numFmt`), a label pattern (`w:lvlText`, `%1` … `%9` being
///   the current numbers of levels 1 … 9) and what follows the label (`w:suff`).
/// - Counters belong to the abstract list: two `w:num` sharing it continue each other, as in
///   Word. A `w:lvlOverride` with `w:startOverride` restarts that level the first time its
///   `w:num` is used; a `w:lvl` inside the override replaces the level's definition.
/// - Numbering a level resets the levels below it, unless a level's `w:lvlRestart` says after
///   which level it restarts (0: never).
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        /// `tab` (the default), `space` or `nothing`.
        var suffix = "tab"
        /// 1-based level after which this one restarts; nil: after any higher level.
        var restartAfter: Int?
        /// `w:isLgl`: every number in the label is shown as decimal (`1.1` under `第一章`).
        var legal = false
        /// The paragraph style this level is tied to (`w:pStyle`), for numbering set by style.
        var style: String?
    }

    private struct Instance {
        var abstract: String
        var overrides: [Int: Level] = [:]
        var startOverrides: [Int: Int] = [:]
    }

    private var abstracts: [String: [Int: Level]] = [:]
    private var instances: [String: Instance] = [:]
    /// Current numbers by abstract list and level.
    private var counters: [String: [Int: Int]] = [:]
    private var startedInstances: Set<String> = []

    init() {}

    init(_ root: XMLNode) {
        for a in root.all("abstractNum") {
            guard let id = a["abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for l in a.all("lvl") { if let i = Int(l["ilvl"] ?? "") { levels[i] = Self.level(l) } }
            abstracts[id] = levels
        }
        for n in root.all("num") {
            guard let id = n["numId"], let abstract = n.child("abstractNumId")?["val"] else { continue }
            var instance = Instance(abstract: abstract)
            for o in n.all("lvlOverride") {
                guard let i = Int(o["ilvl"] ?? "") else { continue }
                if let start = o.child("startOverride")?["val"].flatMap({ Int($0) }) { instance.startOverrides[i] = start }
                if let l = o.child("lvl") { instance.overrides[i] = Self.level(l) }
            }
            instances[id] = instance
        }
    }

    private static func level(_ l: XMLNode) -> Level {
        var level = Level()
        level.start = l.child("start")?["val"].flatMap { Int($0) } ?? 1
        level.format = l.child("numFmt")?["val"] ?? "decimal"
        level.text = l.child("lvlText")?["val"] ?? ""
        level.suffix = l.child("suff")?["val"] ?? "tab"
        level.restartAfter = l.child("lvlRestart")?["val"].flatMap { Int($0) }
        level.legal = l.child("isLgl").map { $0["val"] != "0" && $0["val"] != "false" } ?? false
        level.style = l.child("pStyle")?["val"]
        return level
    }

    /// The level of list `numId` tied to paragraph style `style`, for a style that numbers its
    /// paragraphs without saying which level.
    func level(ofStyle style: String, numID: String) -> Int? {
        guard let instance = instances[numID], let levels = abstracts[instance.abstract] else { return nil }
        return levels.first { $0.value.style == style }?.key
    }

    /// Counts one more paragraph of list `numID` at level `ilvl`; returns its label as the
    /// paragraph's text should begin, or nil when the paragraph
    /// is not numbered (`numId` 0, an unknown list, a level without a definition).
    mutating func next(numID: String, level ilvl: Int) -> String? {
        guard numID != "0", let instance = instances[numID], let defined = definition(instance, ilvl) else { return nil }
        let key = instance.abstract
        var counts = counters[key] ?? [:]
        if !startedInstances.contains(numID) {
            startedInstances.insert(numID)
            for (i, start) in instance.startOverrides { counts[i] = start - 1 }
        }
        counts[ilvl] = (counts[ilvl] ?? (defined.start - 1)) + 1
        // Deeper levels start again, unless they restart only after a level above this one.
        for deeper in (ilvl + 1)..<9 {
            let restartAfter = definition(instance, deeper)?.restartAfter
            if restartAfter == 0 { continue }
            if let after = restartAfter, after < ilvl + 1 { continue }
            counts[deeper] = nil
        }
        counters[key] = counts
        var label = ""
        var chars = defined.text.makeIterator()
        while let c = chars.next() {
            guard c == "%", let d = chars.next() else { label.append(c); continue }
            guard let k = d.wholeNumberValue, (1...9).contains(k), let def = definition(instance, k - 1) else {
                label.append(c); label.append(d); continue
            }
            let value = counts[k - 1] ?? def.start
            label += ListNumberFormat.render(value, format: defined.legal ? "decimal" : def.format)
        }
        if label.isEmpty { return nil }
        // A tab after `一、` or `(1)` is a gap the punctuation already makes: typed plans write
        // `一、深化…`. After a numeral or word (`第一章 总则`) it is a space.
        let needsGap = defined.suffix != "nothing" && !(label.last!.isPunctuation || label.last!.isSymbol)
        return label + (needsGap ? " " : "")
    }

    private func definition(_ instance: Instance, _ ilvl: Int) -> Level? {
        instance.overrides[ilvl] ?? abstracts[instance.abstract]?[ilvl]
    }
}
