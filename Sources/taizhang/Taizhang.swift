import ArgumentParser
import TaizhangCore

struct Taizhang: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "taizhang",
        abstract: CLI.strings(.helpTaizhang),
        discussion: CLI.strings(.helpTaizhangDiscussion),
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, ImportCommand.self, ListCommand.self, ShowCommand.self, SetCommand.self,
            UnitsCommand.self, ReviewCommand.self, HistoryCommand.self, UndoCommand.self, CheckCommand.self,
            CompactCommand.self, RestoreCommand.self, AccessCommand.self, OverdueCommand.self, ReportCommand.self, CalendarCommand.self,
            ExportCommand.self, DigestCommand.self, KeysCommand.self, ConfirmCommand.self, ReturnCommand.self,
            ExtendCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    ) }
}
