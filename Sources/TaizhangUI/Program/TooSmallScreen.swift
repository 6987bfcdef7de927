import TaizhangCore

/// The screen shown instead of the program's while the window is below the minimum size.
enum TooSmallScreen {
    /// `message` wrapped to the window and centred both ways; cut at the bottom if it must be.
    static func frame(message: String, size: TerminalSize) -> Frame {
        var buffer = ScreenBuffer(rows: size.rows, cols: size.cols)
        guard size.rows > 0 && size.cols > 0 else { return Frame(buffer: buffer) }
        let lines = DisplayWidth.wrap(message, width: size.cols).prefix(size.rows)
        let top = (size.rows - lines.count) / 2
        for (offset, line) in lines.enumerated() {
            let left = max(0, (size.cols - DisplayWidth.width(line)) / 2)
            buffer.put(line, row: top + offset, col: left, style: .bold)
        }
        return Frame(buffer: buffer)
    }
}
