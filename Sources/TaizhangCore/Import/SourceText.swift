/// A document as numbered lines, the unit everything in an import is accounted by.
struct SourceText {
    let lines: [SourceLine]

    init(_ text: String) {
        var out: [SourceLine] = []
        var n = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            out.append(SourceLine(line: n, text: line))
        }
        // A final newline does not start another line.
        if let last = out.last, last.text.isEmpty, out.count > 1 { out.removeLast() }
        lines = out
    }

    /// Numbered lines made elsewhere (the paragraphs and rows of an office file).
    init(lines: [SourceLine]) { self.lines = lines }

    var lineCount: Int { lines.count }

    /// Lines with text, trimmed.
    var nonBlank: [SourceLine] {
        lines.compactMap { l in
            let t = TextFolding.trim(l.text)
            return t.isEmpty ? nil : SourceLine(line: l.line, text: t)
        }
    }
}

/// HTML that scraped documents carry: `<p>` wrappers, `<br>`, `&nbsp;`.
enum MarkupStripper {
    static func strip(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return text }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == "<", let close = text[i...].firstIndex(of: ">"),
               text.distance(from: i, to: close) < 40, isTag(text[text.index(after: i)..<close]) {
                let name = text[text.index(after: i)..<close].lowercased()
                if name.hasPrefix("br") { out.append(" ") }
                i = text.index(after: close)
                continue
            }
            if c == "&", let semi = text[i...].firstIndex(of: ";"), text.distance(from: i, to: semi) <= 6 {
                let entity = String(text[i...semi])
                if let replacement = entities[entity] { out.append(replacement); i = text.index(after: semi); continue }
            }
            out.append(c)
            i = text.index(after: i)
        }
        return out
    }

    private static let entities = ["&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'"]

    private static func isTag(_ inner: Substring) -> Bool {
        let name = inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter })
        return ["p", "br", "td", "tr", "span", "div", "th", "b", "strong", "font"].contains(name.lowercased())
    }
}
