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

    /// Cut in the middle: for a unit's name, whose start says what kind of body and whose end
    /// tells it from its neighbours (各镇…道） and 各镇…区）, where a cut at the end showed
    /// 各镇（街… for both).
    static func middle(_ text: String, _ columns: Int) -> String {
        let visible = VisibleText.sanitize(text)
        let ellipsis = Glyphs.current.ellipsis
        let room = columns - DisplayWidth.width(ellipsis)
        guard DisplayWidth.width(visible) > columns, room >= 2 else { return line(visible, columns) }
        let characters = Array(visible)
        var head = "", tail = "", used = 0
        var i = 0, j = characters.count - 1
        while i <= j {
            let takeTail = DisplayWidth.width(tail) < DisplayWidth.width(head)
            let c = takeTail ? characters[j] : characters[i]
            let w = DisplayWidth.width(c)
            if used + w > room { break }
            used += w
            if takeTail { tail.insert(c, at: tail.startIndex); j -= 1 } else { head.append(c); i += 1 }
        }
        return head + ellipsis + tail
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
