import ArgumentParser
import Foundation
import TaizhangCore

struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: CLI.strings(.helpShow)) }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: CLI.help(.helpTaskIDExample)) var id: String
    @Option(help: CLI.help(.helpShowFormat)) var format: ShowFormat = .text

    enum ShowFormat: String, ExpressibleByArgument { case text, json }

    func run() throws {
        let ctx = try globals.context()
        // Only this task (and the plans, for its headings) is read from a large ledger.
        let ledger = try ctx.load(only: [TaskID(typed: id), TaskID(id)])
        let t = try ctx.task(id, in: ledger)
        if format == .json {
            var out = TaskJSON.array([t], ledger: ledger, asOf: ctx.today, full: true)
            // One task, not an array.
            out = Array(out.dropFirst(2).dropLast(3)) + [0x0A]
            FileHandle.standardOutput.write(Data(out))
            return
        }
        ctx.out(TaskDetail.render(t, ledger: ledger, strings: ctx.strings, today: ctx.today, width: ctx.terminalWidth))
    }
}
