import TaizhangCore

/// Fitting stored text into columns: made visible first, then measured, so a control
/// character's stand-in (`^[`) is counted as the two columns it takes.
enum TextFit {
    /// One line of `text`, cut with `…` to `columns`; newlines shown as `⏎`.
    static func line(_ text: String, _ columns: Int) -> String {
        DisplayWidth.truncate(VisibleText.sanitize(text), to: columns)
    }

    /// Exactly `columns` wide: cut or padded on the right.
    static func padded(_ text: String, _ columns: Int) -> String {
        DisplayWidth.pad(VisibleText.sanitize(text), to: columns)
    }

    /// Exactly `columns` wide, right-aligned (numbers).
    static func right(_ text: String, _ columns: Int) -> String {
        DisplayWidth.padLeft(VisibleText.sanitize(text), to: columns)
    }

    /// Cut on the left with a leading `…`: for a path, whose end says the most.
    static func leftCut(_ text: String, _ columns: Int) -> String {
        let visible = VisibleText.sanitize(text)
        guard DisplayWidth.width(visible) > columns else { return visible }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        var tail = ""
        var used = 0
        for character in visible.reversed() {
            let w = DisplayWidth.width(character)
            if used + w > columns - 1 { break }
            tail.insert(character, at: tail.startIndex)
            used += w
        }
        return "…" + tail
    }
}
