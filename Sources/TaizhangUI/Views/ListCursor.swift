/// The selected row of a list and the first row shown: all the scrolling state a list keeps.
///
/// Scrolling moves only as far as needed to keep the selection in view, so a cursor move
/// inside the window changes two rows of the screen and nothing else (few bytes on a slow link).
struct ListCursor: Hashable, Sendable {
    private(set) var selected = 0
    private(set) var top = 0

    init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    mutating func move(by delta: Int, count: Int, height: Int) {
        select(selected + delta, count: count, height: height)
    }

    /// Selects a row and scrolls the least that shows it.
    mutating func select(_ index: Int, count: Int, height: Int) {
        selected = min(max(index, 0), max(count - 1, 0))
        clamp(count: count, height: height)
    }

    /// Keeps the selection within the list and on screen after the list or window changed.
    mutating func clamp(count: Int, height: Int) {
        let rows = max(height, 1)
        selected = min(max(selected, 0), max(count - 1, 0))
        top = min(top, max(count - rows, 0))
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(top, 0)
    }

    /// Applies a movement command; false for commands that are not movements.
    mutating func navigate(_ command: AppCommand, count: Int, height: Int) -> Bool {
        let page = max(height - 1, 1)
        switch command {
        case .down: move(by: 1, count: count, height: height)
        case .up: move(by: -1, count: count, height: height)
        case .pageDown:
            top = min(top + page, max(count - height, 0))
            move(by: page, count: count, height: height)
        case .pageUp:
            top = max(top - page, 0)
            move(by: -page, count: count, height: height)
        case .first: select(0, count: count, height: height)
        case .last: select(count - 1, count: count, height: height)
        default: return false
        }
        return true
    }

    /// After the list was rebuilt: selects `index` (the row with the old selection's id) at
    /// the same place on screen, or stays at the same position when that row is gone.
    mutating func reselect(_ index: Int?, count: Int, height: Int) {
        let offset = selected - top
        selected = index ?? selected
        top = selected - offset
        clamp(count: count, height: height)
    }
}
