import Foundation

/// A save on its way to the ledger. The dialog it came from stays open, with what was typed,
/// until the save lands; if it has to wait for the ledger, the screen says so, and Esc gives
/// the wait up and leaves the dialog as it was (docs/tui-design.md).
struct PendingSave {
    let id: Int
    let cancel = SaveCancel()
}

/// Set from the screen's thread, read by the saving thread between tries for the lock.
final class SaveCancel: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }

    func set() { lock.lock(); value = true; lock.unlock() }
}
