import Foundation

/// The paragraph styles of a Word document (`word/styles.xml`) as far as reading a plan needs
/// them: which styles are headings, at which level, and which number their paragraphs.
///
/// A heading style is known by its outline level (`w:outlineLvl`, 0 = level 1), by its name
/// (`heading 1`, `标题 1`, as Word names them in every language's template) or by its id
/// (`Heading1`, and `1` `2` `3` in documents made by Chinese Word). Properties are inherited
/// along `w:basedOn`, as Word resolves them.
struct DocxStyles {
    struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var numID: String?
        var numLevel: Int?
    }

    private var styles: [String: Style] = [:]

    init() {}

    init(_ root: XMLNode) {
        for s in root.all("style") where s["type"] == "paragraph" {
            guard let id = s["styleId"] else { continue }
            var style = Style()
            style.name = s.child("name")?["val"] ?? ""
            style.basedOn = s.child("basedOn")?["val"]
            let pPr = s.child("pPr")
            style.outlineLevel = pPr?.child("outlineLvl")?["val"].flatMap { Int($0) }
            style.numID = pPr?.child("numPr")?.child("numId")?["val"]
            style.numLevel = pPr?.child("numPr")?.child("ilvl")?["val"].flatMap { Int($0) }
            styles[id] = style
        }
    }

    /// The heading level (1 = top) of paragraphs in style `id`; nil for body text.
    func headingLevel(_ id: String) -> Int? {
        var seen: Set<String> = []
        var current: String? = id
        while let c = current, !seen.contains(c), let style = styles[c] {
            seen.insert(c)
            if let outline = style.outlineLevel { return outline < 9 ? outline + 1 : nil }
            if let level = Self.levelInName(style.name) ?? Self.levelInID(c) { return level }
            current = style.basedOn
        }
        return current.flatMap(Self.levelInID)
    }

    /// The list that numbers paragraphs of style `id`, and the level when the style says it.
    func numbering(_ id: String) -> (numID: String, level: Int?)? {
        var seen: Set<String> = []
        var current: String? = id
        while let c = current, !seen.contains(c), let style = styles[c] {
            seen.insert(c)
            if let num = style.numID { return (num, style.numLevel) }
            current = style.basedOn
        }
        return nil
    }

    /// `heading 2`, `Heading 2`, `标题 2` → 2.
    static func levelInName(_ name: String) -> Int? {
        let lower = name.lowercased()
        for prefix in ["heading", "标题"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            if let n = Int(rest), (1...9).contains(n) { return n }
        }
        return nil
    }

    /// `Heading2` → 2, and Chinese Word's bare ids `1` … `9`.
    static func levelInID(_ id: String) -> Int? {
        let rest = id.lowercased().hasPrefix("heading") ? String(id.dropFirst(7)) : id
        guard rest.count == 1, let n = Int(rest), (1...9).contains(n) else { return nil }
        return n
    }
}
