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
    /// Several commands, in order.
    case batch([ProgramCommand])
}
