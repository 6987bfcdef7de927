import TaizhangCore

/// A full screen: its own state, the keys it reacts to, and how it draws (ncdu's trio).
///
/// Screens never change the stack, the filter or the store: they hand an `AppAction` back.
protocol Screen {
    /// Active key scopes, most specific first; the app adds `.global`.
    var scopes: [KeyScope] { get }
    /// Shown after the screen names on the top row (pushed screens name themselves).
    func title(_ context: ScreenContext) -> String?
    mutating func handle(_ command: AppCommand, _ context: ScreenContext) -> AppAction
    /// Remembers the selected row by id, before the ledger changes under the positions the
    /// screen holds (a reload may reorder tasks).
    mutating func anchor(in ledger: Ledger)
    /// The ledger or the filter changed: rebuild, selecting the anchored row again at the same
    /// place on screen.
    mutating func rebuild(_ context: ScreenContext)
    /// The window changed size: keep the selection on screen.
    mutating func fit(_ context: ScreenContext)
    /// Selects the next (or previous) row matching the normalised search text; false if none.
    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool
    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext)
    /// Asked before `command` (q, Esc, 1–5) takes this screen away: a dialog that asks first
    /// (work on the screen would be lost), or nil to go at once.
    func confirmLeaving(_ command: AppCommand, _ context: ScreenContext) -> (any Dialog)?
}

extension Screen {
    mutating func anchor(in ledger: Ledger) {}
    func title(_ context: ScreenContext) -> String? { nil }
    mutating func find(_ needle: String, forward: Bool, _ context: ScreenContext) -> Bool { false }
    func confirmLeaving(_ command: AppCommand, _ context: ScreenContext) -> (any Dialog)? { nil }
}

/// A dialog over the screen: it owns its fields and keys and returns what was decided.
protocol Dialog {
    var scopes: [KeyScope] { get }
    /// `command` is what the keymap made of `key` in `scopes`, if anything; text fields use `key`.
    mutating func handle(_ command: AppCommand?, key: KeyEvent, _ context: ScreenContext) -> AppAction
    /// Draws over the screen; returns where the terminal cursor goes (a text field's caret).
    func draw(into buffer: inout ScreenBuffer, _ context: ScreenContext) -> ScreenPosition?
    /// True when Esc would throw away text the person typed: Esc then asks first.
    var hasTypedText: Bool { get }
}

extension Dialog {
    var hasTypedText: Bool { false }
}

/// What a screen or dialog asks the app to do.
enum AppAction {
    case none
    case openTask(TaskID)
    case openUnit(String)
    case openDialog(any Dialog)
    case closeDialog
    /// Confirmed without a change: closes the dialog and says nothing was saved.
    case unchanged
    /// Save these edits now (commit on confirm, so a signal a moment later loses nothing).
    case commit([LedgerEdit])
    case applyFilter(TaskFilter)
    /// nil clears the search.
    case applySearch(String?)
    case message(StatusMessage)
    /// The import preview: a correction to the reading, made on the preview screen.
    case correct(PreviewCorrection)
    /// The import preview: import the document as read now (an effect, under the store's lock).
    case confirmImport(ImportPreview)
    /// Opens the import preview of a plan, from the copy of its document kept beside the store.
    case openPreview(PlanID)
    /// Carry out a command whose screen asked first (`confirmLeaving`) and was told to go.
    case leave(AppCommand)
}
