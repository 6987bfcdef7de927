import CNCurses
import TaizhangUI

/// The key sequences the terminal's terminfo entry names, added to the built-in table.
enum TerminfoKeys {
    /// terminfo capability names and the keys they describe.
    static let capabilities: [(name: String, key: KeyEvent)] = [
        ("kcuu1", .up), ("kcud1", .down), ("kcub1", .left), ("kcuf1", .right),
        ("khome", .home), ("kend", .end), ("kpp", .pageUp), ("knp", .pageDown),
        ("kich1", .insert), ("kdch1", .delete), ("kcbt", .backTab), ("kent", .enter),
    ] + (1...12).map { ("kf\($0)", KeyEvent.function($0)) }

    /// The sequences of the current terminal (valid after `newterm`).
    static func read() -> [(sequence: String, key: KeyEvent)] {
        capabilities.compactMap { cap in
            guard let value = tigetstr(cap.name), Int(bitPattern: value) != -1 else { return nil }
            return (String(cString: value), cap.key)
        }
    }
}
