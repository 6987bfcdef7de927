/// What a key asks for, named after the intent rather than the key: the keymap turns keys
/// into these, and screens and dialogs react to them.
public enum AppCommand: Hashable, Sendable {
    // Screens
    case showTree, showUnits, showCalendar, showOverdue, showReview, showLoop, showHelp
    case back, close, quit, redraw, suspend, undo
    // Lists
    case up, down, left, right, pageUp, pageDown, first, last, open
    case expand, collapse
    case search, nextHit, previousHit, filter
    // A task
    case setStatus, addNote, setDate, editUnits, markReviewed, requestExtension
    // The 督办 loop: confirm a report or approve an extension; return it or reject one
    case accept, refuse
    // Calendar
    case previousMonth, nextMonth, yearView, switchFocus, showOngoing, showNeedsDate, showAsOfDay
    // The import preview
    case joinAbove, undoCorrection, chooseColumn, confirmImport, openPreview, chooseNumber
    // Dialogs
    case confirm, cancel, nextField, previousField
}
