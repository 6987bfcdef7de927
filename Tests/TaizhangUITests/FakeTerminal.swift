@testable import TaizhangUI

/// A scripted TerminalDevice: hands out events in order and records every call.
final class FakeTerminal: TerminalDevice {
    enum Step {
        case event(TerminalEvent)
        /// Changes the size, then delivers `.resize` with a stale size to prove the runner re-reads.
        case resize(TerminalSize)
    }

    var size: TerminalSize
    var script: [Step]
    private(set) var frames: [Frame] = []
    private(set) var calls: [String] = []
    private(set) var watched: Set<Int32> = []
    private(set) var stopCount = 0
    private(set) var ranOut = false

    init(size: TerminalSize = TerminalSize(rows: 24, cols: 80), script: [Step]) {
        self.size = size
        self.script = script
    }

    func draw(_ buffer: ScreenBuffer, cursor: ScreenPosition?) {
        frames.append(Frame(buffer: buffer, cursor: cursor))
        calls.append("draw")
    }

    func invalidate() { calls.append("invalidate") }

    func nextEvent(timeout: Duration?) -> TerminalEvent {
        guard !script.isEmpty else { ranOut = true; return .signal(.terminate) }
        switch script.removeFirst() {
        case .event(let event): return event
        case .resize(let newSize):
            size = newSize
            return .resize(rows: 0, cols: 0)
        }
    }

    func suspend() { calls.append("suspend") }
    func stop() { stopCount += 1; calls.append("stop") }
    func watch(fileDescriptor: Int32) { watched.insert(fileDescriptor) }
    func unwatch(fileDescriptor: Int32) { watched.remove(fileDescriptor) }

    var lastLines: [String] { frames.last?.buffer.lines() ?? [] }
}
