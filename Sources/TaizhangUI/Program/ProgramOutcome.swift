/// How and with which state a program run ended.
public struct ProgramOutcome<State> {
    public enum Reason: Hashable, Sendable {
        case quit
        case signal(TerminalEvent.Signal)
    }

    public var state: State
    public var reason: Reason

    /// The conventional process exit status: 0 after quitting, 128 + the signal number after
    /// a signal (129 hangup, 130 interrupt, 143 terminate), as a shell expects.
    public var exitStatus: Int32 {
        switch reason {
        case .quit: return 0
        case .signal(.hangup): return 129
        case .signal(.interrupt): return 130
        case .signal(.terminate): return 143
        }
    }
}
