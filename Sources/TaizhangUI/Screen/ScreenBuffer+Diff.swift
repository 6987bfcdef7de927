/// What changed between two frames, in the shape the terminal adapter draws.
extension ScreenBuffer {
    /// Consecutive changed cells on one row. Never begins or ends inside a wide character.
    public struct Run: Hashable, Sendable {
        public var row: Int
        public var col: Int
        public var cells: [Cell]
    }

    /// The runs of cells that differ from `old`; every row in full when the sizes differ.
    ///
    /// The adapter touches only these cells, so a cursor move in a list redraws two rows
    /// rather than the screen, and ncurses sends only what changed.
    public func changedRuns(since old: ScreenBuffer) -> [Run] {
        guard old.rows == rows && old.cols == cols else {
            return (0..<rows).map { Run(row: $0, col: 0, cells: Array(cells[$0 * cols ..< ($0 + 1) * cols])) }
        }
        var runs: [Run] = []
        for row in 0..<rows { runs += changedRuns(row: row, old: old) }
        return runs
    }

    func changedRuns(row: Int, old: ScreenBuffer) -> [Run] {
        let base = row * cols
        var runs: [Run] = []
        var col = 0
        while col < cols {
            guard cells[base + col] != old.cells[base + col] else { col += 1; continue }
            var start = col
            if cells[base + start].isContinuation && start > 0 { start -= 1 }
            var end = col + 1
            while end < cols && cells[base + end] != old.cells[base + end] { end += 1 }
            if end < cols && cells[base + end].isContinuation { end += 1 }
            runs.append(Run(row: row, col: start, cells: Array(cells[base + start ..< base + end])))
            col = end
        }
        return runs
    }
}
