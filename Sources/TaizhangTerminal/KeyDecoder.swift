import CNCurses
import TaizhangUI

/// Turns what `get_wch` returns into `KeyEvent`s.
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
        case KEY_BTAB: return .backTab
        case tz_key_f(1)...tz_key_f(24): return .function(Int(code - tz_key_f(0)))
        default: return nil
        }
    }

    /// A character (get_wch returned OK); nil for what has no key meaning (C1 controls).
    static func key(character value: UInt32) -> KeyEvent? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(0x60 + value))))
        case 0x00, 0x1C...0x1F: return .control(Character(Unicode.Scalar(UInt8(0x40 + value))))
        case 0x80...0x9F: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
