import CNCurses
import TaizhangUI

/// Turns the key codes `get_wch` may still return (keypad mode is off, so only pushed-back
/// codes such as KEY_RESIZE arrive) into `KeyEvent`s; characters go through `KeyParser`.
enum KeyDecoder {
    /// A function key code (get_wch returned KEY_CODE_YES); nil for codes we do not use.
    static func key(code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_FIND: return .home
        case KEY_END, KEY_SELECT: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case tz_key_f(1)...tz_key_f(24): return .function(Int(code - tz_key_f(0)))
        default: return nil
        }
    }
}
