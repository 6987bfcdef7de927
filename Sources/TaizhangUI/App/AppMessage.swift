import TaizhangCore

/// Results of the effects (saving, reloading) coming back to the program.
public enum AppMessage {
    case committed(LoadedLedger, CommitReport)
    case refreshed(LoadedLedger, RefreshResult)
    /// A refusal or an error, as the person should read it.
    case failed(String)
    /// The import preview's import was saved.
    case imported(LoadedLedger, ImportResult)
    /// A plan's document was read again for its import preview.
    case previewReady(ImportPreview)
}
