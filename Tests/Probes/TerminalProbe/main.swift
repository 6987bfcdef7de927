import Glibc
import TaizhangTerminal
import TaizhangUI

// terminal-probe [--no-color] [--marker]
// A fixture for Tests/e2e/terminal-probe.sh: exercises NCursesTerminal in a real terminal.
let arguments = CommandLine.arguments.dropFirst()
let highlight: ProbeProgram.Highlight = arguments.contains("--marker") ? .marker : .row

do {
    let terminal = try NCursesTerminal(options: .init(colors: !arguments.contains("--no-color")))
    let outcome = ProgramRunner(ProbeProgram(highlight: highlight)).run(.init(), on: terminal)
    exit(outcome.exitStatus)
} catch {
    let message = "terminal-probe: \(error)\n"
    _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    exit(2)
}
