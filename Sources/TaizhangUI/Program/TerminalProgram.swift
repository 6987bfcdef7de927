/// A full-screen program in the Elm shape: state changes only in `update`, the screen is a
/// function of state.
///
/// `update` and `receive` must not do I/O; work with effects (saving, reloading) is returned
/// as `ProgramCommand.perform`, whose result comes back through `receive`. That keeps every
/// transition testable with plain values.
public protocol TerminalProgram {
    associatedtype State
    /// Results of `perform` effects; `Never` for programs without effects.
    associatedtype Message = Never

    /// Runs once before the first frame, with the window's size: what bubbletea calls Init.
    /// Programs ask here for the descriptors they watch and learn the size they lay out in.
    func start(_ state: inout State, size: TerminalSize) -> ProgramCommand<Message>

    /// Reacts to a terminal event. A `.signal` event is the last one: the runner executes the
    /// returned command (so the program can save) and then stops whatever it says.
    func update(_ state: inout State, _ event: TerminalEvent) -> ProgramCommand<Message>

    /// Reacts to the result of an effect.
    func receive(_ state: inout State, _ message: Message) -> ProgramCommand<Message>

    /// Draws the whole screen for `size`. Called only when `size` reaches the minimum.
    func render(_ state: State, size: TerminalSize) -> Frame

    /// The text shown instead of the screen when the window is below the minimum size.
    func tooSmallMessage(_ state: State, size: TerminalSize, minimum: TerminalSize) -> String
}

extension TerminalProgram {
    public func start(_ state: inout State, size: TerminalSize) -> ProgramCommand<Message> { .none }

    public func tooSmallMessage(_ state: State, size: TerminalSize, minimum: TerminalSize) -> String {
        "窗口太小：至少需要 \(minimum)，当前 \(size)\nWindow too small: need \(minimum), have \(size)"
    }
}

extension TerminalProgram where Message == Never {
    public func receive(_ state: inout State, _ message: Never) -> ProgramCommand<Never> {}
}
