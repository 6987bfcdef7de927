import TaizhangCore

/// A line of a text page (task detail, help): pieces of text with their styles.
struct StyledLine: Hashable, Sendable {
    struct Piece: Hashable, Sendable {
        var text: String
        var style: CellStyle
    }

    var pieces: [Piece]

    init(_ text: String = "", style: CellStyle = .plain) {
        pieces = text.isEmpty ? [] : [Piece(text: text, style: style)]
    }

    init(_ pieces: [(String, CellStyle)]) {
        self.pieces = pieces.map { Piece(text: $0.0, style: $0.1) }
    }

    /// `text` wrapped to `width` after `indent` spaces, each line in `style`.
    static func wrapped(_ text: String, width: Int, indent: Int = 2, style: CellStyle = .plain) -> [StyledLine] {
        let pad = String(repeating: " ", count: indent)
        return DisplayWidth.wrap(VisibleText.sanitize(text, keepNewlines: true), width: max(width - indent, 8))
            .map { StyledLine(pad + $0, style: style) }
    }

    func draw(into buffer: inout ScreenBuffer, row: Int, col: Int, width: Int) {
        var used = 0
        for piece in pieces where used < width {
            used += buffer.put(piece.text, row: row, col: col + used, maxWidth: width - used, style: piece.style)
        }
    }
}
