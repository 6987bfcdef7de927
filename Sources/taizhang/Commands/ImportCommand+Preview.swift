import ArgumentParser
import Foundation
import TaizhangCore
import TaizhangTerminal
import TaizhangUI

/// `taizhang import --preview FILE`: the full screen on the import preview of one document.
/// Confirming imports it as `import` does (coordinators only, under the store's lock, the same
/// messages), the corrections kept with the plan; leaving changes nothing.
extension ImportCommand {
    func runPreview(_ ctx: CLIContext, options: ImportOptions) throws {
        try ctx.policy.checkCoordinator(ctx.actor, doing: .importPlans)
        let file = files[0]
        let document = try Self.document(file, ctx)
        let loaded = ctx.store.exists ? try ctx.store.load() : LoadedLedger.empty
        let preview = ImportPreview(fileName: (file as NSString).lastPathComponent, bytes: document.bytes, options: options,
                                    ledger: loaded.ledger, strings: ctx.strings)
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal(options: .init(colors: !noColor, ambiguous: AmbiguousWidth.forced(by: ProcessInfo.processInfo.environment)))
        } catch let error as TerminalStartError {
            throw InputError(ctx.strings(.uiPreviewNeedsTerminal, file) + "\n" + error.message(ctx.strings))
        }
        let environment = AppEnvironment(store: ctx.store, policy: ctx.policy, login: ctx.actor, today: ctx.today,
                                         strings: ctx.strings, watcher: LedgerWatcher(store: ctx.store))
        let state = AppState(loaded: loaded, environment: environment, size: terminal.size, preview: preview)
        let runner = ProgramRunner(LedgerApp(environment: environment), minimumSize: LedgerApp.minimumSize, tickInterval: .seconds(2))
        let outcome = runner.run(state, on: terminal)
        if let result = outcome.state.imported {
            ImportReport.print(result, ctx: ctx, detailed: false)
        } else {
            ctx.err(ctx.strings(.uiPreviewNotImported))
        }
        if outcome.exitStatus != 0 { Foundation.exit(outcome.exitStatus) }
    }
}
