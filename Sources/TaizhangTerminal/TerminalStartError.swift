/// Why the full-screen interface could not start; the message is for the officer.
public enum TerminalStartError: Error, Equatable, CustomStringConvertible {
    /// Neither the user's locale nor C.UTF-8 could be set, so Chinese cannot be drawn or typed.
    case noUTF8Locale
    /// Standard input or output is not a terminal (a pipe or a file).
    case notATerminal
    /// ncurses knows no terminal description for TERM.
    case unknownTerminal(String)
    /// The terminal cannot move the cursor (TERM=dumb): no screen can be drawn on it.
    case noCursorAddressing(String)

    public var description: String {
        switch self {
        case .noUTF8Locale:
            return "无法设置 UTF-8 区域设置（locale），不能显示中文。请安装 C.UTF-8 或 zh_CN.UTF-8。\n"
                + "No UTF-8 locale can be set (tried the environment and C.UTF-8); Chinese cannot be shown."
        case .notATerminal:
            return "全屏界面需要在终端中运行。\nThe full-screen interface needs a terminal on standard input and output."
        case .unknownTerminal(let name):
            return "未知的终端类型 TERM=\(name)。\nUnknown terminal type TERM=\(name); try TERM=xterm-256color."
        case .noCursorAddressing(let name):
            return "终端 TERM=\(name) 不能定位光标,无法显示全屏界面。请用命令行:taizhang list、taizhang overdue、taizhang show 编号(taizhang --help 列出全部命令)。\n"
                + "The terminal TERM=\(name) cannot move the cursor, so the full-screen ledger cannot be shown. "
                + "Use the command line: taizhang list, taizhang overdue, taizhang show ID (taizhang --help lists them all)."
        }
    }
}
