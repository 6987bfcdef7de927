/// Splits a cell at separators that stand outside brackets, because 各镇(街、园区) is one unit.
///
/// The one bracket grammar of the importer: every kind a plan uses, ASCII and full-width, so
/// it reads folded and unfolded text alike. Bracket kinds are not matched against each other:
/// a plan that opens with （ and closes with 】 still means one parenthesis.
enum BracketSplitter {
    static let openers: ScalarSet = ["(", "[", "【", "〔", "（", "［", "〖"]
    static let closers: ScalarSet = [")", "]", "】", "〕", "）", "］", "〗"]

    /// The pieces between separators, trimmed, empty ones dropped.
    /// - Parameter separatesAtSpace: whitespace separates too, except before an opening
    ///   bracket ("各镇 (街道)" is one unit).
    static func split(_ text: String, at separators: ScalarSet,
                      separatesAtSpace: Bool = false) -> [String] {
        // By scalar and by slice: every line of a plan is split like this by several readers,
        // and building each piece character by character was a tenth of a large import.
        let scalars = Array(text.unicodeScalars)
        var pieces: [String] = [], start = 0, depth = 0
        func piece(_ end: Int) {
            let t = TextFolding.trim(String(String.UnicodeScalarView(scalars[start..<end])))
            if !t.isEmpty { pieces.append(t) }
        }
        for (i, c) in scalars.enumerated() {
            if openers.contains(scalar: c.value) { depth += 1 }
            if closers.contains(scalar: c.value) { depth = max(0, depth - 1) }
            let separates = separators.contains(scalar: c.value)
                || separatesAtSpace && TextFolding.isSpace(c) && !opensBracket(after: i, in: scalars)
            if depth == 0 && separates { piece(i); start = i + 1 }
        }
        piece(scalars.count)
        return pieces
    }

    /// The pieces between separators outside brackets, each with the separator before it
    /// ("" for the first), untrimmed and with empty ones kept: joining them gives the text back.
    static func splitKeepingSeparators(_ text: String, at separators: ScalarSet) -> [(piece: String, separator: String)] {
        var out: [(String, String)] = [], current = "", before = "", depth = 0
        for c in text {
            if openers.contains(c) { depth += 1 }
            if closers.contains(c) { depth = max(0, depth - 1) }
            if depth == 0, separators.contains(c) {
                out.append((current, before))
                current = ""
                before = String(c)
            } else {
                current.append(c)
            }
        }
        out.append((current, before))
        return out.filter { !TextFolding.trim($0.0).isEmpty || $0.1.isEmpty }
    }

    /// True when the first character after the whitespace at `index` opens a bracket.
    private static func opensBracket(after index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let next = scalars[(index + 1)...].first { !TextFolding.isSpace($0) }
        return next.map { openers.contains(scalar: $0.value) } ?? false
    }

    /// True when every opening bracket is closed: an unclosed one swallows the rest of the cell.
    static func isBalanced(_ text: String) -> Bool {
        var depth = 0
        for c in text {
            if openers.contains(c) { depth += 1 }
            if closers.contains(c) { depth -= 1 }
            if depth < 0 { return false }
        }
        return depth == 0
    }

    /// The text without one pair of brackets around all of it: "(牵头部门:法规处)" → "牵头部门:法规处".
    static func unwrapped(_ text: String) -> String {
        guard let first = text.first, openers.contains(first),
              let last = text.last, closers.contains(last) else { return text }
        let inner = String(text.dropFirst().dropLast())
        return isBalanced(inner) ? TextFolding.trim(inner) : text
    }
}
