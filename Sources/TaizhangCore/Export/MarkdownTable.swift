/// A Markdown table for mail and chat (GitHub-flavoured pipes), which mail clients, WPS and
/// most chat tools render; as plain text it still reads as columns.
public struct MarkdownTable {
    public var header: [String]
    /// Columns of numbers, aligned right (`---:`).
    public var numeric: Set<Int>
    public private(set) var rows: [[String]] = []

    public init(_ header: [String], numeric: Set<Int> = []) {
        self.header = header
        self.numeric = numeric
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    public func render() -> String {
        var out = "| " + header.map { Self.cell($0) }.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { numeric.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n"
        for row in rows { out += "| " + row.map { Self.cell($0) }.joined(separator: " | ") + " |\n" }
        return out
    }

    /// One cell's text on one line: line breaks become spaces, `|` is escaped, control
    /// characters are made visible, and text longer than `limit` display columns is cut.
    public static func cell(_ text: String, limit: Int = .max) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let visible = VisibleText.sanitize(flat)
        let cut = limit == .max ? visible : DisplayWidth.truncate(visible, to: limit)
        let escaped = cut.replacingOccurrences(of: "|", with: "\\|")
        return escaped.isEmpty ? " " : escaped
    }
}
