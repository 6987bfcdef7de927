import TaizhangCore

/// Drawn under the open dialog while a save waits for the ledger, or when a save from it did
/// not land: the whole message, wrapped, and what Enter and Esc do. The dialog above keeps
/// what was typed (issue 12: a refused save keeps the typed text).
enum SavePanel {
    static func draw(_ state: AppState, _ context: ScreenContext, into buffer: inout ScreenBuffer) {
        let s = context.strings
        let lines: [String]
        let title: String
        if state.saving != nil {
            title = s(.uiSaveWaitingTitle)
            lines = [s(.uiSaveWaiting)]
        } else if let problem = state.saveProblem, state.dialog != nil {
            title = s(.uiSaveFailedTitle)
            lines = wrapped(problem, s(.uiSaveRetry), context)
        } else {
            return
        }
        let height = lines.count + 2
        let top = max(context.layout.statusRow - height, 1)
        let width = context.size.cols - 2
        for r in top..<(top + height) { buffer.fill(row: r, from: 1, to: 1 + width) }
        let style: CellStyle = state.saving != nil ? .role(.accent) : CellStyle(.bold, role: .overdue)
        buffer.box(top: top, left: 1, height: height, width: width, title: title, style: style)
        for (i, line) in lines.enumerated() where top + 1 + i < top + height - 1 {
            buffer.put(line, row: top + 1 + i, col: 3, maxWidth: width - 4, style: i == lines.count - 1 ? .role(.muted) : .plain)
        }
    }

    /// The message wrapped to the panel, in at most half the window (the dialog needs the rest),
    /// and the keys' line.
    private static func wrapped(_ problem: String, _ keys: String, _ context: ScreenContext) -> [String] {
        let width = max(context.size.cols - 6, 10)
        let room = max(context.size.rows / 2 - 3, 1)
        var lines = DisplayWidth.wrap(VisibleText.sanitize(problem), width: width)
        if lines.count > room {
            lines = Array(lines.prefix(room))
            lines[room - 1] = DisplayWidth.truncate(lines[room - 1], to: width - 1) + "…"
        }
        return lines + DisplayWidth.wrap(keys, width: width)
    }
}
