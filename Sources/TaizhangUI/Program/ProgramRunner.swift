/// Runs a `TerminalProgram` on a `TerminalDevice`: event → update → commands → render → draw.
///
/// Resize is handled here and only here: the size is re-read from the device before every
/// frame, and below `minimumSize` the program's too-small message is drawn instead of its
/// screen. No view keeps its own idea of the size.
public struct ProgramRunner<Program: TerminalProgram> {
    public let program: Program
    public let minimumSize: TerminalSize
    /// How often `.tick` arrives when nothing else happens; nil for never.
    public let tickInterval: Duration?

    /// Where background work hands its results back.
    private let background = BackgroundResults<Program.Message>()
    /// How long a background effect may take and still be received before the next frame.
    public var backgroundGrace: Duration = .milliseconds(150)

    public init(_ program: Program, minimumSize: TerminalSize = TerminalSize(rows: 16, cols: 60), tickInterval: Duration? = nil) {
        self.program = program
        self.minimumSize = minimumSize
        self.tickInterval = tickInterval
    }

    /// Runs until the program quits or a signal arrives, then stops the device (also if
    /// the program traps) and returns the final state.
    public func run(_ initial: Program.State, on device: some TerminalDevice) -> ProgramOutcome<Program.State> {
        var state = initial
        defer { device.stop() }
        if execute(program.start(&state, size: device.size), state: &state, device: device) {
            return ProgramOutcome(state: state, reason: .quit)
        }
        draw(state, on: device)
        while true {
            var event = device.nextEvent(timeout: tickInterval)
            if case .wake(let fd) = event, fd == background.fileDescriptor {
                if receiveBackground(state: &state, device: device) { return ProgramOutcome(state: state, reason: .quit) }
                draw(state, on: device)
                continue
            }
            if case .resize = event {
                let size = device.size
                event = .resize(rows: size.rows, cols: size.cols)
            }
            let quit = execute(program.update(&state, event), state: &state, device: device)
            if case .signal(let signal) = event {
                // A save already confirmed gets a moment to land before the process ends.
                _ = background.wait(2)
                return ProgramOutcome(state: state, reason: .signal(signal))
            }
            if quit { return ProgramOutcome(state: state, reason: .quit) }
            draw(state, on: device)
        }
    }

    /// The frame for the device's current size: the program's screen or the too-small screen.
    public func frame(for state: Program.State, size: TerminalSize) -> Frame {
        guard size.fits(minimumSize) else {
            let message = program.tooSmallMessage(state, size: size, minimum: minimumSize)
            return TooSmallScreen.frame(message: message, size: size)
        }
        return program.render(state, size: size)
    }

    func draw(_ state: Program.State, on device: some TerminalDevice) {
        let frame = frame(for: state, size: device.size)
        device.draw(frame.buffer, cursor: frame.cursor)
    }

    /// Waits up to `seconds` for background work, then passes its results to the program (for
    /// tests, which drive the runner without its event loop); true when the program quit.
    func settle(_ state: inout Program.State, device: some TerminalDevice, seconds: Double = 5) -> Bool {
        _ = background.wait(seconds)
        return receiveBackground(state: &state, device: device)
    }

    /// Passes finished background results to the program; true when it asked to quit.
    private func receiveBackground(state: inout Program.State, device: some TerminalDevice) -> Bool {
        for message in background.take() {
            if execute(program.receive(&state, message), state: &state, device: device) { return true }
        }
        return false
    }

    /// Carries out a command; returns true when the program asked to quit.
    func execute(_ command: ProgramCommand<Program.Message>, state: inout Program.State, device: some TerminalDevice) -> Bool {
        switch command {
        case .none: return false
        case .quit: return true
        case .suspend:
            device.suspend()
            device.invalidate()
            return false
        case .redraw: device.invalidate(); return false
        case .watch(let fd): device.watch(fileDescriptor: fd); return false
        case .unwatch(let fd): device.unwatch(fileDescriptor: fd); return false
        case .perform(let effect):
            guard let message = effect() else { return false }
            return execute(program.receive(&state, message), state: &state, device: device)
        case .background(let work):
            background.start(work, watchedBy: device)
            if background.wait(background.grace(backgroundGrace)) { return receiveBackground(state: &state, device: device) }
            return false
        case .batch(let commands):
            var quit = false
            for command in commands where !quit { quit = execute(command, state: &state, device: device) }
            return quit
        }
    }
}
