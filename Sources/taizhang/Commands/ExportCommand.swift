import ArgumentParser
import Foundation
import TaizhangCore

/// `taizhang export`: the ledger for other programs — a spreadsheet (xlsx, or CSV that Excel
/// and WPS open correctly), Markdown for mail, or JSON of everything.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write tasks as xlsx, CSV, Markdown or JSON; the filters are those of list.",
        discussion: """
        xlsx: one sheet per plan in the columns of a 分工方案 (序号, 工作任务, 具体要求, 责任单位, 完成时限) \
        plus 状态, 最新进展, 最后更新 and 编号, header row frozen. csv: UTF-8 with a byte-order mark and \
        CRLF. json: plans, merged unit names, and tasks with notes and history.
        """
    )

    enum Format: String, ExpressibleByArgument { case csv, json, md, xlsx }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var filter: FilterOptions
    @Option(help: "csv, json, md or xlsx.") var format: Format
    @Option(help: "Write to this file (else standard output; xlsx needs a file).") var out: String?

    func run() throws {
        let ctx = try globals.context()
        let ledger = try ctx.load()
        let tasks = try filter.taskFilter().apply(to: ledger, asOf: ctx.today)
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
