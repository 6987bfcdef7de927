import TaizhangCore

/// The rows every screen shares: screen names on top, the status line and the key hints.
enum Chrome {
    static func drawTabs(_ state: AppState, _ context: ScreenContext, into buffer: inout ScreenBuffer) {
        let s = context.strings
        buffer.fill(row: 0, style: .role(.header))
        var col = buffer.put(" " + s(.uiAppName) + " ", row: 0, col: 0, style: CellStyle(.bold, role: .header))
        // `import --preview` is the preview alone: no other screen to name.
        for screen in TopScreen.allCases where !state.previewOnly {
            let active = screen == state.top && state.pushed.isEmpty
            let label = " \(screen.rawValue) \(s(screen.name)) "
            col += buffer.put(label, row: 0, col: col, style: active ? CellStyle(.reverse, role: .header) : .role(.header))
        }
        if let title = state.current.title(context) {
            buffer.put(" › " + title, row: 0, col: col, maxWidth: buffer.cols - col, style: CellStyle(.bold, role: .header))
        }
    }

    /// The message of the moment, else: store, as-of day, filter, search and login.
    static func drawStatus(_ state: AppState, _ env: AppEnvironment, _ context: ScreenContext, into buffer: inout ScreenBuffer) {
        let row = context.layout.statusRow
        let s = context.strings
        if let message = state.message {
            buffer.fill(row: row, style: message.style)
            buffer.put(" " + TextFit.line(message.text, buffer.cols - 1), row: row, col: 0, style: message.style)
            return
        }
        let bar = " " + Glyphs.current.vertical + " "
        var tail = bar + s(.uiAsOf, env.today.iso) + bar + s(.uiFilterLabel) + FilterDialog.describe(state.filter, strings: s)
        if let search = state.search { tail += bar + s(.uiSearchLabel) + search }
        tail += bar + s(.uiLogin, env.login)
        let room = max(buffer.cols - 1 - DisplayWidth.width(VisibleText.sanitize(tail)), 8)
        let text = " " + TextFit.leftCut(env.storeLabel, room) + tail
        buffer.put(TextFit.line(text, buffer.cols), row: row, col: 0, style: .role(.muted))
    }

    static func drawHints(_ scopes: [KeyScope], _ context: ScreenContext, into buffer: inout ScreenBuffer,
                          hiding hidden: Set<AppCommand> = []) {
        let row = context.layout.hintRow
        var col = 1
        for hint in KeyMap.hints(in: scopes, strings: context.strings, hiding: hidden) {
            let need = DisplayWidth.width(hint.keys) + 1 + DisplayWidth.width(hint.label) + 2
            guard col + need <= buffer.cols else { break }
            col += buffer.put(hint.keys, row: row, col: col, style: CellStyle(.bold, role: .accent)) + 1
            col += buffer.put(hint.label, row: row, col: col) + 2
        }
    }
}
