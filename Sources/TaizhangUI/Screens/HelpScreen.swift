import TaizhangCore

/// ?: every key, generated from the keymap, scope by scope, and what the marks in lists mean.
struct HelpScreen: Screen {
    private(set) var pager = TextPager()

    var scopes: [KeyScope] { [.page] }

    func title(_ context: ScreenContext) -> String? { context.strings(.uiHelpTitle) }

    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction {
        _ = pager.navigate(command, lineCount: Self.lines(context.strings).count, height: context.layout.pageRows)
        return .none
    }

    mutating func rebuild(_ context: ScreenContext) {}
    mutating func fit(_ context: ScreenContext) {}

    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) {
        let layout = context.layout
        pager.draw(Self.lines(context.strings), into: &buffer, top: layout.headerRow, rows: layout.pageRows, width: layout.cols)
    }

    static let keyColumn = 26

    static func lines(_ s: Strings) -> [StyledLine] {
        var out: [StyledLine] = []
        for scope in KeyScope.allCases {
            out.append(StyledLine(s(scope.title), style: CellStyle(.bold, role: .accent)))
            for binding in KeyMap.bindings where binding.scope == scope {
                out.append(StyledLine([("  " + TextFit.padded(binding.keyNames, keyColumn), .bold), (s(binding.help), .plain)]))
            }
            out.append(StyledLine())
        }
        out.append(StyledLine(s(.uiLegendTitle), style: CellStyle(.bold, role: .accent)))
        out += s(.uiLegend).split(separator: "\n").map { StyledLine("  " + $0) }
        return out
    }
}
