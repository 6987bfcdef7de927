/// Breaks one paragraph (no newlines) into lines of at most `limit` columns.
///
/// The rules a reader of Chinese plans expects:
/// - Chinese may break between any two characters.
/// - A run of narrow non-space characters (an ASCII word, a number, `2024-05`) stays whole
///   when it fits on a line, and is cut by character only when it is longer than a line.
/// - Closing punctuation (`，。、；：？！）」』`…) does not start a line: the character before it
///   moves down with it, unless that would not fit either.
/// - Spaces where a line breaks are dropped; indentation at the paragraph start is kept.
struct LineBreaker {
    let limit: Int

    /// Punctuation that belongs to the end of the text before it.
    static let closing: Set<Character> = Set("，。、；：？！）」』》〉】〕］｝”’．,.;:?!)]}")

    /// A unit the breaker never splits (unless longer than a line): a word, a space, a CJK character.
    struct Piece {
        var text: String
        var width: Int
        var isSpace: Bool
    }

    func lines(of paragraph: Substring) -> [String] {
        var state = State(limit: limit)
        for piece in Self.pieces(of: paragraph) { state.add(piece) }
        return state.finish()
    }

    /// Splits a paragraph into pieces: narrow runs join into words, wide characters stand alone,
    /// zero-width characters stay with the piece before them.
    static func pieces(of paragraph: Substring) -> [Piece] {
        var pieces: [Piece] = []
        var word: Piece?
        for character in paragraph {
            let w = DisplayWidth.width(character)
            if w == 1 && character != " " {
                word = Piece(text: (word?.text ?? "") + String(character), width: (word?.width ?? 0) + 1, isSpace: false)
                continue
            }
            if let finished = word { pieces.append(finished); word = nil }
            if w == 0, !pieces.isEmpty {
                pieces[pieces.count - 1].text.append(character)
            } else {
                pieces.append(Piece(text: String(character), width: w, isSpace: character == " "))
            }
        }
        if let finished = word { pieces.append(finished) }
        return pieces
    }

    /// The line being filled and the lines finished so far.
    struct State {
        let limit: Int
        var done: [String] = []
        var line: [Piece] = []
        var used = 0
        var afterBreak = false

        mutating func add(_ piece: Piece) {
            if piece.isSpace && afterBreak { return }
            if used + piece.width <= limit { append(piece); return }
            if piece.isSpace { breakLine(); return }
            if piece.width > limit { addByCharacter(piece); return }
            let carried = carriedPiece(before: piece)
            breakLine()
            if let carried { append(carried) }
            append(piece)
        }

        /// The piece to move down with closing punctuation, if moving it helps.
        mutating func carriedPiece(before piece: Piece) -> Piece? {
            guard let first = piece.text.first, LineBreaker.closing.contains(first),
                  line.count > 1, let last = line.last, !last.isSpace,
                  last.width + piece.width <= limit else { return nil }
            line.removeLast()
            used -= last.width
            return last
        }

        /// Cuts a word longer than a line into line-sized parts.
        mutating func addByCharacter(_ piece: Piece) {
            for character in piece.text {
                let w = DisplayWidth.width(character)
                if used + w > limit && !line.isEmpty { breakLine() }
                append(Piece(text: String(character), width: w, isSpace: false))
            }
        }

        mutating func append(_ piece: Piece) {
            line.append(piece)
            used += piece.width
            if !piece.isSpace { afterBreak = false }
        }

        mutating func breakLine() {
            done.append(text())
            line = []
            used = 0
            afterBreak = true
        }

        mutating func finish() -> [String] {
            if !line.isEmpty || done.isEmpty { done.append(text()) }
            return done
        }

        func text() -> String {
            var end = line.endIndex
            while end > line.startIndex && line[end - 1].isSpace { end -= 1 }
            return line[..<end].map(\.text).joined()
        }
    }
}
