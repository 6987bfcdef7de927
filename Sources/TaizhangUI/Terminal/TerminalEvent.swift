/// Everything a full-screen program reacts to.
public enum TerminalEvent: Hashable, Sendable {
    /// Signals that end the program; it gets one event to save before the runner stops.
    public enum Signal: Hashable, Sendable {
        /// SIGHUP: the SSH connection or terminal went away.
        case hangup
        /// SIGTERM: someone asked the process to end.
        case terminate
        /// SIGINT: Ctrl-C.
        case interrupt
    }

    case key(KeyEvent)
    /// The window changed size; the runner has already re-read the size.
    case resize(rows: Int, cols: Int)
    case signal(Signal)
    /// A file descriptor the program asked to watch became readable (e.g. inotify: someone
    /// else saved the ledger). The program must read it, or it stays readable.
    case wake(fileDescriptor: Int32)
    /// The tick interval passed without input.
    case tick
}
