import TaizhangCore

/// The full-screen ledger as a `TerminalProgram`: a key becomes a command through the
/// keymap, the current dialog or screen turns it into an action, and only here do actions
/// change the state. Saving and reloading are effects (`LedgerApp+Effects.swift`).
public struct LedgerApp: TerminalProgram {
    public typealias State = AppState
    public typealias Message = AppMessage

    public let environment: AppEnvironment
    /// Below this the "window too small" message is shown instead of a screen.
    public static let minimumSize = TerminalSize(rows: 16, cols: 60)

    public init(environment: AppEnvironment) {
        self.environment = environment
    }

    public func start(_ state: inout AppState, size: TerminalSize) -> ProgramCommand<AppMessage> {
        state.resize(size)
        guard let fd = environment.watcher?.fileDescriptor else { return .none }
        return .watch(fileDescriptor: fd)
    }

    public func update(_ state: inout AppState, _ event: TerminalEvent) -> ProgramCommand<AppMessage> {
        switch event {
        case .key(let key): return press(key, &state)
        case .resize(let rows, let cols):
            state.resize(TerminalSize(rows: rows, cols: cols))
            return .none
        case .wake: return refresh(state.loaded, drain: true)
        case .tick: return refresh(state.loaded, drain: false)
        case .signal:
            // Every confirmed edit was committed when it was confirmed; what is still being
            // typed was never confirmed, so there is nothing to save and the store is whole.
            return .none
        }
    }

    public func receive(_ state: inout AppState, _ message: AppMessage) -> ProgramCommand<AppMessage> {
        let s = environment.strings
        let history = HistoryText(strings: s)
        switch message {
        case .committed(let loaded, let report, let id):
            // The dialog closes when its save lands; one whose wait was given up stays open.
            if state.saving?.id == id {
                state.saving = nil
                state.dialog = nil
                state.saveProblem = nil
            }
            state.replaceLedger(loaded)
            if report.entries.isEmpty {
                state.message = StatusMessage(.info, s(.uiNothingChanged))
            } else if let o = report.overtaken.first {
                state.message = StatusMessage(.warning, s(.overtakenWarning, o.entry.by, o.entry.at.localMinute,
                                                          o.entry.edit.task?.rawValue ?? "", history.field(o.entry.edit.field),
                                                          history.value(o.entry.edit.summary ?? "", of: o.entry.edit.field)))
            } else {
                state.message = StatusMessage(.success, s(.uiSaved, HistoryText(strings: s).describe(report.entries)))
            }
        case .refreshed(let loaded, let result):
            let overtaken = loaded.overtaken(by: result.entries, actor: environment.login)
            state.replaceLedger(loaded)
            if let o = overtaken.first {
                state.message = StatusMessage(.warning, s(.uiOvertakenBy, o.by, o.at.localMinute, o.edit.task?.rawValue ?? "",
                                                          history.field(o.edit.field), history.value(o.edit.summary ?? "", of: o.edit.field)))
            } else if result.reloaded {
                state.message = StatusMessage(.info, s(.uiReloaded))
            } else if !result.entries.isEmpty {
                state.message = StatusMessage(.info, s(.uiRefreshed, result.entries.count))
            }
        case let .saveFailed(id, text, cancelled):
            guard state.saving?.id == id, !cancelled else { break }
            state.saving = nil
            if state.dialog != nil { state.saveProblem = text } else { state.message = StatusMessage(.error, s(.uiRefused, text)) }
        case .failed(let text):
            state.message = StatusMessage(.error, text)
        case .undone(let loaded, let message):
            state.replaceLedger(loaded)
            state.message = message
        case .notice(let message):
            state.message = message
        case .imported(let loaded, let result): return importDone(loaded, result, &state)
        case .previewReady(let preview): state.push(ImportPreviewScreen(preview, state.context()))
        }
        return .none
    }

    public func render(_ state: AppState, size: TerminalSize) -> Frame {
        var buffer = ScreenBuffer(rows: size.rows, cols: size.cols)
        let context = state.context(size: size)
        state.current.draw(into: &buffer, context)
        Chrome.drawTabs(state, context, into: &buffer)
        Chrome.drawStatus(state, environment, context, into: &buffer)
        Chrome.drawHints(scopes(state), context, into: &buffer, hiding: state.previewOnly ? [.showTree] : [])
        let cursor = state.dialog?.draw(into: &buffer, context)
        SavePanel.draw(state, context, into: &buffer)
        return Frame(buffer: buffer, cursor: state.saving == nil ? cursor : nil)
    }

    public func tooSmallMessage(_ state: AppState, size: TerminalSize, minimum: TerminalSize) -> String {
        environment.strings(.uiTooSmall, minimum, size)
    }

    func scopes(_ state: AppState) -> [KeyScope] {
        if let dialog = state.dialog { return dialog.scopes }
        return state.current.scopes + [.global]
    }
}
