import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangTerminal
import TaizhangUI

/// `taizhang` with no command: the full-screen ledger.
struct OpenCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "open", abstract: CLI.strings(.helpOpen)) }
    @OptionGroup var globals: GlobalOptions

    @Flag(name: .customLong("no-color"), help: CLI.help(.helpNoColor))
    var noColor = false

    @Flag(name: .customLong("ascii"), help: CLI.help(.helpAscii))
    var ascii = false

    func run() throws {
        let timer = StartupTimer()
        let ctx = try globals.context()
        guard ctx.store.exists else {
            throw InputError(ctx.strings(.noLedger, ctx.store.path))
        }
        let loaded = try ctx.store.load()
        ProcessLifetime.keep(loaded.ledger)
        timer.mark("load")
        let policy = try AccessPolicy.load(forStore: ctx.store.path)
        let environment = AppEnvironment(store: ctx.store, policy: policy,
                                         login: ctx.actor, today: ctx.today, strings: ctx.strings,
                                         watcher: LedgerWatcher(store: ctx.store), config: ctx.config)
        let terminal: NCursesTerminal
        do {
            let forced = AmbiguousWidth.forced(by: ProcessInfo.processInfo.environment)
            terminal = try NCursesTerminal(options: .init(colors: !noColor, ambiguous: forced, ascii: ascii))
        } catch let error as TerminalStartError {
            throw InputError(error.message(ctx.strings))
        }
        timer.mark("terminal")
        let state = AppState(loaded: loaded, environment: environment, size: terminal.size)
        timer.mark("build")
        let device = FirstFrameDevice(terminal) { timer.mark("render"); timer.report() }
        let runner = ProgramRunner(LedgerApp(environment: environment), minimumSize: LedgerApp.minimumSize, tickInterval: .seconds(2))
        let outcome = runner.run(state, on: device)
        Foundation.exit(outcome.exitStatus)
    }
}

/// `taizhang keys`: the key table as Markdown, from the keymap (for the user guide).
struct KeysCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "keys", abstract: CLI.strings(.helpKeys),
                                                    shouldDisplay: false) }
    @OptionGroup var globals: GlobalOptions

    func run() throws {
        let ctx = try globals.context()
        ctx.out(KeyMap.markdown(strings: ctx.strings))
    }
}
