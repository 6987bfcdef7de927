import ArgumentParser
import TaizhangCore

struct Taizhang: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taizhang",
        abstract: "台账 — a task ledger for government work plans.",
        discussion: "With no command, opens the full-screen ledger on the store.",
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, SetCommand.self,
            UnitsCommand.self, ReviewCommand.self, HistoryCommand.self, UndoCommand.self, CheckCommand.self,
            CompactCommand.self, RestoreCommand.self, AccessCommand.self, OverdueCommand.self, ReportCommand.self, CalendarCommand.self,
            ExportCommand.self, DigestCommand.self, KeysCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}
