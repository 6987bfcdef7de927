/// Splits a cell at separators that stand outside brackets, because 各镇(街、园区) is one unit.
///
/// The one bracket grammar of the importer: every kind a plan uses, ASCII and full-width, so
/// it reads folded and unfolded text alike. Bracket kinds are not matched against each other:
/// a plan that opens with （ and closes with 】 still means one parenthesis.
enum BracketSplitter {
    static let openers: Set<Character> = ["(", "[", "【", "〔", "（", "［", "〖"]
    static let closers: Set<Character> = [")", "]", "】", "〕", "）", "］", "〗"]

    /// The pieces between separators, trimmed, empty ones dropped.
    /// - Parameter separatesAtSpace: whitespace separates too, except before an opening
    ///   bracket ("各镇 (街道)" is one unit).
    static func split(_ text: String, at separators: Set<Character>,
                      separatesAtSpace: Bool = false) -> [String] {
        let chars = Array(text)
        var pieces: [String] = [], current = "", depth = 0
        for (i, c) in chars.enumerated() {
            if openers.contains(c) { depth += 1 }
            if closers.contains(c) { depth = max(0, depth - 1) }
            let separates = separators.contains(c)
                || separatesAtSpace && c.isWhitespace && !opensBracket(after: i, in: chars)
            if depth == 0 && separates { pieces.append(current); current = "" } else { current.append(c) }
        }
        pieces.append(current)
        return pieces.map(TextFolding.trim).filter { !$0.isEmpty }
    }

    /// The pieces between separators outside brackets, each with the separator before it
    /// ("" for the first), untrimmed and with empty ones kept: joining them gives the text back.
    static func splitKeepingSeparators(_ text: String, at separators: Set<Character>) -> [(piece: String, separator: String)] {
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
    private static func opensBracket(after index: Int, in chars: [Character]) -> Bool {
        let next = chars[(index + 1)...].first { !$0.isWhitespace }
        return next.map(openers.contains) ?? false
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
