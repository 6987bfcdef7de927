/// Text as XML 1.0 allows it in element content and attribute values.
enum XMLText {
    /// Escapes markup characters; control characters XML forbids (all below U+0020 but tab,
    /// line feed and carriage return) become visible caret notation instead of a broken file.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20: out += "^" + String(Character(Unicode.Scalar(UInt8(scalar.value + 0x40))))
            case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
