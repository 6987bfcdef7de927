/// What a program asks the runner to do after an update.
public enum ProgramCommand<Message> {
    case none
    /// Stop the runner and restore the terminal.
    case quit
    /// Give the terminal back to the shell, as Ctrl-Z does; the screen is repainted on resume.
    case suspend
    /// Repaint every cell at the next draw (Ctrl-L).
    case redraw
    /// Report readability of a descriptor as `.wake` events.
    case watch(fileDescriptor: Int32)
    case unwatch(fileDescriptor: Int32)
    /// Run work with side effects (I/O) now; a non-nil result is passed to `receive`.
    case perform(() -> Message?)
    /// Run work that may wait (a save waiting for the ledger's lock) on another thread: the
    /// screen keeps answering keys, and the result is passed to `receive` when it comes. Work
    /// that finishes within a moment is received before the next frame, as `perform` is.
    case background(@Sendable () -> Message?)
    /// Several commands, in order.
    case batch([ProgramCommand])
}
