/// The terminal as the program runner sees it: draw frames, wait for events.
///
/// `NCursesTerminal` is the real one; tests use a fake. Keeping ncurses behind this protocol
/// is what lets every screen be tested headless.
public protocol TerminalDevice: AnyObject {
    /// The current window size; re-read after a `.resize` event.
    var size: TerminalSize { get }

    /// Shows `buffer`, sending only what changed since the last draw, and places the visible
    /// cursor at `cursor` (hidden when nil).
    func draw(_ buffer: ScreenBuffer, cursor: ScreenPosition?)

    /// Makes the next `draw` repaint every cell, e.g. after the screen was disturbed.
    func invalidate()

    /// Waits for the next event: a key, resize, signal or watched descriptor, or `.tick`
    /// after `timeout` (nil waits without limit).
    func nextEvent(timeout: Duration?) -> TerminalEvent

    /// Restores the terminal, stops the process (as Ctrl-Z does) and takes the screen back
    /// when the shell resumes it.
    func suspend()

    /// Restores the terminal for the shell. Safe to call more than once.
    func stop()

    /// Adds a descriptor whose readability `nextEvent` reports as `.wake`.
    func watch(fileDescriptor: Int32)

    /// Stops reporting a descriptor.
    func unwatch(fileDescriptor: Int32)
}
