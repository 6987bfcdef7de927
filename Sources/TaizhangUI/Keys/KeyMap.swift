import TaizhangCore

/// Every key of the interface in one table: dispatch, the hint line and the help screen
/// are all read from it, so what help says is what the keys do.
public enum KeyMap {
    private static func c(_ text: String) -> [KeyEvent] { text.map { KeyEvent.character($0) } }

    public static let bindings: [KeyBinding] = [
        KeyBinding(c("1"), .showTree, .global, .uiHelpTree, hint: .uiHintScreens),
        KeyBinding(c("2"), .showUnits, .global, .uiHelpUnits),
        KeyBinding(c("3"), .showCalendar, .global, .uiHelpCalendar),
        KeyBinding(c("4"), .showOverdue, .global, .uiHelpOverdue),
        KeyBinding(c("5"), .showReview, .global, .uiHelpReview),
        KeyBinding(c("6"), .showLoop, .global, .uiHelpLoop),
        KeyBinding(c("/"), .search, .global, .uiHelpSearch, hint: .uiHintSearch),
        KeyBinding(c("f"), .filter, .global, .uiHelpFilter, hint: .uiHintFilter),
        KeyBinding(c("?") + [.function(1)], .showHelp, .global, .uiHelpHelp, hint: .uiHintHelp),
        KeyBinding(c("q"), .back, .global, .uiHelpBack, hint: .uiHintBack),
        KeyBinding([.escape], .close, .global, .uiHelpClose),
        KeyBinding(c("U"), .undo, .global, .uiHelpUndo),
        KeyBinding([.control("l")], .redraw, .global, .uiHelpRedraw),
        KeyBinding([.control("z")], .suspend, .global, .uiHelpSuspend),
        KeyBinding([.control("c")], .quit, .global, .uiHelpQuit),

        KeyBinding(c("j") + [.down], .down, .list, .uiHelpDown),
        KeyBinding(c("k") + [.up], .up, .list, .uiHelpUp),
        KeyBinding([.pageDown, .control("f"), .character(" ")], .pageDown, .list, .uiHelpPageDown),
        KeyBinding([.pageUp, .control("b")], .pageUp, .list, .uiHelpPageUp),
        KeyBinding(c("g") + [.home], .first, .list, .uiHelpFirst),
        KeyBinding(c("G") + [.end], .last, .list, .uiHelpLast),
        KeyBinding([.enter], .open, .list, .uiHelpOpen, hint: .uiHintOpen),
        KeyBinding(c("n"), .nextHit, .list, .uiHelpNextHit),
        KeyBinding(c("N"), .previousHit, .list, .uiHelpPreviousHit),
        KeyBinding(c("s"), .setStatus, .tasks, .uiHelpStatus, hint: .uiHintStatus),

        KeyBinding(c("l") + [.right], .expand, .tree, .uiHelpExpand),
        KeyBinding(c("h") + [.left], .collapse, .tree, .uiHelpCollapse),

        KeyBinding(c("h") + [.left], .left, .calendarGrid, .uiHelpDayLeft),
        KeyBinding(c("l") + [.right], .right, .calendarGrid, .uiHelpDayRight),
        KeyBinding(c("k") + [.up], .up, .calendarGrid, .uiHelpWeekUp),
        KeyBinding(c("j") + [.down], .down, .calendarGrid, .uiHelpWeekDown),
        KeyBinding([.enter], .open, .calendarGrid, .uiHelpDayOpen),
        KeyBinding(c("["), .previousMonth, .calendar, .uiHelpPreviousMonth, hint: .uiHintMonth),
        KeyBinding(c("]"), .nextMonth, .calendar, .uiHelpNextMonth),
        KeyBinding(c("y"), .yearView, .calendar, .uiHelpYear, hint: .uiHintYear),
        KeyBinding([.tab], .switchFocus, .calendar, .uiHelpSwitchFocus),
        KeyBinding(c("o"), .showOngoing, .calendar, .uiHelpOngoing),
        KeyBinding(c("t"), .showNeedsDate, .calendar, .uiHelpNeedsDate),
        KeyBinding(c("."), .showAsOfDay, .calendar, .uiHelpAsOfDay),

        KeyBinding(c("j") + [.down], .down, .page, .uiHelpScrollDown),
        KeyBinding(c("k") + [.up], .up, .page, .uiHelpScrollUp),
        KeyBinding([.pageDown, .control("f"), .character(" ")], .pageDown, .page, .uiHelpPageDown),
        KeyBinding([.pageUp, .control("b")], .pageUp, .page, .uiHelpPageUp),
        KeyBinding(c("g") + [.home], .first, .page, .uiHelpFirst),
        KeyBinding(c("G") + [.end], .last, .page, .uiHelpLast),
        KeyBinding(c("s"), .setStatus, .task, .uiHelpStatus, hint: .uiHintStatus),
        KeyBinding(c("n"), .addNote, .task, .uiHelpNote, hint: .uiHintNote),
        KeyBinding(c("d"), .setDate, .task, .uiHelpDate, hint: .uiHintDate),
        KeyBinding(c("u"), .editUnits, .task, .uiHelpUnitsEdit, hint: .uiHintUnits),
        KeyBinding(c("r"), .markReviewed, .task, .uiHelpReviewed, hint: .uiHintReviewed),
        KeyBinding(c("e"), .requestExtension, .task, .uiHelpExtend, hint: .uiHintExtend),

        KeyBinding(c("r"), .markReviewed, .review, .uiHelpResolve, hint: .uiHintReviewed),
        KeyBinding(c("u"), .editUnits, .review, .uiHelpUnitsEdit, hint: .uiHintUnits),
        KeyBinding(c("p"), .openPreview, .review, .uiHelpPreview),

        KeyBinding([.enter], .open, .preview, .uiHelpLineKind, hint: .uiHintKind),
        KeyBinding(c("J"), .joinAbove, .preview, .uiHelpJoin, hint: .uiHintJoin),
        KeyBinding(c("u"), .undoCorrection, .preview, .uiHelpUndoLine),
        KeyBinding(c("c"), .chooseColumn, .preview, .uiHelpColumns, hint: .uiHintColumns),
        KeyBinding(c("i"), .confirmImport, .preview, .uiHelpImport, hint: .uiHintImport),

        KeyBinding(c("c"), .accept, .loop, .uiHelpAccept, hint: .uiHintAccept),
        KeyBinding(c("x"), .refuse, .loop, .uiHelpRefuse, hint: .uiHintRefuse),

        KeyBinding([.enter], .confirm, .dialog, .uiHelpConfirm, hint: .uiHintConfirm),
        KeyBinding([.escape], .cancel, .dialog, .uiHelpCancel, hint: .uiHintCancel),
        KeyBinding(c("j") + [.down], .down, .chooser, .uiHelpDown),
        KeyBinding(c("k") + [.up], .up, .chooser, .uiHelpUp),
        KeyBinding(c("123456789"), .chooseNumber, .chooser, .uiHelpChooseNumber),
        KeyBinding([.tab, .down], .nextField, .form, .uiHelpNextField, hint: .uiHintField),
        KeyBinding([.backTab, .up], .previousField, .form, .uiHelpPreviousField),
        KeyBinding([.left], .left, .form, .uiHelpChoiceLeft),
        KeyBinding([.right], .right, .form, .uiHelpChoiceRight),
    ]

