import TaizhangCore

/// Results of the effects (saving, reloading) coming back to the program.
public enum AppMessage: Sendable {
    /// A save landed (`save`: which one).
    case committed(LoadedLedger, CommitReport, save: Int)
    /// A save did not land: refused, an error, or the wait given up (`cancelled`).
    case saveFailed(save: Int, String, cancelled: Bool)
    case refreshed(LoadedLedger, RefreshResult)
    /// A refusal or an error, as the person should read it.
    case failed(String)
    /// Undo saved: the new ledger and what was taken back.
    case undone(LoadedLedger, StatusMessage)
    /// Something to tell without a change (nothing to undo).
    case notice(StatusMessage)
    /// The import preview's import was saved.
    case imported(LoadedLedger, ImportResult)
    /// A plan's document was read again for its import preview.
    case previewReady(ImportPreview)
}
