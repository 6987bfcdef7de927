import CSupport
import CTerminalSupport
import TaizhangCore

/// Asks the terminal how it draws an East Asian ambiguous character (see `AmbiguousProbe.c`).
enum AmbiguousProbe {
    /// The longest wait for the terminal's answer: a terminal that does not answer DSR 6n
    /// (or a very slow link) costs at most this at start-up, and the answer is "narrow".
    static let timeoutMilliseconds: Int32 = 100

    /// The width, nil when the terminal did not answer in time, and whatever keys were typed
    /// meanwhile (they are read as the first keys).
    static func ask(input: Int32, output: Int32) -> (width: AmbiguousWidth?, typedAhead: [UInt8]) {
        var buffer = [CChar](repeating: 0, count: 256)
        var length: Int32 = 0
        let answer = tz_probe_ambiguous(input, output, timeoutMilliseconds, &buffer, Int32(buffer.count), &length)
        let typed = buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }
        switch answer {
        case 1: return (.wide, typed)
        case 0: return (.narrow, typed)
        default: return (nil, typed)
        }
    }
}
