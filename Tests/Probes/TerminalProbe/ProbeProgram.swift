import Glibc
import TaizhangCore
import TaizhangUI

/// A list with a cursor line and a line editor, drawn through the real adapter.
///
/// Keys: j/k or arrows move, PgUp/PgDn, g/G first/last, e edits the selected row (Enter
/// keeps, Escape cancels), Ctrl-L repaints, z suspends (like Ctrl-Z), q quits. For testing the restore guards:
/// X calls exit(3) without stopping the terminal, C crashes (fatalError).
struct ProbeProgram: TerminalProgram {
    /// How the selected row is shown: reverse video across the row, or a marker only.
    enum Highlight { case row, marker }

    struct State {
        var items = ProbeItem.samples()
        var selected = 0
        var editor: LineEditor?
        var lastKey = "-"
        var lastEvent = "start"
    }

    let highlight: Highlight

    func update(_ state: inout State, _ event: TerminalEvent) -> ProgramCommand<Never> {
        state.lastEvent = Self.describe(event)
        guard case .key(let key) = event else { return .none }
        state.lastKey = Self.describe(key)
        if state.editor != nil { return edit(&state, key) }
        switch key {
        case .character("j"), .down: move(&state, by: 1)
        case .character("k"), .up: move(&state, by: -1)
        case .pageDown: move(&state, by: 10)
        case .pageUp: move(&state, by: -10)
        case .character("g"), .home: state.selected = 0
        case .character("G"), .end: state.selected = state.items.count - 1
        case .character("e"): state.editor = LineEditor()
        case .control("l"): return .redraw
        case .character("z"): return .suspend
        case .character("q"): return .quit
        case .character("X"): return .perform { exit(3) }
        case .character("C"): return .perform { fatalError("terminal-probe: crash on request") }
        default: break
        }
        return .none
    }

    func edit(_ state: inout State, _ key: KeyEvent) -> ProgramCommand<Never> {
        switch key {
        case .enter:
            state.items[state.selected].text = state.editor?.text ?? ""
            state.editor = nil
        case .escape: state.editor = nil
        default: _ = state.editor?.handle(key)
        }
        return .none
    }

    func move(_ state: inout State, by delta: Int) {
        state.selected = min(max(state.selected + delta, 0), state.items.count - 1)
    }

    func render(_ state: State, size: TerminalSize) -> Frame {
        var buffer = ScreenBuffer(rows: size.rows, cols: size.cols)
        buffer.fill(row: 0, style: .role(.header))
        buffer.put("台账 terminal-probe  j/k 移动  e 编辑  q 退出", row: 0, col: 0, style: .role(.header))
        let listRows = size.rows - 3
        let top = max(0, state.selected - listRows + 1)
        for (offset, index) in (top ..< min(top + listRows, state.items.count)).enumerated() {
            drawItem(state.items[index], selected: index == state.selected, row: 1 + offset, into: &buffer)
        }
        var cursor: ScreenPosition?
        if let editor = state.editor {
            let label = buffer.put("编辑: ", row: size.rows - 2, col: 0, style: .bold)
            cursor = editor.draw(into: &buffer, row: size.rows - 2, col: label, width: size.cols - label)
        }
        let status = "size \(size)  行 \(state.selected + 1)/\(state.items.count)  key \(state.lastKey)  event \(state.lastEvent)"
        buffer.put(status, row: size.rows - 1, col: 0, style: .role(.muted))
        return Frame(buffer: buffer, cursor: cursor)
    }

    func drawItem(_ item: ProbeItem, selected: Bool, row: Int, into buffer: inout ScreenBuffer) {
        let style = CellStyle(role: item.role)
        let rowStyle = selected && highlight == .row ? CellStyle(.reverse, role: item.role) : style
        if rowStyle != .plain { buffer.fill(row: row, style: rowStyle) }
        buffer.put(selected ? "▶" : " ", row: row, col: 0, style: rowStyle)
        let text = item.clipped ? item.text : DisplayWidth.truncate(item.text, to: buffer.cols - 2)
        buffer.put(text, row: row, col: 2, style: rowStyle)
    }

    static func describe(_ key: KeyEvent) -> String {
        switch key {
        case .character(let c): return String(c)
        case .control(let c): return "C-\(c)"
        case .function(let n): return "F\(n)"
        default: return "\(key)"
        }
    }

    static func describe(_ event: TerminalEvent) -> String {
        switch event {
        case .key: return "key"
        case .resize(let rows, let cols): return "resize \(cols)x\(rows)"
        case .signal(let signal): return "signal \(signal)"
        case .wake: return "wake"
        case .tick: return "tick"
        }
    }
}
