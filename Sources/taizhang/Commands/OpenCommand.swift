import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang` with no command: the full-screen ledger.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the full-screen ledger (the default).")
    @OptionGroup var globals: GlobalOptions

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
        let overdue = TaskFilter(overdueOnly: true).apply(to: ledger, asOf: ctx.today)
        ctx.out(TaskTable.render(overdue, ledger: ledger, ctx: ctx))
    }
}
