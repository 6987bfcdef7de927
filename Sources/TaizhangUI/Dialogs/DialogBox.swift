import TaizhangCore

/// The frame every dialog draws in: centred, cleared, with a title in the top edge and the
/// dialog's keys in the bottom edge.
struct DialogBox {
    let top: Int
    let left: Int
    let width: Int
    let height: Int

    /// A box of `rows` inner rows, as wide as `wanted` allows in the window.
    init(rows: Int, wanted: Int, size: TerminalSize) {
        width = min(wanted, size.cols - 2)
        height = min(rows + 2, size.rows - 2)
        top = max((size.rows - height) / 2, 1)
        left = max((size.cols - width) / 2, 1)
    }

    var innerLeft: Int { left + 2 }
    var innerWidth: Int { width - 4 }
    func row(_ n: Int) -> Int { top + 1 + n }

    func draw(title: String, keys: String, into buffer: inout ScreenBuffer) {
        for r in top..<(top + height) { buffer.fill(row: r, from: left, to: left + width) }
        buffer.box(top: top, left: left, height: height, width: width, title: title, style: .role(.accent))
        let hint = " " + keys + " "
        let hintWidth = DisplayWidth.width(hint)
        if hintWidth < width - 4 {
            buffer.put(hint, row: top + height - 1, col: left + width - 2 - hintWidth, style: .role(.muted))
        }
    }

    /// Choices one a row, the selected one marked and reversed, scrolled so that it is in the
    /// box; `style` gives the others their look.
    func drawChoices(_ labels: [String], selected: Int, into buffer: inout ScreenBuffer, style: (Int) -> CellStyle = { _ in .plain }) {
        let room = max(height - 2, 1)
        let first = max(0, selected - room + 1)
        for (n, label) in labels.enumerated().dropFirst(first).prefix(room) {
            let row = row(n - first)
            let chosen = n == selected
            if chosen { buffer.put(ListView.marker, row: row, col: innerLeft - 1, style: CellStyle(.bold, role: .accent)) }
            buffer.put(label, row: row, col: innerLeft, maxWidth: innerWidth, style: chosen ? .reverse : style(n))
        }
    }

    /// The selection after j/k in a list of `count` choices.
    static func move(_ selected: Int, _ command: AppCommand?, count: Int) -> Int {
        switch command {
        case .down?: return min(selected + 1, count - 1)
        case .up?: return max(selected - 1, 0)
        default: return selected
        }
    }

    /// The hint of a dialog's own scopes, from the keymap: `Enter 确定  Esc 取消`.
    static func keys(_ scopes: [KeyScope], _ s: Strings) -> String {
        KeyMap.hints(in: scopes, strings: s).map { $0.keys + " " + $0.label }.joined(separator: "  ")
    }
}
