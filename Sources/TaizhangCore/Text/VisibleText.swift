/// Makes text from documents safe to draw: every control character becomes visible text.
///
/// Imported plans are data, never terminal commands. An ESC or C1 CSI (U+009B) would start
/// an escape sequence that can recolour, move or retitle the terminal; a bidi override would
/// reorder what follows it. Each is replaced by a visible stand-in instead of being dropped,
/// so the officer sees that the document contains something odd.
public enum VisibleText {
    /// Stand-in for a line break when a view shows text on one line.
    public static let newlineMark = "⏎"

    /// Returns `text` with controls replaced.
    ///
    /// - C0 controls become caret notation (`ESC` → `^[`, `CR` → `^M`, `BEL` → `^G`), DEL `^?`.
    /// - C1 controls and bidi controls become `<U+009B>` style names.
    /// - A tab becomes one space (column layout cannot honour tab stops).
    /// - A line break (LF, CRLF, U+2028, U+2029) becomes `⏎`, or stays `\n` with `keepNewlines`.
    public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsReplacement) else { return text }
        var out = ""
        var pendingCR = false
        let newline = keepNewlines ? "\n" : newlineMark
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                if scalar == "\n" { out += newline; continue }
                out += "^M"
            }
            if scalar == "\r" { pendingCR = true; continue }
            out += replacement(for: scalar, newline: newline)
        }
        if pendingCR { out += "^M" }
        return out
    }

    static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || isBidiControl(v) || v == 0x2028 || v == 0x2029
    }

    static func replacement(for scalar: Unicode.Scalar, newline: String) -> String {
        let v = scalar.value
        switch v {
        case 0x0A, 0x2028, 0x2029: return newline
        case 0x09: return " "
        case 0x00..<0x20: return "^" + String(Character(Unicode.Scalar(UInt8(v + 0x40))))
        case 0x7F: return "^?"
        case 0x80...0x9F: return codePointName(v)
        case _ where isBidiControl(v): return codePointName(v)
        default: return String(scalar)
        }
    }

    /// Embedding, override and isolate controls: they reorder the text drawn after them.
    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    static func codePointName(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
