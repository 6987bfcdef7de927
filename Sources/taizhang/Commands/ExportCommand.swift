import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang export`: the ledger for other programs — a spreadsheet (xlsx, or CSV that Excel
/// and WPS open correctly), Markdown for mail, or JSON of everything.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: CLI.strings(.helpExport),
        discussion: CLI.strings(.helpExportDiscussion)
    ) }

    enum Format: String, ExpressibleByArgument { case csv, json, md, xlsx }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var filter: FilterOptions
    @Option(help: CLI.help(.helpExportFormat)) var format: Format
    @Option(help: CLI.help(.helpExportOut)) var out: String?

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
        let tasks = try filter.taskFilter(ctx, ledger: ledger).apply(to: ledger, asOf: ctx.today)
        let bytes: Data
        switch format {
        case .csv:
            bytes = Data(TaskCSV.render(tasks, ledger: ledger, asOf: ctx.today, strings: ctx.strings, forSpreadsheets: true).utf8)
        case .json:
            bytes = Data(LedgerJSON.render(tasks, ledger: ledger, asOf: ctx.today))
        case .md:
            bytes = Data(TaskMarkdown(context: ctx.output(ledger)).render(tasks).utf8)
        case .xlsx:
            guard out != nil else { throw InputError(ctx.strings(.exportBinaryNeedsFile)) }
            bytes = try XLSXWriter.data(TaskSheetRows(context: ctx.output(ledger)).sheets(tasks))
        }
        guard let out else { FileHandle.standardOutput.write(bytes); return }
        // As the person running it, never with the service group's rights.
        try UserFiles.write([UInt8](bytes), to: out, strings: ctx.strings)
        ctx.err(ctx.strings(.exportWritten, out, tasks.count))
    }
}