    /// The command for `key` in the first of `scopes` that binds it.
    public static func command(for key: KeyEvent, in scopes: [KeyScope]) -> AppCommand? {
        for scope in scopes {
            if let binding = bindings.first(where: { $0.scope == scope && $0.keys.contains(key) }) { return binding.command }
        }
        return nil
    }

    /// The hint line: the labelled bindings of the active scopes, most specific first.
    static func hints(in scopes: [KeyScope], strings: Strings, hiding hidden: Set<AppCommand> = []) -> [(keys: String, label: String)] {
        var seen = hidden
        var out: [(String, String)] = []
        for scope in scopes {
            for b in bindings where b.scope == scope {
                guard let hint = b.hint, seen.insert(b.command).inserted else { continue }
                out.append((b.command == .showTree ? "1-\(TopScreen.allCases.count)" : KeyBinding.name(b.keys[0]), strings(hint)))
            }
        }
        return out
    }

    /// The key table as Markdown, one section per scope: the user guide's key reference.
    public static func markdown(strings s: Strings) -> String {
        var out = ""
        for scope in KeyScope.allCases {
            out += "### \(s(scope.title))\n\n| \(s(.uiKeysColumn)) | \(s(.uiActionColumn)) |\n|---|---|\n"
            for b in bindings where b.scope == scope {
                let keys = b.keys.map { "`\(KeyBinding.name($0) == "`" ? "` ` `" : KeyBinding.name($0))`" }.joined(separator: " ")
                out += "| \(keys) | \(s(b.help)) |\n"
            }
            out += "\n"
        }
        return out
    }
}
