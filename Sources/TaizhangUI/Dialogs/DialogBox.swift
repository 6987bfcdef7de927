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

    /// The hint of a dialog's own scopes, from the keymap: `Enter 确定  Esc 取消`.
    static func keys(_ scopes: [KeyScope], _ s: Strings) -> String {
        KeyMap.hints(in: scopes, strings: s).map { $0.keys + " " + $0.label }.joined(separator: "  ")
    }
}
