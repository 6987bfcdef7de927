import TaizhangCore
@testable import TaizhangUI

/// Runs `LedgerApp` without a terminal: keys in, effects carried out as the runner would,
/// the screen read back as text.
struct AppDriver {
    let app: LedgerApp
    let runner: ProgramRunner<LedgerApp>
    let device: FakeTerminal
    var state: AppState
    private(set) var quit = false

    /// With `preview`, the program as `taizhang import --preview` runs it: the preview of one
    /// document alone (the store may not exist yet).
    init(_ environment: AppEnvironment, size: TerminalSize = TerminalSize(rows: 24, cols: 80), preview: ImportPreview? = nil) throws {
        app = LedgerApp(environment: environment)
        runner = ProgramRunner(app, minimumSize: LedgerApp.minimumSize)
        device = FakeTerminal(size: size, script: [])
        if let preview {
            let loaded = environment.store.exists ? try environment.store.load() : LoadedLedger.empty
            state = AppState(loaded: loaded, environment: environment, size: size, preview: preview)
        } else {
            state = AppState(loaded: try environment.store.load(), environment: environment, size: size)
        }
        quit = runner.execute(app.start(&state, size: size), state: &state, device: device)
    }

    mutating func send(_ event: TerminalEvent) {
        if case .resize(let rows, let cols) = event { device.size = TerminalSize(rows: rows, cols: cols) }
        quit = runner.execute(app.update(&state, event), state: &state, device: device) || quit
    }

    mutating func press(_ keys: KeyEvent...) {
        for key in keys { send(.key(key)) }
    }

    /// Lets a save running in the background finish (or `seconds` pass) and receives its result.
    mutating func settle(seconds: Double = 5) {
        quit = runner.settle(&state, device: device, seconds: seconds) || quit
    }

    /// Each character as a key press, the way a terminal delivers typed text.
    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    var frame: Frame { runner.frame(for: state, size: device.size) }
    var lines: [String] { frame.buffer.lines() }
    var screen: String { lines.joined(separator: "\n") }

    /// The selected row (the one with the marker in column 0).
    var selectedLine: String? { lines.first { $0.hasPrefix(ListView.marker) } }
}
