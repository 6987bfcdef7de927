import TaizhangCore

/// From a key to a changed state: the keymap names the command, the dialog or the current
/// screen decides, and `perform` carries out the action it returns.
extension LedgerApp {
    func press(_ key: KeyEvent, _ state: inout AppState) -> ProgramCommand<AppMessage> {
        if let saving = state.saving {
            // While a save waits, Esc gives the wait up; the dialog keeps what was typed.
            guard KeyMap.command(for: key, in: [.dialog]) == .cancel else { return .none }
            saving.cancel.set()
            state.saving = nil
            state.message = StatusMessage(.warning, environment.strings(.uiSaveGaveUp))
            return .none
        }
        state.message = nil
        let context = state.context()
        if var dialog = state.dialog {
            let command = KeyMap.command(for: key, in: dialog.scopes)
            if let answer = state.confirmingDiscard {
                // Only y discards; any other key (Esc included) goes back to the text as it was.
                state.confirmingDiscard = nil
                if answer.contains(key) { return perform(.closeDialog, &state) }
                return .none
            }
            if command == .cancel && dialog.hasTypedText {
                state.confirmingDiscard = [.character("y"), .character("Y")]
                state.message = StatusMessage(.warning, context.strings(.uiDiscardTyped))
                return .none
            }
            let action = dialog.handle(command, key: key, context)
            state.dialog = dialog
            return perform(action, &state)
        }
        guard let command = KeyMap.command(for: key, in: scopes(state)) else { return .none }
        return run(command, &state)
    }

    /// Runs a command; one that would take away a screen holding unsaved work asks first,
    /// unless `asked` (the person already said to go).
    func run(_ command: AppCommand, _ state: inout AppState, asked: Bool = false) -> ProgramCommand<AppMessage> {
        if !asked, let ask = askBeforeLeaving(command, state) {
            state.dialog = ask
            return .none
        }
        if endsPreviewOnly(command, state) { return .quit }
        switch command {
        case .showTree: state.show(.tree)
        case .showUnits: state.show(.units)
        case .showCalendar: state.show(.calendar)
        case .showOverdue: state.show(.overdue)
        case .showReview: state.show(.review)
        case .showLoop: state.show(.loop)
        case .showHelp: state.push(HelpScreen())
        case .back: if !state.pop() { return .quit }
        case .close: if !state.pop() { state.search = nil }
        case .quit: return .quit
        case .redraw: return .redraw
        case .suspend: return .suspend
        case .undo: return undo(onto: state.loaded)
        case .search: state.dialog = SearchPrompt(history: state.searchHistory)
        case .filter: state.dialog = FilterDialog(state.filter, ledger: state.ledger)
        case .nextHit, .previousHit: find(forward: command == .nextHit, &state)
        default:
            let context = state.context()
            let action = state.updateCurrent { $0.handle(command, context) }
            return perform(action, &state)
        }
        return .none
    }

    func perform(_ action: AppAction, _ state: inout AppState) -> ProgramCommand<AppMessage> {
        switch action {
        case .none: break
        case .openTask(let id): state.push(TaskScreen(id))
        case .openUnit(let name): state.push(TaskListScreen(unit: name, state.context()))
        case .openDialog(let dialog): state.dialog = dialog
        case .closeDialog:
            state.dialog = nil
            state.saveProblem = nil
        case .unchanged:
            state.dialog = nil
            state.saveProblem = nil
            state.message = StatusMessage(.info, environment.strings(.uiNothingChanged))
        case .commit(let edits):
            state.saveProblem = nil
            state.saveCount += 1
            let save = PendingSave(id: state.saveCount)
            state.saving = save
            return commit(edits, onto: state.loaded, save: save)
        case .applyFilter(let filter):
            state.dialog = nil
            state.setFilter(filter)
        case .applySearch(let text):
            state.dialog = nil
            state.search = text
            if let text { state.searchHistory.removeAll { $0 == text }; state.searchHistory.append(text) }
            if text != nil { find(forward: true, &state) }
        case .message(let message): state.message = message
        case .correct(let correction):
            state.dialog = nil
            correctPreview(correction, &state)
        case .confirmImport(let preview):
            state.dialog = nil
            return importPlan(preview)
        case .openPreview(let plan): return openPreview(of: plan, in: state.loaded)
        case .leave(let command):
            state.dialog = nil
            return run(command, &state, asked: true)
        }
        return .none
    }

    /// Selects the next or previous search hit on the current screen.
    func find(forward: Bool, _ state: inout AppState) {
        let s = environment.strings
        guard let text = state.search else {
            state.message = StatusMessage(.info, s(.uiNoSearch))
            return
        }
        let needle = SearchText.normalize(text)
        let context = state.context()
        let found = state.updateCurrent { $0.find(needle, forward: forward, context) }
        state.message = found ? StatusMessage(.info, s(.uiSearchHit, text)) : StatusMessage(.warning, s(.uiSearchNone, text))
    }
}
