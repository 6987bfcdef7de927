/// The rows of a list screen and its cursor, with the selection found again by a stable key
/// after the rows are rebuilt (rows may hold task positions, which a reload can change).
struct RowList<Row, Key: Hashable> {
    private(set) var rows: [Row]
    private(set) var cursor = ListCursor()
    private var anchored: Key?

    init(_ rows: [Row] = []) { self.rows = rows }

    var count: Int { rows.count }

    var selected: Row? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    /// Moves for a movement command; false for other commands.
    mutating func navigate(_ command: AppCommand, height: Int) -> Bool {
        cursor.navigate(command, count: rows.count, height: height)
    }

    mutating func select(_ index: Int, height: Int) {
        cursor.select(index, count: rows.count, height: height)
    }

    /// Remembers the selected row's key, computed against the ledger the rows were built from.
    mutating func anchor(_ key: (Row) -> Key?) {
        anchored = selected.flatMap(key)
    }

    /// New rows; the anchored row is selected again at the same place on screen, or the
    /// selection stays at the same position when that row is gone.
    mutating func replace(with newRows: [Row], height: Int, key: (Row) -> Key?) {
        rows = newRows
        let index = anchored.flatMap { old in rows.firstIndex { key($0) == old } }
        cursor.reselect(index, count: rows.count, height: height)
        anchored = nil
    }

    mutating func fit(height: Int) {
        cursor.clamp(count: rows.count, height: height)
    }

    /// Selects the next (or previous) row that matches, going round the end; false if none.
    mutating func find(forward: Bool, height: Int, matches: (Row) -> Bool) -> Bool {
        guard let hit = ListSearch.next(from: cursor.selected, count: rows.count, forward: forward, matches: { matches(rows[$0]) })
        else { return false }
        select(hit, height: height)
        return true
    }
}
