/// A plain-text table for the command line, measured in display columns so that Chinese
/// (two columns a character) and ASCII line up, fitted to the terminal's width.
public struct TextTable {
    public struct Column {
        public var title: String
        /// The column takes the width left over by the others (the task's text).
        public var flexible: Bool
        public var alignRight: Bool
        public var maxWidth: Int

        public init(_ title: String, flexible: Bool = false, alignRight: Bool = false, maxWidth: Int = 40) {
            self.title = title
            self.flexible = flexible
            self.alignRight = alignRight
            self.maxWidth = maxWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(_ columns: [Column]) { self.columns = columns }

    public mutating func add(_ row: [String]) { rows.append(row.map { VisibleText.sanitize($0) }) }

    /// Renders within `width` display columns; cells are cut with `…`, never mid-character.
    public func render(width: Int) -> String {
        let gap = 2
        var widths = columns.enumerated().map { i, c in
            min(c.maxWidth, max(DisplayWidth.width(c.title), rows.map { DisplayWidth.width($0[i]) }.max() ?? 0))
        }
        let fixed = widths.enumerated().filter { !columns[$0.offset].flexible }.map(\.element).reduce(0, +)
        let spacing = gap * max(0, columns.count - 1)
        if let f = columns.firstIndex(where: \.flexible) {
            let natural = max(DisplayWidth.width(columns[f].title), rows.map { DisplayWidth.width($0[f]) }.max() ?? 0)
            widths[f] = max(8, min(natural, width - fixed - spacing))
        }
        // Still too wide (a very narrow terminal): shrink the widest fixed columns.
        while widths.reduce(0, +) + spacing > width, let i = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[i] > 4 {
            widths[i] -= 1
        }
        var out = ""
        func line(_ cells: [String]) {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let fitted = DisplayWidth.truncate(cell, to: widths[i])
                let last = i == cells.count - 1
                if columns[i].alignRight { parts.append(DisplayWidth.padLeft(fitted, to: widths[i])) }
                else { parts.append(last ? fitted : DisplayWidth.pad(fitted, to: widths[i])) }
            }
            out += parts.joined(separator: String(repeating: " ", count: gap)) + "\n"
        }
        line(columns.map(\.title))
        line(widths.map { String(repeating: "─", count: $0) })
        rows.forEach(line)
        return out
    }
}
