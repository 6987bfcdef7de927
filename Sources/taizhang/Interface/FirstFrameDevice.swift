import TaizhangUI

/// Passes everything to the real terminal and reports once, after the first frame is drawn.
final class FirstFrameDevice: TerminalDevice {
    private let device: any TerminalDevice
    private var onFirstFrame: (() -> Void)?

    init(_ device: any TerminalDevice, onFirstFrame: @escaping () -> Void) {
        self.device = device
        self.onFirstFrame = onFirstFrame
    }

    var size: TerminalSize { device.size }

    func draw(_ buffer: ScreenBuffer, cursor: ScreenPosition?) {
        device.draw(buffer, cursor: cursor)
        onFirstFrame?()
        onFirstFrame = nil
    }

    func invalidate() { device.invalidate() }
    func nextEvent(timeout: Duration?) -> TerminalEvent { device.nextEvent(timeout: timeout) }
    func suspend() { device.suspend() }
    func stop() { device.stop() }
    func watch(fileDescriptor: Int32) { device.watch(fileDescriptor: fileDescriptor) }
    func unwatch(fileDescriptor: Int32) { device.unwatch(fileDescriptor: fileDescriptor) }
}
