import TaizhangCore

/// One row of the keymap: the keys, what they ask for, where, and how help describes it.
public struct KeyBinding: Sendable {
    public let keys: [KeyEvent]
    public let command: AppCommand
    public let scope: KeyScope
    /// The description in the help screen and the user guide.
    public let help: Strings.Key
    /// A short label for the hint line at the bottom; nil keeps the binding off it.
    public let hint: Strings.Key?

    init(_ keys: [KeyEvent], _ command: AppCommand, _ scope: KeyScope, _ help: Strings.Key, hint: Strings.Key? = nil) {
        self.keys = keys
        self.command = command
        self.scope = scope
        self.help = help
        self.hint = hint
    }

    /// The keys as help prints them: `j ↓`, `Enter`, `Ctrl-L`.
    public var keyNames: String { keys.map(KeyBinding.name).joined(separator: " ") }

    static func name(_ key: KeyEvent) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .function(let n): return "F\(n)"
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        }
    }
}
